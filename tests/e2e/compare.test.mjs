// Scenarios side by side and solving the budget for one group (issue 3),
// against the release build.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoViolations } from './axe.mjs';
import { openApp, waitForValue, typeInto, useServerAndBrowser, settle, testid } from './browser.mjs';

// Copenhagen BI08 as one group (the documented URL example).
const ONE_GROUP = '?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774';
const K = 396_900;
const cost = (target, n = 5000, current = 70) => (n / target - n / current) * K;

const ctx = useServerAndBrowser();
const { withApp } = ctx;

/** The data-values of one comparison row, column by column (live first). */
async function rowValues(page, row) {
  const cells = page.locator(`${testid(`compare-${row}`)} td`);
  return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map(
    (v) => (v === null ? null : Number(v)),
  );
}

/** The comparison table's column headers, trimmed. */
async function headers(page) {
  return (await page.locator(`${testid('compare-table')} thead th`).allInnerTexts()).map((h) => h.trim());
}

/** Waits until the save status line matches `pattern`. */
function waitForStatus(page, pattern) {
  return page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
    [testid('compare-status'), pattern.source],
  );
}

/** The ids of the target caseload inputs, in group order. */
function targetIds(page) {
  return page.locator('input[id^="field-target-"]').evaluateAll((els) => els.map((e) => e.id));
}

function assertCloseAll(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: ${JSON.stringify(actual)}`);
  actual.forEach((a, i) => {
    assert.ok(Math.abs(a - expected[i]) < 1e-6 * Math.max(1, Math.abs(expected[i])), `${what}[${i}]: ${a} vs ${expected[i]}`);
  });
}

describe('scenarios side by side', () => {
  it('saves 50, 45 and DS middle and compares staff, cost, break-even and payback', async () => {
    await withApp(ONE_GROUP, async ({ page, consoleErrors }) => {
      assert.equal(await page.locator(testid('compare-table')).count(), 0, 'no table before saving');
      await page.click(testid('compare-save'));
      await page.waitForSelector(testid('compare-table'));
      await waitForStatus(page, /“50” er gemt/);

      await typeInto(page, (await targetIds(page))[0], '45');
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - cost(45)) < 1e-3);
      await typeInto(page, 'compare-name', 'Forslag 45');
      await page.click(testid('compare-save'));
      // The URL's "other benefit" has no DS area until one is picked.
      await page.click(testid('compare-save-ds'));
      await waitForStatus(page, /ingen DS-midte/);
      await page.selectOption(testid('ds-area'), 'sygedagpenge');
      await page.click(testid('compare-save-ds'));
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 5, `${testid('compare-table')} thead th`);

      assert.deepEqual(await headers(page), ['', 'Nu på siden', '50', 'Forslag 45', "DS' midte"]);
      assert.deepEqual(
        (await page.locator(`${testid('compare-targets')} td`).allInnerTexts()).map((t) => t.trim()),
        ['45', '50', '45', '35'],
        'sygedagpenge: DS 25–45, middle 35',
      );
      assertCloseAll(await rowValues(page, 'annual-cost'), [cost(45), cost(50), cost(45), cost(35)], 'annual cost');
      assertCloseAll(
        await rowValues(page, 'extra-staff'),
        [45, 50, 45, 35].map((t) => 5000 / t - 5000 / 70),
        'extra staff years',
      );
      // Break-even months per citizen a year = cost / (N × net benefit a month).
      assertCloseAll(
        await rowValues(page, 'break-even'),
        [45, 50, 45, 35].map((t) => cost(t) / (5000 * 15_774)),
        'break-even',
      );
      // No expected effect in the URL example: payback says so, not "never".
      const payback = await page.locator(`${testid('compare-payback')} td`).allInnerTexts();
      assert.ok(payback.every((t) => t.trim() === 'Ingen effekt angivet'), payback.join(' | '));
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('keeps at most three, and frees a place when one is removed', async () => {
    await withApp(ONE_GROUP, async ({ page }) => {
      for (let i = 0; i < 3; i += 1) await page.click(testid('compare-save'));
      await page.click(testid('compare-save'));
      await waitForStatus(page, /højst gemmes 3/);
      await settle(page);
      assert.equal(await page.locator(`${testid('compare-table')} thead th`).count(), 5);
      await page.locator(testid('compare-remove')).first().click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, `${testid('compare-table')} thead th`);
      assert.equal(await page.locator(`${testid('compare-table')} thead th`).count(), 4);
      await page.click(testid('compare-save'));
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 5, `${testid('compare-table')} thead th`);
    });
  });

  it('refuses to save a form with errors and says why', async () => {
    await withApp(ONE_GROUP, async ({ page }) => {
      await typeInto(page, (await targetIds(page))[0], 'halvtreds');
      await page.click(testid('compare-save'));
      await waitForStatus(page, /Ret fejlene/);
      await settle(page);
      assert.equal(await page.locator(testid('compare-table')).count(), 0);
    });
  });

  it('loads a saved scenario back into the form', async () => {
    await withApp(ONE_GROUP, async ({ page }) => {
      await page.click(testid('compare-save'));
      await typeInto(page, (await targetIds(page))[0], '40');
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - cost(40)) < 1e-3);
      await page.getByRole('button', { name: 'Indlæs 50' }).click();
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - cost(50)) < 1e-3);
      assert.equal(await page.inputValue(`#${(await targetIds(page))[0]}`), '50');
    });
  });

  it('speaks English and keeps the saved scenarios across the switch', async () => {
    await withApp(ONE_GROUP, async ({ page }) => {
      await typeInto(page, (await targetIds(page))[0], '52,5');
      await page.click(testid('compare-save'));
      await page.click(testid('lang-switch'));
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await settle(page);
      assert.deepEqual(await headers(page), ['', 'On the page now', '52,5']);
      assert.deepEqual(
        (await page.locator(`${testid('compare-targets')} td`).allInnerTexts()).map((t) => t.trim()),
        ['52.5', '52.5'],
      );
      const cells = await rowValues(page, 'annual-cost');
      assertCloseAll(cells, [cost(52.5), cost(52.5)], 'annual cost after the switch');
      await page.getByRole('button', { name: 'Load 52,5' }).click();
      assert.equal(await page.inputValue(`#${(await targetIds(page))[0]}`), '52.5');
    });
  });
});

