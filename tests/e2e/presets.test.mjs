// End-to-end tests of the published cases (presets): each loads with one
// click, shows its source, and puts each published figure next to the one
// computed here; Hjørring's figures that do not add up are said so plainly.
// Runs against the release build in $DIST_DIR (default: dist/).
//
//   node --test tests/e2e/presets.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

import { openApp, waitForValue, useServerAndBrowser, settle, testid } from './browser.mjs';

// Every preset: id, the words its button and "Indlæst: …" line show, whether
// it fills in the form, and its published figures' row ids.
const PRESETS = [
  { id: 'kk-bi08-2023', name: 'København BI08', loadsForm: true, groups: 4, figures: ['annual-cost', 'total-cost'] },
  { id: 'faxe-fastholdelse-2021', name: 'Faxe fastholdelseskonsulenter', loadsForm: true, groups: 1, figures: ['annual-cost', 'savings', 'net'] },
  { id: 'faxe-mentorer-2021', name: 'Faxe eksterne mentorer', loadsForm: false, figures: ['expense', 'income', 'net'] },
  { id: 'ds-hjoerring', name: 'Hjørring', loadsForm: false, figures: ['invested', 'saved', 'net'] },
  { id: 'ds-aabenraa', name: 'Aabenraa KIK', loadsForm: false, figures: ['budget', 'saved', 'benefits', 'staff', 'net'] },
];

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

const groupCount = (page) => page.locator(testid('group')).count();

function waitForGroups(page, n) {
  return page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [testid('group'), n]);
}

/** Waits until the loaded line names the preset. */
async function waitForLoaded(page, name) {
  await page.waitForFunction(
    ([sel, name]) => document.querySelector(sel)?.textContent.includes(name),
    [`${testid('preset-info')} .preset-loaded`, name],
  );
}

/** The cells of a figure row: label, published, computed, matches. */
async function figureRow(page, id) {
  const row = page.locator(`${testid('preset-figures')} ${testid(`preset-figure-${id}`)}`);
  const [label, published, computed, verdict] = await Promise.all([
    row.locator('th').innerText(),
    row.locator('td').nth(0).innerText(),
    row.locator('td').nth(1).innerText(),
    row.locator('td').nth(2).innerText(),
  ]);
  const computedValue = await row.locator('td').nth(1).getAttribute('data-value');
  return {
    label: label.trim(),
    published: published.trim(),
    computed: computed.trim(),
    verdict: verdict.trim(),
    computedValue: computedValue === null ? null : Number(computedValue),
  };
}

/** Waits until a figure row's computed cell reads `text` (the form recomputes). */
async function waitForComputed(page, id, text) {
  const sel = `${testid(`preset-figure-${id}`)} td:nth-of-type(2)`;
  await page
    .waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent.trim() === text, [sel, text])
    .catch(async (e) => {
      const got = await page.locator(sel).innerText().catch(() => '(missing)');
      throw new Error(`${id}: computed should read ${JSON.stringify(text)}, reads ${JSON.stringify(got)}: ${e.message}`);
    });
}

describe('preset buttons', () => {
  it('loads every preset with one click, with its source and a row per published figure', async () => {
    await withApp('', async ({ page }) => {
      for (const p of PRESETS) {
        await page.locator(testid(`preset-${p.id}`)).click();
        await waitForLoaded(page, p.name);
        const info = await page.locator(testid('preset-info')).innerText();
        assert.ok(/Kilde: /.test(info), `${p.id}: no source shown`);
        assert.ok(/Bemærk: /.test(info), `${p.id}: no note shown`);
        const rows = await page.locator(`${testid('preset-figures')} tbody tr`).count();
        assert.equal(rows, p.figures.length, `${p.id}: figure rows`);
        for (const f of p.figures) {
          assert.equal(await page.locator(testid(`preset-figure-${f}`)).count(), 1, `${p.id}: row ${f}`);
        }
        if (p.loadsForm) {
          await waitForGroups(page, p.groups);
          assert.ok(!info.includes('ændrer ikke felterne'), `${p.id} says it leaves the form alone`);
        } else {
          assert.ok(info.includes('ændrer ikke felterne'), `${p.id}: no "published only" line`);
        }
      }
    });
  });

  it('leaves the form as it is for a published-only case', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await waitForGroups(page, 4);
      for (const id of ['faxe-mentorer-2021', 'ds-hjoerring', 'ds-aabenraa']) {
        await page.locator(testid(`preset-${id}`)).click();
        await waitForLoaded(page, PRESETS.find((p) => p.id === id).name);
        assert.equal(await groupCount(page), 4, `${id} changed the groups`);
        assert.equal(await page.inputValue('#field-cost'), '396.900', `${id} changed the cost`);
        // Its own figures never compare with the form it does not own.
        assert.equal(await page.locator(testid('preset-published')).count(), 0);
      }
    });
  });
});

