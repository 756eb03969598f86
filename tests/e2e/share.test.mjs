// Share and keep: the scenario survives a reload (URL and localStorage),
// travels as a link and as a JSON file, old links keep loading, and bad
// stored or loaded contents change nothing. Against the release build.
//
//   DIST_DIR=$PWD/dist node --test tests/e2e/share.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { TIMEOUT, openApp, value, waitForValue, typeInto, useServerAndBrowser, settle, testid, openPageIn } from './browser.mjs';

const ctx = useServerAndBrowser();
const { withApp } = ctx;
const RESULT_IDS = ['extra-staff-years', 'annual-cost', 'break-even-months'];
const STORAGE_KEY = 'sagsstamme-beregneren';
const DEFAULT_EXTRA_STAFF = 1000 / 50 - 1000 / 70;

/** Links as published before the `v` key existed (version 1). */
const OLD_LINK = '?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774&lang=en';
/** A link written by version 2; later versions must load it the same. */
const V2_LINK =
  '?v=2&groups=2&g1.name=Sygedagpenge+lang&g1.headcount=1400&g2.benefit=kontanthjaelp' +
  '&g2.headcount=300&g2.target=40&ramp=1&cost=396900&kontanthjaelp.reimbursement=30';

/** The three headline results' data-values. */
async function results(page) {
  const out = {};
  for (const id of RESULT_IDS) out[id] = await value(page, id);
  return out;
}

/** Waits until the results equal `expected` (data-values as strings). */
async function waitForResults(page, expected) {
  for (const id of RESULT_IDS) await waitForValue(page, id, (v) => v === expected[id]);
}

/** Another page of the app in `context` (the same localStorage). */
const openIn = (context, query) => openPageIn(context, ctx.server.url, query);

/** A scenario with something in every part: two groups, cost, a switch. */
async function editScenario(page) {
  await typeInto(page, 'field-headcount-1', '2.000');
  await typeInto(page, 'field-cost', '450.000');
  await page.locator(testid('add-group')).click();
  const second = page.locator(`${testid('group')} >> nth=1`).locator('input[id^="field-headcount-"]');
  await second.fill('300');
  await page.check('#switch-hiring');
  await waitForValue(page, 'extra-staff-years', (v) => v !== null && Number(v) > 2 * DEFAULT_EXTRA_STAFF);
  // The address is written a moment after the last change: wait for it.
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('g2.headcount') === '300' && q.get('hiring') === '1';
  });
}

const search = (page) => page.evaluate(() => location.search);
const params = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));

/** An init script that drops the page's 250 ms delayed write (its timer
 *  never fires), so only hiding or leaving the page can write a change. */
const noDelayedWrite = () => {
  const setTimeoutOriginal = window.setTimeout;
  window.setTimeout = (fn, ms, ...rest) => (ms === 250 ? 0 : setTimeoutOriginal(fn, ms, ...rest));
};

describe('writing the scenario while typing', () => {
  it('writes a burst of keystrokes into the address and storage once, after typing stops', async () => {
    // Counts the page's replaceState calls (installed before its scripts).
    const initScript = () => {
      window.__replaced = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        window.__replaced += 1;
        return replace(...args);
      };
    };
    await withApp('', async ({ page }) => {
      // Six keystrokes' worth of input events, back to back in one task.
      await page.evaluate(() => {
        const input = document.querySelector('#field-headcount-1');
        for (const text of ['1', '12', '123', '1234', '12345', '123456']) {
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
      await page.waitForFunction(() => new URLSearchParams(location.search).get('g1.headcount') === '123456');
      assert.equal(await page.evaluate(() => window.__replaced), 1, 'one write for the whole burst');
      const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
      assert.equal(saved.scenario['g1.headcount'], '123456');
    }, { initScript });
  });

  it('keeps a change made just before the page is left', async () => {
    // The delayed write never comes (its 250 ms timer is dropped), so only
    // leaving the page can have written the change.
    await withApp('', async ({ page, context }) => {
      await page.locator('#field-headcount-1').selectText();
      await page.keyboard.type('4321');
      // Leaves at once, before the delayed write: pagehide writes it.
      await page.goto('about:blank');
      const back = await openIn(context, '');
      await waitForValue(back.page, 'extra-staff-years', (v) => Math.abs(Number(v) - (4321 / 50 - 4321 / 70)) < 1e-9);
      assert.deepEqual(back.consoleErrors, []);
    }, { initScript: noDelayedWrite });
  });
});

describe('a reload right after an edit', () => {
  it('keeps the edit when the address already holds a scenario, and the address catches up', async () => {
    // As above: the delayed write never comes, so only leaving the page
    // writes the change, after Chromium has fixed the reload's address.
    const expected = 4321 / 50 - 4321 / 70;
    await withApp('?headcount=5000&current=70&target=50', async ({ page, consoleErrors }) => {
      await page.locator('#field-headcount-1').selectText();
      await page.keyboard.type('4321');
      await page.reload();
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - expected) < 1e-9);
      assert.equal(await page.inputValue('#field-headcount-1'), '4.321');
      await page.waitForFunction(() => location.search.includes('g1.headcount=4321'));
      // Kept once: a second reload shows the same through the address.
      await page.reload();
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - expected) < 1e-9);
      assert.deepEqual(consoleErrors, []);
    }, { initScript: noDelayedWrite });
  });

  it('does not carry an edit into another tab opening the same link', async () => {
    await withApp('?headcount=5000&current=70&target=50', async ({ page, context }) => {
      const link = page.url();
      await page.locator('#field-headcount-1').selectText();
      await page.keyboard.type('4321');
      await page.goto('about:blank');
      const other = await context.newPage();
      await other.goto(link);
      await waitForValue(other, 'extra-staff-years', (v) => Math.abs(Number(v) - (5000 / 50 - 5000 / 70)) < 1e-9);
    }, { initScript: noDelayedWrite });
  });
});