const COMPARE_KEY = 'sagsstamme-beregneren.scenarier';

describe('saved scenarios survive a reload', () => {
  it('keeps the saved scenarios in this browser, with their names and figures, until removed', async () => {
    await withApp(ONE_GROUP, async ({ page, consoleErrors }) => {
      assert.match(await page.locator('#compare-heading + .hint').innerText(), /gemmes i denne browser/);
      await page.click(testid('compare-save'));
      await typeInto(page, (await targetIds(page))[0], '45');
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - cost(45)) < 1e-3);
      await typeInto(page, 'compare-name', 'Forslag 45');
      await page.click(testid('compare-save'));
      await page.waitForFunction(
        (key) => JSON.parse(localStorage.getItem(key) ?? '{}').scenarios?.length === 2,
        COMPARE_KEY,
      );
      await page.waitForFunction(() => location.search.includes('g1.target=45'));

      await page.reload();
      await page.waitForSelector(testid('compare-table'));
      assert.deepEqual(await headers(page), ['', 'Nu på siden', '50', 'Forslag 45']);
      // The live column is the reloaded page (45, from the autosaved link);
      // the saved ones keep their own figures.
      await settle(page);
      assertCloseAll(await rowValues(page, 'annual-cost'), [cost(45), cost(50), cost(45)], 'annual cost after reload');
      assert.equal(await page.locator(testid('compare-status')).innerText(), '');

      await page.getByRole('button', { name: 'Fjern 50' }).click();
      await page.waitForFunction(
        (key) => JSON.parse(localStorage.getItem(key) ?? '{}').scenarios?.length === 1,
        COMPARE_KEY,
      );
      await page.getByRole('button', { name: 'Fjern Forslag 45' }).click();
      await page.waitForFunction((key) => localStorage.getItem(key) === null, COMPARE_KEY);
      await page.reload();
      await page.waitForSelector(testid('compare-save'));
      await settle(page);
      assert.equal(await page.locator(testid('compare-table')).count(), 0);
      assert.deepEqual(consoleErrors, []);
    });
  });

  it('leaves out what it cannot read, says so, and keeps the rest', async () => {
    const good = { name: 'God', scenario: { 'g1.headcount': '5000', 'g1.current': '70', 'g1.target': '50', cost: '396900' } };
    const stored = {
      'not JSON': ['{{{', 0],
      'not a list': [JSON.stringify({ app: 'sagsstamme-beregneren', version: 2, scenarios: { a: 1 } }), 0],
      'another app': [JSON.stringify({ app: 'other', version: 2, scenarios: [good] }), 0],
      'one bad among good': [
        JSON.stringify({
          app: 'sagsstamme-beregneren',
          version: 2,
          scenarios: [
            good,
            null,
            { name: '<img src=x onerror=window.__pwned=1>', scenario: good.scenario },
            { name: 'typed text', scenario: { 'g1.target': '~x' } },
            { name: 'a value it drops', scenario: { ...good.scenario, 'g1.target': 'abc' } },
            7,
          ],
        }),
        2,
      ],
      'thousands of entries': [
        JSON.stringify({ app: 'sagsstamme-beregneren', version: 2, scenarios: Array(400).fill(good) }),
        3,
      ],
    };
    for (const [what, [text, kept]] of Object.entries(stored)) {
      await withApp('', async ({ page, consoleErrors }) => {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [COMPARE_KEY, text]);
        await page.reload();
        await waitForStatus(page, /kunne ikke læses og blev udeladt/);
        await settle(page);
        assert.equal(
          await page.locator(`${testid('compare-table')} thead th`).count(),
          kept ? kept + 2 : 0,
          what,
        );
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        assert.equal(await page.locator('.compare-saved img').count(), 0);
        const body = await page.evaluate(() => document.body.innerText);
        for (const bad of ['NaN', 'Infinity', 'undefined']) assert.ok(!body.includes(bad), `${what}: page shows ${bad}`);
        assert.deepEqual(consoleErrors, [], what);
        // What could be read was written back: said once, not on every visit.
        await page.reload();
        await page.waitForSelector(testid('compare-save'));
        await settle(page);
        assert.equal(await page.locator(testid('compare-status')).innerText(), '', `${what}, reloaded`);
        assert.equal(
          await page.locator(`${testid('compare-table')} thead th`).count(),
          kept ? kept + 2 : 0,
          `${what}, reloaded`,
        );
      });
    }
  });

  it('an embedded calculator neither reads nor writes them', async () => {
    const saved = JSON.stringify({
      app: 'sagsstamme-beregneren',
      version: 2,
      scenarios: [{ name: 'Fra den fulde side', scenario: { cost: '396900' } }],
    });
    await withApp('?embed=1&sections=inputs,results,compare', async ({ page }) => {
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [COMPARE_KEY, saved]);
      await page.reload();
      await page.waitForSelector(testid('compare-save'));
      await settle(page);
      assert.match(await page.locator('#compare-heading + .hint').innerText(), /så længe siden er åben/);
      assert.equal(await page.locator(testid('compare-table')).count(), 0);
      await page.click(testid('compare-save'));
      await page.waitForSelector(testid('compare-table'));
      await settle(page);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), COMPARE_KEY), saved);
    });
  });
});