describe('Faxe retention consultants', () => {
  it('reproduces 800.000 kr. a year, −1,2 mio. kr. sygedagpenge and −400.000 kr. net, paying back in 2021', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-faxe-fastholdelse-2021')).click();
      await waitForGroups(page, 1);
      await waitForValue(page, 'annual-cost', (v) => v !== null && Math.abs(Number(v) - 800_000) < 1e-6);
      assert.equal(await page.inputValue('input[id^="field-headcount-"]'), '446,25');
      assert.equal(await page.inputValue('input[id^="field-current-"]'), '52,5');
      assert.equal(await page.inputValue('input[id^="field-target-"]'), '42,5');

      // The headline: published and computed annual cost.
      assert.ok((await page.locator(testid('preset-published')).innerText()).includes('800.000 kr.'));
      assert.ok((await page.locator(testid('preset-computed')).innerText()).includes('800.000 kr.'));

      const expected = {
        'annual-cost': ['800.000 kr.', 800_000],
        savings: ['-1.200.000 kr.', -1_200_000],
        net: ['-400.000 kr.', -400_000],
      };
      for (const [id, [text, value]] of Object.entries(expected)) {
        await waitForComputed(page, id, text);
        const row = await figureRow(page, id);
        assert.equal(row.published, text, `${id} published`);
        assert.equal(row.computed, text, `${id} computed`);
        assert.equal(row.computedValue, value, `${id} data-value`);
        assert.equal(row.verdict, 'Ja', `${id} matches`);
      }
      await settle(page);
      const payback = await page.locator(testid('payback')).innerText();
      assert.ok(payback.includes('2021'), `payback: ${JSON.stringify(payback)}`);
      assert.equal(await page.locator(testid('preset-inconsistency')).count(), 0);
    });
  });

  it('follows the form: another cost per staff year no longer matches', async () => {
    await withApp('?preset=faxe-fastholdelse-2021', async ({ page }) => {
      await waitForComputed(page, 'annual-cost', '800.000 kr.');
      const cost = page.locator('#field-cost');
      await cost.fill('');
      await cost.pressSequentially('500.000');
      await waitForComputed(page, 'annual-cost', '1.000.000 kr.');
      assert.equal((await figureRow(page, 'annual-cost')).verdict, 'Nej');
      assert.equal((await figureRow(page, 'net')).verdict, 'Nej');
      // The published figure stays as published.
      assert.equal((await figureRow(page, 'annual-cost')).published, '800.000 kr.');
    });
  });

  it('reads the same in English', async () => {
    await withApp('?lang=en&preset=faxe-fastholdelse-2021', async ({ page }) => {
      await waitForComputed(page, 'net', 'DKK -400,000');
      const row = await figureRow(page, 'net');
      assert.equal(row.published, 'DKK -400,000');
      assert.equal(row.verdict, 'Yes');
      assert.ok((await page.locator(testid('preset-info')).innerText()).includes('Source: Faxe Municipality'));
    });
  });
});

