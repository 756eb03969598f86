// End-to-end tests of the two charts (cost and break-even by caseload; net
// effect year by year) and of "Sådan regnes der", against the release build
// in $DIST_DIR (default: dist/).
//
//   node --test tests/e2e/charts.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, numericValue, waitForText, waitForValue, typeInto, useServerAndBrowser, testid } from './browser.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

// The default scenario (1,000 citizens, 70 → 50) as a version 1 link with a
// cost of 400,000 kr. a staff year: such a link is read against the
// defaults of its time at its own price level (docs/url.md), so the amounts
// the charts say are fixed whatever the current defaults and indices.
const FIXED = '?cost=400000';
const cost = (target) => (1000 / target - 1000 / 70) * 400_000;

/** The texts of the SVG labels of one class in a chart. */
function svgTexts(page, chart, cls) {
  return page.locator(`${testid(chart)} svg text.${cls}`).allTextContents();
}

/** The accessible name of the focused element. */
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Waits until the focused element's label starts with `start`: the chart
 *  moves the focus to the picked point in the frame after it is redrawn. */
async function waitForFocus(page, start) {
  try {
    await page.waitForFunction((s) => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith(s), start);
  } catch (e) {
    throw new Error(`the focus should be on "${start}…", is on "${await focusedLabel(page)}"`);
  }
}

describe('charts render', () => {
  it('draws both charts in Danish, named and described in words, with Danish numbers', async () => {
    await withApp(FIXED, async ({ page }) => {
      for (const id of ['cost-chart', 'payback-chart']) {
        const svg = page.locator(`${testid(id)} svg[role="img"]`);
        assert.equal(await svg.count(), 1, `${id}: one svg role=img`);
        assert.equal(await svg.getAttribute('aria-labelledby'), `${id}-heading`);
        assert.equal(await svg.getAttribute('aria-describedby'), `${id}-desc`);
        assert.ok((await page.locator(`#${id}-heading`).innerText()).length > 0);
      }
      const summary = await page.locator(testid('cost-chart-summary')).innerText();
      for (const part of ['Ved 70 sager (i dag)', 'ved 50 sager', '2.285.714 kr.', 'ved 20 sager 14.285.714 kr.', '0,14 måneder', 'DS anbefaler 25–45']) {
        assert.ok(summary.includes(part), `cost summary lacks ${JSON.stringify(part)}: ${summary}`);
      }
      // Axes in Danish: mio. kr. on the left, months with a decimal comma on the right.
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'tick-y'), ['0', '5', '10', '15']);
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'tick-r'), ['0,0', '0,2', '0,4', '0,6', '0,8']);
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'mark'), ['I dag 70', 'Mål 50']);
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'band-label'), ['DS 25–45']);
      assert.ok((await page.locator(`${testid('cost-chart')} .chart-axes`).innerText()).includes('Udgift om året (mio. kr.)'));
      // Payback: four budget years from 2027, cost only (no effect given).
      assert.deepEqual(await svgTexts(page, 'payback-chart', 'tick-x'), ['2027', '2028', '2029', '2030']);
      const payback = await page.locator(testid('payback-chart-summary')).innerText();
      assert.ok(payback.includes('Personaleudgiften er 2.285.714 kr. om året'), payback);
      assert.ok(payback.includes('Ingen forventet effekt angivet'), payback);
    });
  });

  it('draws both charts in English with English numbers', async () => {
    await withApp(`${FIXED}&lang=en`, async ({ page }) => {
      const summary = await page.locator(testid('cost-chart-summary')).innerText();
      assert.ok(summary.includes('DKK 2,285,714') && summary.includes('0.14 months'), summary);
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'tick-r'), ['0.0', '0.2', '0.4', '0.6', '0.8']);
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'mark'), ['Today 70', 'Target 50']);
      assert.equal((await page.locator('#cost-chart-heading').innerText()).trim(), 'Cost and break-even by caseload');
      const payback = await page.locator(testid('payback-chart-summary')).innerText();
      assert.ok(payback.includes('The staff cost is DKK 2,285,714 a year'), payback);
    });
  });

  it('fits a 320 px screen, drawn at the width it has', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      for (const id of ['cost-chart', 'payback-chart']) {
        const box = await page.locator(`${testid(id)} svg[role="img"]`).boundingBox();
        assert.ok(box.width <= 320 && box.width > 200, `${id} is ${box.width}px wide`);
        const viewBox = await page.locator(`${testid(id)} svg[role="img"]`).getAttribute('viewBox');
        const width = Number(viewBox.split(' ')[2]);
        // 1 SVG unit ≈ 1 CSS pixel, so the 12 px labels stay 12 px.
        assert.ok(Math.abs(width - box.width) <= 1, `${id}: viewBox ${viewBox} in ${box.width}px`);
      }
    }, { viewport: { width: 320, height: 640 } });
  });
});

