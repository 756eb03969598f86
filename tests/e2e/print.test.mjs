// The printed page, ready for a meeting (issue 16, item 9): the conclusion
// first (the results, then the payback, DS's verdict and the scenario in
// one line), then the inputs, then the working; no screen controls; the
// link written out and wrapped; a goal-seeking answer kept. Print media is
// emulated at 1280 px, and one test prints a PDF.
//
//   node --test tests/e2e/print.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { typeInto, useServerAndBrowser, settle, testid, waitForValue } from './browser.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

/** Switches to print media once every section is in and up to date. */
async function printMedia(page) {
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  await settle(page);
}

/** The top of the first element matching `selector`, in page layout. */
async function top(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is laid out`);
  return box.y;
}

describe('print: the conclusion first', () => {
  it('prints the results, then the payback, DS and the scenario, above the inputs and the working', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await printMedia(page);
      const headline = await top(page, testid('headline'));
      const summary = await top(page, testid('print-summary'));
      const firstInput = await top(page, '.inputs input[type="text"]');
      const working = await top(page, testid('per-group'));
      assert.ok(headline < summary, `headline (${headline}) above the summary (${summary})`);
      assert.ok(summary < firstInput, `summary (${summary}) above the first input (${firstInput})`);
      assert.ok(firstInput < working, `inputs (${firstInput}) above the working (${working})`);
      // The summary: payback, DS's verdict per group, the scenario in one line.
      assert.equal(await page.locator(testid('print-summary')).isVisible(), true);
      const payback = await page.locator(testid('print-payback')).innerText();
      assert.equal(payback, await page.locator(testid('budget-table')).evaluate(
        () => document.querySelector('[data-testid="budget-table"]').closest('section').querySelector('.payback, .unavailable')?.textContent,
      ), 'the payback line is the budget\'s');
      const ds = await page.locator(testid('print-ds')).innerText();
      assert.match(ds, /^DS' vejledende sagstal: /);
      assert.match(ds, /DS anbefaler \d+–\d+; i dag \d+ \((under|inden for|over)\), ny sagsstamme/);
      const scenario = await page.locator(testid('print-scenario')).innerText();
      assert.match(scenario, /^Scenariet: .+ borgere, sagsstamme \d+(,\d)? → \d+(,\d)?.*kr\. pr\. årsværk; budget \d{4}–\d{4} i \d{4} p\/l\.$/);
      assert.equal((scenario.match(/ borgere, /g) ?? []).length, 4, 'each of the four groups');
      // On screen the summary is not shown at all.
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await page.locator(testid('print-summary')).isVisible(), false);
    });
  });

  it('puts the conclusion on a page of its own in the PDF', async () => {
    await withApp('', async ({ page }) => {
      await printMedia(page);
      // Forced break after the summary: the first input starts a new page.
      const style = await page.locator(testid('print-summary')).evaluate((el) => getComputedStyle(el).breakAfter);
      assert.equal(style, 'page');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 3, `a conclusion page, the inputs and the working: ${pages} pages`);
    });
  });

  it('prints the conclusion in English', async () => {
    await withApp('?lang=en', async ({ page }) => {
      await printMedia(page);
      assert.match(await page.locator(testid('print-scenario')).innerText(), /^The scenario: Target group 1: 1,000 citizens, caseload 70 → 50\. DKK [\d,]+ per staff year; budget 2027–2030 at 2027 prices\.$/);
      assert.match(await page.locator(testid('print-ds')).innerText(), /^DS's recommended caseloads: Target group 1: DS recommends 25–45; today 70 \(above\), target 50 \(above\)\.$/);
    });
  });
});

describe('print: no screen controls', () => {
  it('shows no button, file picker, choice picker, chart point or label without a value', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await printMedia(page);
      const problems = await page.evaluate(() => {
        const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
          && el.getBoundingClientRect().width > 0;
        const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`;
        const out = [];
        for (const el of document.querySelectorAll('button, input[type="file"], select.choice, .plot .point, summary')) {
          if (shown(el)) out.push(`control: ${name(el)}`);
        }
        // A label prints with what it labels, and that shows a value.
        for (const label of document.querySelectorAll('label')) {
          if (!shown(label) || label.classList.contains('sr-only')) continue;
          const c = label.control;
          if (!c || !shown(c)) {
            out.push(`label without its control: ${name(label)}`);
          } else if (c.tagName === 'SELECT' ? !c.selectedOptions[0]?.text : (c.type === 'text' && !c.value && !c.placeholder)) {
            out.push(`label of an empty field: ${name(label)}`);
          }
        }
        return out;
      });
      assert.deepEqual(problems, []);
    });
  });

  it('writes the link out in full and wraps it within the page', async () => {
    // A long link: four groups with long names (as typed, percent-encoded).
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      for (const name of await page.locator('.inputs [id^="group-name-"]').all()) {
        await name.fill('Uafklarede og komplekse helbredsproblemer, borgere i jobafklaring og ressourceforløb');
      }
      await typeInto(page, 'field-goal-published', '11340000');
      await printMedia(page);
      const link = page.locator(`${testid('print-link')} a`);
      assert.equal(await link.isVisible(), true, 'the link prints');
      const href = await link.getAttribute('href');
      assert.equal(await link.innerText(), href, 'written out in full');
      assert.ok(href.length > 300 && href.includes('v=3'), href);
      const [box, width, lines] = await link.evaluate((a) => [
        a.closest('p').getBoundingClientRect().toJSON(),
        document.documentElement.clientWidth,
        a.getClientRects().length,
      ]);
      assert.ok(box.right <= width, `the link ends at ${box.right} px in a ${width} px page`);
      assert.ok(lines > 1, `wrapped onto ${lines} lines`);
      // The share bar's field, which would cut it, does not print.
      assert.equal(await page.locator(testid('share-link')).isVisible(), false);
    });
  });
});

describe('print: goal seeking', () => {
  it('prints a goal-seeking answer with its question, and leaves out the questions not asked', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-goal-budget', '3000000');
      const answer = page.locator(testid('goal-budget-answer'));
      await answer.waitFor();
      await printMedia(page);
      assert.equal(await answer.isVisible(), true, 'the answer prints');
      assert.match(await answer.innerText(), /Budgettet rækker/);
      assert.equal(await page.locator('#field-goal-budget').isVisible(), true, 'with the budget asked about');
      assert.equal(await page.inputValue('#field-goal-budget'), '3000000');
      for (const id of ['field-goal-published', 'field-goal-staff']) {
        assert.equal(await page.locator(`#${id}`).isVisible(), false, `${id}: not asked, not printed`);
      }
      assert.equal(await page.locator(testid('apply-targets')).isVisible(), false, 'no button');
    });
  });

  it('leaves the goal-seeking section out when nothing was asked', async () => {
    await withApp('', async ({ page }) => {
      await waitForValue(page, 'annual-cost', (v) => v !== null);
      await printMedia(page);
      assert.equal(await page.locator('#goal-heading').isVisible(), false);
    });
  });
});