describe('published-only cases', () => {
  it('says plainly that Hjørring\'s net saving does not follow from its own figures', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-ds-hjoerring')).click();
      const note = page.locator(testid('preset-inconsistency'));
      await note.waitFor();
      const text = await note.innerText();
      for (const part of ['hænger ikke sammen', '17,3 mio. kr.', '47,3 − 28,7 = 18,6 mio. kr.', '1,3 mio. kr.']) {
        assert.ok(text.includes(part), `inconsistency note lacks ${JSON.stringify(part)}: ${JSON.stringify(text)}`);
      }
      const net = await figureRow(page, 'net');
      assert.equal(net.published, '17,30 mio. kr.');
      assert.equal(net.computed, '18,60 mio. kr.');
      assert.equal(net.verdict, 'Nej');
      const invested = await figureRow(page, 'invested');
      assert.equal(invested.published, '28,70 mio. kr.');
      assert.equal(invested.computed, 'Kan ikke beregnes her');
      assert.equal(invested.computedValue, null);
    });
  });

  it('shows Hjørring\'s inconsistency from ?preset= and in English', async () => {
    await withApp('?preset=ds-hjoerring&lang=en', async ({ page }) => {
      const text = await page.locator(testid('preset-inconsistency')).innerText();
      assert.ok(text.includes('do not add up'), text);
      assert.ok(text.includes('47.3 − 28.7 = DKK 18.6 million'), text);
      assert.equal((await figureRow(page, 'net')).verdict, 'No');
    });
  });

  it('shows that Aabenraa\'s figures add up: 37,7 − 18,1 − 9,7 = 9,9', async () => {
    await withApp('?preset=ds-aabenraa', async ({ page }) => {
      await waitForComputed(page, 'net', '9,90 mio. kr.');
      const net = await figureRow(page, 'net');
      assert.equal(net.published, '9,90 mio. kr.');
      assert.equal(net.verdict, 'Ja');
      const displaced = await figureRow(page, 'benefits');
      assert.equal(displaced.published, '-18,10 mio. kr.');
      // Displacement is its own row, with its share of the saving.
      assert.match(displaced.label, /^Fortrængning: .*\(48 % af det sparede\)/);
      assert.equal((await figureRow(page, 'staff')).published, '-9,70 mio. kr.');
      assert.equal(await page.locator(testid('preset-inconsistency')).count(), 0);
      const info = await page.locator(testid('preset-info')).innerText();
      assert.ok(info.includes('37,7 − 18,1 − 9,7 = 9,9 mio. kr.'), info);
    });
  });

  it('explains Faxe\'s mentor saving: −1.500.000 + 500.000 lost reimbursement = −1.000.000', async () => {
    await withApp('?preset=faxe-mentorer-2021', async ({ page }) => {
      await waitForComputed(page, 'net', '-1.000.000 kr.');
      assert.equal((await figureRow(page, 'expense')).published, '-1.500.000 kr.');
      assert.equal((await figureRow(page, 'income')).published, '500.000 kr.');
      assert.equal((await figureRow(page, 'net')).verdict, 'Ja');
      const info = await page.locator(testid('preset-info')).innerText();
      for (const part of ['50 % statsrefusion', 'ændrer ikke felterne']) {
        assert.ok(info.includes(part), `lacks ${JSON.stringify(part)}`);
      }
      // The form is the default one: a published-only case fills in nothing.
      assert.equal(await groupCount(page), 1);
    });
  });
});

describe('accessibility of the preset figures', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

  async function assertNoViolations(page, state) {
    const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const report = violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    assert.deepEqual(report, [], `axe violations on ${state}`);
    assert.ok(passes.length > 0, `axe found nothing to check on ${state}`);
  }

  for (const [query, what] of [
    ['?preset=ds-hjoerring', 'Hjørring with its inconsistency note'],
    ['?preset=faxe-fastholdelse-2021&lang=en', 'Faxe retention in English'],
  ]) {
    it(`finds no axe violations and reflows to 320 px: ${what}`, async () => {
      await withApp(query, async ({ page }) => {
        await page.locator(testid('preset-figures')).waitFor();
        await assertNoViolations(page, what);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }, { viewport: { width: 320, height: 640 } });
    });
  }
});