describe('charts follow the input', () => {
  it('redraws both charts on every input', async () => {
    await withApp(FIXED, async ({ page }) => {
      await typeInto(page, 'field-target-1', '40');
      await waitForText(page, testid('cost-chart-summary'), 'ved 40 sager (den nye sagsstamme) er udgiften 4.285.714 kr.');
      assert.deepEqual(await svgTexts(page, 'cost-chart', 'mark'), ['I dag 70', 'Mål 40']);
      await waitForText(page, testid('payback-chart-summary'), 'Personaleudgiften er 4.285.714 kr.');
      // An expected effect of 1 month per citizen pays back in the first year.
      await typeInto(page, 'field-effect-1', '1');
      await waitForText(page, testid('payback-chart-summary'), 'Indsatsen er tjent hjem i 2027.');
      assert.deepEqual(await svgTexts(page, 'payback-chart', 'mark'), ['Tjent hjem 2027']);
      // An invalid field: the charts say so instead of drawing old numbers.
      await typeInto(page, 'field-current-1', '0');
      await waitForText(page, `${testid('cost-chart')} .unavailable`, 'Kan ikke beregnes');
      assert.equal(await page.locator(`${testid("cost-chart")} svg[role="img"]`).count(), 0);
    });
  });

  it('sets the target caseload when a point is clicked', async () => {
    await withApp(FIXED, async ({ page }) => {
      await page.locator(`${testid('cost-chart')} button[aria-label^="Sagsstamme 30:"]`).click();
      await waitForValue(page, 'extra-staff-years', (v) => v !== null && Math.abs(Number(v) - (1000 / 30 - 1000 / 70)) < 1e-9);
      assert.equal(await page.inputValue('#field-target-1'), '30');
      assert.ok(Math.abs((await numericValue(page, 'annual-cost')) - cost(30)) < 1e-6);
      await waitForText(page, testid('cost-chart-summary'), 'ved 30 sager (den nye sagsstamme)');
      // Focus stays on the point, now the target.
      await waitForFocus(page, 'Sagsstamme 30 (Mål):');
    });
  });

  it('shows a point\'s values on hover and on focus, moves with the arrow keys and sets the target with Enter', async () => {
    await withApp(FIXED, async ({ page }) => {
      const readout = testid('cost-chart-readout');
      // Before pointing: the target's values.
      assert.ok((await page.locator(readout).innerText()).startsWith('Sagsstamme 50 (Mål): 2.285.714 kr. om året'));
      await page.locator(`${testid('cost-chart')} button[aria-label^="Sagsstamme 30:"]`).hover();
      await waitForText(page, readout, 'Sagsstamme 30: 7.619.048 kr. om året, 19,05 ekstra årsværk');

      // One Tab stop per chart: the target's point.
      const stops = await page.locator(`${testid('cost-chart')} button.point[tabindex="0"]`).count();
      assert.equal(stops, 1);
      await page.locator(`${testid('cost-chart')} button.point[tabindex="0"]`).focus();
      assert.ok((await focusedLabel(page)).startsWith('Sagsstamme 50 (Mål):'));
      await page.keyboard.press('ArrowLeft');
      await waitForFocus(page, 'Sagsstamme 45:');
      await waitForText(page, readout, 'Sagsstamme 45:');
      await page.keyboard.press('Enter');
      await waitForValue(page, 'extra-staff-years', (v) => v !== null && Math.abs(Number(v) - (1000 / 45 - 1000 / 70)) < 1e-9);
      assert.equal(await page.inputValue('#field-target-1'), '45');
      await waitForFocus(page, 'Sagsstamme 45 (Mål):');
      // Home and End reach the ends.
      await page.keyboard.press('End');
      await waitForFocus(page, 'Sagsstamme 70 (I dag):');
      await page.keyboard.press('Home');
      await waitForFocus(page, 'Sagsstamme 20:');
    });
  });

  it('offers the figures as a table one click away', async () => {
    await withApp(FIXED, async ({ page }) => {
      const table = testid('cost-table');
      assert.equal(await page.locator(table).isVisible(), false);
      await page.locator(`${testid('cost-chart')} summary`).click();
      await page.locator(table).waitFor({ state: 'visible' });
      const row = page.locator(`${table} ${testid('cost-500')}`);
      assert.equal((await row.locator('th').innerText()).trim(), '50 (Mål)');
      assert.equal((await row.locator('td').nth(1).innerText()).trim(), '2.285.714');
      assert.ok(Math.abs(Number(await row.locator('td').nth(1).getAttribute('data-value')) - cost(50)) < 1e-6);
      assert.equal((await row.locator('td').nth(2).innerText()).trim(), '0,14');
      assert.equal(await page.locator(`${table} tbody tr`).count(), 11, 'caseloads 20, 25, …, 70');

      await page.locator(`${testid('payback-chart')} summary`).click();
      const years = page.locator(`${testid('payback-table')} tbody tr`);
      await years.first().waitFor({ state: 'visible' });
      assert.equal(await years.count(), 4);
      assert.equal((await years.nth(3).locator('td').nth(3).innerText()).trim(), '9.142.856');
    });
  });
});