describe('the scenario survives a reload', () => {
  it('writes every change into the address without history entries and reloads the same scenario', async () => {
    await withApp('', async ({ page, consoleErrors }) => {
      const historyLength = await page.evaluate(() => history.length);
      assert.equal(await search(page), '', 'the default scenario has a bare address');
      await editScenario(page);
      const p = await params(page);
      assert.equal(p.v, '3');
      assert.equal(p['g1.headcount'], '2000');
      assert.equal(p.cost, '450000');
      assert.equal(p.hiring, '1');
      assert.equal(p.groups, '2');
      assert.equal(p['g1.current'], undefined, 'defaults are left out');
      assert.equal(await page.evaluate(() => history.length), historyLength, 'typing added history entries');
      const before = await results(page);

      await page.reload();
      await page.waitForSelector(testid('annual-cost'), { state: 'attached' });
      await waitForResults(page, before);
      assert.equal(await page.inputValue('#field-cost'), '450.000');
      assert.equal(await page.locator(testid('group')).count(), 2);
      assert.equal(await page.isChecked('#switch-hiring'), true);
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('restores the autosaved scenario when the address has none, and lets a link win', async () => {
    await withApp('', async ({ page, context }) => {
      await editScenario(page);
      const before = await results(page);
      const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
      assert.equal(saved.app, 'sagsstamme-beregneren');
      assert.equal(saved.version, 3);
      assert.equal(saved.scenario['g1.headcount'], '2000');

      const bare = await openIn(context, '');
      await waitForResults(bare.page, before);
      assert.equal(await bare.page.locator(testid('group')).count(), 2);
      assert.equal(await search(bare.page), '', 'restoring does not rewrite the address');
      assert.deepEqual(bare.consoleErrors, []);

      const link = await openIn(context, '?headcount=300');
      await waitForValue(link.page, 'extra-staff-years', (v) => Math.abs(Number(v) - (300 / 50 - 300 / 70)) < 1e-9);
      assert.equal(await link.page.locator(testid('group')).count(), 1);
      // Only opening a link does not replace what was saved.
      const still = JSON.parse(await link.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
      assert.equal(still.scenario['g1.headcount'], '2000');
    });
  });

  it('returns to the defaults on reset and clears the address and the saved copy', async () => {
    await withApp('', async ({ page }) => {
      await editScenario(page);
      page.on('dialog', (d) => d.accept());
      await page.locator(testid('reset')).click();
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - DEFAULT_EXTRA_STAFF) < 1e-9);
      await page.waitForFunction(() => location.search === '');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null);
      await page.reload();
      await page.waitForSelector(testid('annual-cost'), { state: 'attached' });
      assert.equal(await page.locator(testid('group')).count(), 1);
      assert.equal(await page.inputValue('#field-headcount-1'), '1.000');
    });
  });
});

describe('copy link', () => {
  it('copies a link that opens the same scenario in a new page', async () => {
    const context = await ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page, consoleErrors } = await openIn(context, '');
      await editScenario(page);
      const before = await results(page);
      await page.locator(testid('copy-link')).click();
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent.includes('Linket er kopieret'),
        testid('share-status'),
      );
      assert.equal(await page.getAttribute(testid('share-status'), 'role'), 'status');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(copied.startsWith(`${ctx.server.url}/?v=3&`), copied);
      assert.equal(copied, await page.inputValue(testid('share-link')), 'the link field shows the same link');
      assert.deepEqual(consoleErrors, []);

      // A stranger's browser: a fresh context with nothing saved.
      const other = await ctx.browser.newContext();
      try {
        const stranger = await openIn(other, copied.slice(ctx.server.url.length + 1));
        await waitForResults(stranger.page, before);
        assert.deepEqual(stranger.consoleErrors, []);
      } finally {
        await other.close();
      }
    } finally {
      await context.close();
    }
  });

  it('selects the link for copying by hand where the clipboard is unavailable', async () => {
    const context = await ctx.browser.newContext();
    try {
      await context.addInitScript(() => {
        delete Navigator.prototype.clipboard;
      });
      const { page, consoleErrors } = await openIn(context, '?lang=en');
      await typeInto(page, 'field-target-1', '40');
      await page.waitForFunction(() => location.search.includes('g1.target=40'));
      await page.locator(testid('copy-link')).click();
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent.includes('Copy the link from the field'),
        testid('share-status'),
      );
      // Focus follows a frame after the message (once the DOM caught up).
      await page.waitForFunction(() => document.activeElement?.id === 'share-link');
      const selected = await page.evaluate(() => {
        const el = document.activeElement;
        return { id: el.id, all: el.selectionStart === 0 && el.selectionEnd === el.value.length, value: el.value };
      });
      assert.equal(selected.id, 'share-link');
      assert.ok(selected.all, 'the whole link is selected');
      assert.equal(selected.value, `${ctx.server.url}/?v=3&lang=en&g1.target=40`);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('scenario file (JSON)', () => {
  it('downloads the scenario and loads it back after a reset', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page, consoleErrors }) => {
      const effect = page.locator(`${testid('group')} >> nth=1`).locator('input[id^="field-effect-"]');
      await effect.fill('0,5');
      await page.check('#switch-ramp');
      await page.waitForFunction(() => location.search.includes('ramp=1'));
      const before = await results(page);
      const budgetBefore = await page.locator(testid('budget-table')).innerText();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(testid('download-json')).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'sagsstamme-scenarie.json');
      const text = await readFile(await download.path(), 'utf8');
      const record = JSON.parse(text);
      assert.equal(record.app, 'sagsstamme-beregneren');
      assert.equal(record.version, 3);
      assert.equal(record.scenario.preset, 'kk-bi08-2023');
      assert.equal(record.scenario.ramp, '1');
      assert.equal(record.scenario['g2.effect'], '0.5');

      page.on('dialog', (d) => d.accept());
      await page.locator(testid('reset')).click();
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - DEFAULT_EXTRA_STAFF) < 1e-9);

      await page.setInputFiles(testid('load-json'), {
        name: 'scenario.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await waitForResults(page, before);
      assert.match(await page.locator(testid('share-status')).innerText(), /indlæst fra filen/);
      assert.equal(await page.locator(testid('budget-table')).innerText(), budgetBefore);
      assert.equal(await page.locator(testid('preset-computed')).count(), 1, 'the preset is back');
      await page.waitForFunction(() => location.search.includes('preset=kk-bi08-2023'));
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('carries the scenarios saved for comparison, and a file with them replaces the page\'s', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page, consoleErrors }) => {
      await page.fill(testid('compare-name'), 'Forslag A');
      await page.click(testid('compare-save'));
      await page.waitForSelector(testid('compare-table'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(testid('download-json')).click(),
      ]);
      const text = await readFile(await download.path(), 'utf8');
      const record = JSON.parse(text);
      assert.equal(record.scenario.preset, 'kk-bi08-2023');
      assert.equal(record.scenarios.length, 1);
      assert.equal(record.scenarios[0].name, 'Forslag A');
      assert.equal(record.scenarios[0].scenario.preset, undefined, 'a saved scenario is its own form');
      const keys = Object.keys(record.scenarios[0].scenario);
      assert.equal(keys.filter((k) => /^g\d+\.headcount$/.test(k)).length, 4, keys.join());

      await page.getByRole('button', { name: 'Fjern Forslag A' }).click();
      await page.locator(testid('compare-table')).waitFor({ state: 'detached' });
      await page.setInputFiles(testid('load-json'), {
        name: 'scenario.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await page.waitForFunction(
        (sel) => /og 1 gemt scenarie til sammenligning er indlæst/.test(document.querySelector(sel)?.textContent ?? ''),
        testid('share-status'),
      );
      await page.waitForSelector(testid('compare-table'));
      const headers = await page.locator(`${testid('compare-table')} thead th`).allInnerTexts();
      assert.deepEqual(headers.map((h) => h.trim()), ['', 'Nu på siden', 'Forslag A']);
      const cost = await page.locator(`${testid('compare-annual-cost')} td`).evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
      assert.ok(cost.every((c) => Math.abs(c - 11_340_000) < 1), `${cost}`);

      // A file without saved scenarios (an older one) leaves the page's.
      delete record.scenarios;
      await page.setInputFiles(testid('load-json'), {
        name: 'old.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(record)),
      });
      await page.waitForFunction(
        (sel) => /^Scenariet er indlæst fra filen\.$/.test(document.querySelector(sel)?.textContent ?? ''),
        testid('share-status'),
      );
      assert.equal(await page.locator(`${testid('compare-table')} thead th`).count(), 3);

      // Nothing readable in a file's list leaves the page's too, and the
      // status line says what was left out.
      for (const [what, scenarios, said] of [
        // In an order where each message differs from the one before.
        ['not a list', { a: 1 }, /indlæst fra filen\. Nogle gemte scenarier kunne ikke læses/],
        ['null', null, /^Scenariet er indlæst fra filen\.$/],
        ['only bad entries', [7, { name: 'x', scenario: { 'g1.target': 'abc' } }], /indlæst fra filen\. Nogle gemte scenarier kunne ikke læses/],
        ['an empty list', [], /^Scenariet er indlæst fra filen\.$/],
      ]) {
        await page.setInputFiles(testid('load-json'), {
          name: `${what}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify({ ...record, scenarios })),
        });
        await page.waitForFunction(
          ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
          [testid('share-status'), said.source],
        );
        await settle(page);
        assert.deepEqual(
          (await page.locator(`${testid('compare-table')} thead th`).allInnerTexts()).map((h) => h.trim()),
          ['', 'Nu på siden', 'Forslag A'],
          what,
        );
      }
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('refuses a bad file, says why and changes nothing', async () => {
    await withApp('', async ({ page, consoleErrors }) => {
      await typeInto(page, 'field-headcount-1', '2.000');
      await page.waitForFunction(() => location.search.includes('g1.headcount=2000'));
      const before = await results(page);
      const url = await search(page);
      const files = [
        ['garbage', 'not json at all {', /ikke en JSON-fil/],
        ['another app', '{"app":"excel","version":2,"scenario":{}}', /ikke et scenarie fra Sagsstamme-beregneren/],
        ['a newer version', '{"app":"sagsstamme-beregneren","version":9,"scenario":{}}', /version/],
        ['wrong types', '{"app":"sagsstamme-beregneren","version":2,"scenario":{"cost":[1,2]}}', /"cost" er hverken tekst eller et tal/],
        ['too big', `{"pad":"${'x'.repeat(70_000)}"}`, /større end 64 kB/],
      ];
      for (const [what, body, message] of files) {
        await page.setInputFiles(testid('load-json'), {
          name: `${what}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(body),
        });
        await page.waitForFunction(
          ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
          [testid('share-status'), message.source],
        );
        assert.match(await page.locator(testid('share-status')).innerText(), /Intet er ændret/, what);
        assert.deepEqual(await results(page), before, `${what} changed the results`);
        assert.equal(await page.inputValue('#field-headcount-1'), '2.000', what);
        assert.equal(await search(page), url, `${what} changed the address`);
      }
      assert.deepEqual(consoleErrors, []);
    });
  });
});