describe('accessibility of the comparison', () => {
  it('passes axe with scenarios saved, a refusal shown and a one-group answer', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.click(testid('compare-save'));
      await page.click(testid('compare-save-ds'));
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, `${testid('compare-table')} thead th`);
      await typeInto(page, 'field-goal-budget', '12.000.000');
      await page.selectOption(testid('goal-group'), { index: 1 });
      await page.locator(testid('goal-budget-answer')).waitFor();
      await assertNoViolations(page, 'two scenarios saved, one-group budget answer');
    });
  });
});

describe('budget goal for one group', () => {
  it('solves for the chosen group only and applies just that target', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      const ids = await targetIds(page);
      assert.equal(ids.length, 4);
      const values = () => Promise.all(ids.map((id) => page.inputValue(`#${id}`)));
      const before = await values();
      await typeInto(page, 'field-goal-budget', '12.000.000');
      await page.selectOption(testid('goal-group'), { index: 2 }); // the second group
      const answer = page.locator(testid('goal-budget-answer'));
      await page.waitForFunction(
        (sel) => /øvrige målgrupper beholder/.test(document.querySelector(sel)?.textContent ?? ''),
        testid('goal-budget-answer'),
      );
      assert.match(await answer.innerText(), /fra 70 til \d+,\d;/);
      await page.click(testid('apply-targets'));
      await page.waitForFunction((id) => document.getElementById(id)?.value !== '50', ids[1]);
      const after = await values();
      const changed = after.map((v, i) => v !== before[i]);
      assert.deepEqual(changed, [false, true, false, false], `${before} → ${after}`);
      // The second group (3,000 citizens) at its new target, rounded to one
      // decimal, the others (2,000 citizens) still at 50: about 12 mio. kr.
      const t = Number(after[1].replace(',', '.'));
      const expected = (2000 * (1 / 50 - 1 / 70) + 3000 * (1 / t - 1 / 70)) * K;
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - expected) < 1e-3);
      assert.ok(Math.abs(expected - 12_000_000) < 50_000, `${expected}`);
    });
  });
});