describe('Sådan regnes der', () => {
  const step = (id) => `${testid('explain-steps')} li[data-step="${id}"]`;

  it('explains the BI08 preset with the figures of the results, line by line', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await waitForValue(page, 'annual-cost', (v) => v !== null && Math.abs(Number(v) - 11_340_000) < 1e-6);
      const lines = {
        'group-staff': 'Uafklarede og komplekse helbredsproblemer: 1.400 borgere ÷ 70 sager pr. sagsbehandler = 20,00 årsværk i dag; ÷ 50 sager = 28,00 årsværk ved den nye sagsstamme.',
        'extra-staff': 'Ekstra årsværk i alt: 100,00 − 71,43 = 28,57 årsværk.',
        'annual-cost': 'Udgift om året: 28,57 årsværk × 396.900 kr. pr. årsværk = 11.340.000 kr.',
        'net-per-month': 'Sygedagpenge: 19.716,67 kr. om måneden × (100 % − 20 % statslig refusion) = 15.773,34 kr. netto for kommunen pr. ydelsesmåned.',
        spending: 'Sygedagpenge: 12 måneder × 5.000 borgere × 15.773,34 kr. = 946.400.160 kr. i ydelser om året.',
        share: 'Break-even: 11.340.000 kr. ÷ 946.400.160 kr. = 1,198 % kortere tid på ydelse betaler udgiften.',
        'months-per-citizen': '1,198 % × 12 måneder = 0,14 måneder kortere på ydelse pr. borger om året.',
        'months-per-year': '1,198 % × 12 måneder × 5.000 borgere = 719 sparede ydelsesmåneder om året.',
        'budget-total': 'I alt over 4 år: personaleudgift 45.360.000 kr., sparede ydelser 0 kr., nettovirkning 45.360.000 kr.',
        'ds-top': 'Uafklarede og komplekse helbredsproblemer: DS\' øverste anbefalede sagstal er 45: 1.400 borgere ÷ 45 − 1.400 ÷ 70 = 11,11 årsværk × 396.900 kr. = 4.410.000 kr. om året.',
      };
      for (const [id, text] of Object.entries(lines)) {
        assert.equal((await page.locator(step(id)).first().innerText()).trim(), text, id);
      }
      assert.equal(await page.locator(step('group-staff')).count(), 4);
      const years = await page.locator(step('budget-year')).allInnerTexts();
      assert.equal(years.length, 4);
      assert.ok(years[3].startsWith('2026:') && years[3].endsWith('akkumuleret 45.360.000 kr.'), years[3]);
      // The page's own figures are the ones explained.
      const figure = async (id) => (await page.locator(testid(id)).innerText()).trim();
      assert.ok((await figure('annual-cost')).startsWith('11.340.000 kr.'));
      assert.ok((await figure('months-per-citizen')).startsWith('0,14'));
      const sources = await page.locator(testid('explain-sources')).innerText();
      for (const part of ['Dansk Socialrådgiverforening', 'revideret 4/2020', 'lov om kommunernes finansiering', 'Københavns Kommune, budgetforslag 2023, BI08']) {
        assert.ok(sources.includes(part), `sources lack ${JSON.stringify(part)}`);
      }
    });
  });

  it('explains in English after switching language', async () => {
    await withApp('?preset=kk-bi08-2023&lang=en', async ({ page }) => {
      assert.equal(
        (await page.locator(step('annual-cost')).innerText()).trim(),
        'Annual cost: 28.57 staff years × DKK 396,900 per staff year = DKK 11,340,000.',
      );
      assert.ok((await page.locator(testid('explain-sources')).innerText()).includes('revised 4/2020'));
    });
  });
});