describe('old and new links', () => {
  it('loads a link from before the version key exactly as before', async () => {
    await withApp(OLD_LINK, async ({ page, consoleErrors }) => {
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - 11_340_000) < 1e-6);
      assert.ok(Math.abs(Number(await value(page, 'extra-staff-years')) - (5000 / 50 - 5000 / 70)) < 1e-9);
      assert.ok(Math.abs(Number(await value(page, 'break-even-months')) - 11_340_000 / 15_774) < 1e-6);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await search(page), OLD_LINK, 'opening a link leaves it as it is');
      assert.equal(await page.locator(testid('url-notices')).count(), 0);
      // The first change writes the scenario in the current version.
      const before = await results(page);
      await typeInto(page, 'field-current-1', '75');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('v') === '3');
      const p = await params(page);
      assert.equal(p.headcount, undefined, 'version 1 keys are replaced');
      assert.equal(p['g1.headcount'], '5000');
      assert.equal(p['other.rate'], '15774');
      // Written so the figures stay: the whole cost, no overhead, every
      // amount at the link's price level.
      assert.equal(p.overhead, '0');
      assert.equal(p.cost_year, '2027');
      // The rate's year, 2027, is the default rate year: not written.
      assert.equal(p['other.year'], undefined);
      await typeInto(page, 'field-current-1', '70');
      await waitForResults(page, before);
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('loads a stored version 2 link', async () => {
    await withApp(V2_LINK, async ({ page, consoleErrors }) => {
      const expected = 1400 / 50 - 1400 / 70 + 300 / 40 - 300 / 70;
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - expected) < 1e-9);
      assert.equal(await page.locator(testid('group')).count(), 2);
      assert.equal(await page.inputValue('[id^="group-name-"] >> nth=0'), 'Sygedagpenge lang');
      assert.equal(await page.isChecked('#switch-ramp'), true);
      assert.equal(await page.inputValue('#field-reimbursement-kontanthjaelp'), '30');
      assert.equal(await page.locator(testid('url-notices')).count(), 0);
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('keeps keys it does not know (an embedding host\'s) when it rewrites the address', async () => {
    await withApp('?utm_source=intranet&headcount=500#results', async ({ page }) => {
      await typeInto(page, 'field-target-1', '45');
      await page.waitForFunction(() => location.search.includes('g1.target=45'));
      assert.equal(await page.evaluate(() => location.hash), '#results');
      const p = await params(page);
      assert.equal(p.utm_source, 'intranet');
      assert.equal(p['g1.headcount'], '500');
    });
  });
});

describe('bad saved contents', () => {
  const BAD = {
    'not JSON': '{{{ not json',
    'another app': '{"app":"other","version":2,"scenario":{"cost":"1"}}',
    'an old record': '{"app":"sagsstamme-beregneren","version":1,"scenario":{}}',
    'wrong types': '{"app":"sagsstamme-beregneren","version":2,"scenario":{"cost":{}}}',
    oversized: `{"app":"sagsstamme-beregneren","version":2,"scenario":{"x":"${'9'.repeat(70_000)}"}}`,
    'hostile values': '{"app":"sagsstamme-beregneren","version":2,"scenario":{"g1.name":"<img src=x onerror=window.__pwned=1>","g1.headcount":"NaN","groups":"99999"}}',
  };

  for (const [what, stored] of Object.entries(BAD)) {
    it(`ignores ${what} in localStorage: page alive, defaults, no console error`, async () => {
      await withApp('', async ({ page, consoleErrors }) => {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, stored]);
        await page.reload();
        await page.waitForSelector(testid('annual-cost'), { state: 'attached' });
        const staff = Number(await waitForValue(page, 'extra-staff-years', (v) => v !== null));
        if (what === 'hostile values') {
          // A record of the right shape loads; its bad values are skipped.
          assert.ok(Math.abs(staff - DEFAULT_EXTRA_STAFF) < 1e-9);
          assert.equal(await page.evaluate(() => window.__pwned), undefined);
          assert.equal(await page.locator(`${testid('group')} img`).count(), 0);
        } else {
          assert.ok(Math.abs(staff - DEFAULT_EXTRA_STAFF) < 1e-9, `${what}: ${staff}`);
          // Said at the top, with the link's notices, not in a section
          // further down; dismissing it removes it.
          const notice = page.locator(testid('saved-notice'));
          assert.match(await notice.innerText(), /gemte scenarie kunne ikke læses/);
          assert.equal(await notice.getAttribute('role'), 'status');
          assert.ok(await notice.evaluate((n) => n.compareDocumentPosition(document.getElementById('field-headcount-1')) & Node.DOCUMENT_POSITION_FOLLOWING));
          await notice.getByRole('button').click();
          await notice.waitFor({ state: 'detached' });
        }
        const body = await page.evaluate(() => document.body.innerText);
        for (const bad of ['NaN', 'Infinity', 'undefined']) assert.ok(!body.includes(bad), `page shows ${bad}`);
        assert.deepEqual(consoleErrors, []);
      });
    });
  }
});
