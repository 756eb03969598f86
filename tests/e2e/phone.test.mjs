// The page on a phone (issue 16, item 7): the expected effect's unit
// shows its whole text, the charts' points are targets of at least 24 px
// (WCAG 2.5.8), the DS range's label on the cost chart is not run through
// by the lines of today's caseload or the target, and a table wider than
// the screen says that it scrolls sideways. A tap on a chart point shows
// its figures and leaves the scenario alone (issue 16, item 3).
//
//   node --test tests/e2e/phone.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { useServerAndBrowser, settle, testid, waitForText } from './browser.mjs';
import { assertNoViolations } from './axe.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

const at = (width) => ({ viewport: { width, height: 800 } });

describe('the expected effect\'s unit', () => {
  for (const [lang, width] of [['da', 320], ['en', 320], ['da', 390], ['en', 390]]) {
    it(`shows the whole text of each unit at ${width} px (${lang})`, async () => {
      await withApp(`?lang=${lang}`, async ({ page }) => {
        const select = page.locator(testid('effect-unit')).first();
        const units = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
        assert.equal(units.length, 2);
        for (const unit of units) {
          await select.selectOption(unit);
          const fit = await select.evaluate((el) => {
            const cs = getComputedStyle(el);
            const canvas = document.createElement('canvas').getContext('2d');
            canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const text = el.selectedOptions[0].text;
            // A select's arrow takes about 1.5 em of its inner width.
            const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1.5 * parseFloat(cs.fontSize);
            return { text, width: canvas.measureText(text).width, room, scroll: el.scrollWidth, client: el.clientWidth };
          });
          assert.ok(fit.width <= fit.room, `"${fit.text}" is ${Math.round(fit.width)} px in ${Math.round(fit.room)} px`);
          assert.ok(fit.scroll <= fit.client, `scrollWidth ${fit.scroll} > clientWidth ${fit.client}`);
        }
      }, at(width));
    });
  }
});

describe('the charts on a phone', () => {
  for (const width of [320, 390]) {
    it(`gives every point a target of at least 24 × 24 px at ${width} px`, async () => {
      // An expected effect: the payback chart has points for every year.
      await withApp('?preset=kk-bi08-2023', async ({ page }) => {
        await page.locator(`${testid('payback-chart')} button.point`).first().waitFor();
        await settle(page);
        const points = await page.evaluate(() => [...document.querySelectorAll('.plot .point')].map((p) => {
          p.scrollIntoView({ block: 'center' });
          const r = p.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return { id: p.id, w: r.width, h: r.height, hit: hit?.closest('.point') === p };
        }));
        assert.ok(points.length >= 5, `${points.length} points`);
        for (const p of points) {
          assert.ok(p.w >= 24 && p.h >= 24, `${p.id}: ${p.w} × ${p.h} px`);
          assert.ok(p.hit, `${p.id}: not the element at its own centre`);
        }
      }, at(width));
    });

    for (const [query, why] of [
      ['?target=35', 'the target in the middle of DS\'s range'],
      ['?current=40&target=30', 'today and the target both inside the range'],
      ['?target=44', 'the target near the top of the range'],
    ]) {
      it(`keeps the DS label clear of the lines and their labels at ${width} px: ${why}`, async () => {
        await withApp(query, async ({ page }) => {
          const band = page.locator(`${testid('cost-chart')} svg text.band-label`);
          await band.waitFor();
          await settle(page);
          const boxes = await page.locator(testid('cost-chart')).evaluate((chart) => {
            const box = (el) => el.getBoundingClientRect().toJSON();
            return {
              band: box(chart.querySelector('text.band-label')),
              range: box(chart.querySelector('.plot path.band')),
              marks: [...chart.querySelectorAll('.plot text.mark')].map((t) => ({ text: t.textContent, ...box(t) })),
              lines: [...chart.querySelectorAll('.plot path.rule-today, .plot path.rule-target')].map((p) => ({ cls: p.getAttribute('class'), ...box(p) })),
            };
          });
          const { band: b } = boxes;
          const overlap = (a, c) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;
          for (const m of boxes.marks) {
            assert.ok(!overlap(m, b), `"${m.text}" overlaps the DS label`);
          }
          assert.equal(boxes.lines.length, 2);
          for (const l of boxes.lines) {
            const x = l.left + l.width / 2;
            assert.ok(x < b.left - 1 || x > b.right + 1, `${l.cls} at x ${x} runs through the DS label (${b.left}–${b.right})`);
          }
          // Still on or beside the range it names, and within the plot.
          const { range } = boxes;
          assert.ok(b.left < range.right + 2 && b.right > range.left - 2, `the DS label (${b.left}–${b.right}) is away from the range (${range.left}–${range.right})`);
          const svg = await page.locator(`${testid('cost-chart')} svg[role="img"]`).boundingBox();
          assert.ok(b.left >= svg.x && b.right <= svg.x + svg.width, 'the DS label stays in the chart');
        }, at(width));
      });
    }
  }
});

describe('a tap on a chart point', () => {
  const touch = { viewport: { width: 390, height: 800 }, hasTouch: true };
  const point = (page, n) => page.locator(`${testid('cost-chart')} button[aria-label^="Sagsstamme ${n}:"]`);
  const use = testid('cost-chart-use');

  it('shows the point\'s figures without changing the target; the button under them sets it', async () => {
    await withApp('?cost=400000', async ({ page }) => {
      const readout = testid('cost-chart-readout');
      await point(page, 40).scrollIntoViewIfNeeded();
      await point(page, 40).tap();
      await waitForText(page, readout, 'Sagsstamme 40: 4.285.714 kr. om året');
      await settle(page);
      assert.equal(await page.inputValue('#field-target-1'), '50', 'a tap left the target alone');
      assert.equal(await page.locator(use).innerText(), 'Brug denne sagsstamme som mål');
      // A second tap on the same point still only shows it.
      await point(page, 40).tap();
      await settle(page);
      assert.equal(await page.inputValue('#field-target-1'), '50');
      await assertNoViolations(page, 'a tapped chart point with its button');

      await page.locator(use).tap();
      await waitForText(page, testid('cost-chart-summary'), 'ved 40 sager (den nye sagsstamme)');
      assert.equal(await page.inputValue('#field-target-1'), '40');
      // The point shown is now the target: nothing left to pick.
      await page.locator(use).waitFor({ state: 'detached' });
    }, touch);
  });

  it('offers no button for the point already in use', async () => {
    await withApp('?cost=400000', async ({ page }) => {
      await point(page, 40).scrollIntoViewIfNeeded();
      await point(page, 40).tap();
      await page.locator(use).waitFor();
      await point(page, '50 (Mål)').tap();
      await waitForText(page, testid('cost-chart-readout'), 'Sagsstamme 50 (Mål)');
      await page.locator(use).waitFor({ state: 'detached' });
      assert.equal(await page.inputValue('#field-target-1'), '50');
    }, touch);
  });
});

describe('tables wider than the screen', () => {
  /** Every table region: whether it scrolls, and the cue it shows. */
  const regions = (page) => page.evaluate(() => [...document.querySelectorAll('.table-scroll')]
    .filter((r) => r.checkVisibility())
    .map((r) => {
      const before = getComputedStyle(r, '::before');
      const table = r.querySelector('table');
      return {
        id: table.dataset.testid,
        scrolls: r.scrollWidth > r.clientWidth,
        hint: before.content,
        // The line above the table takes room only when it shows.
        hintHeight: table.getBoundingClientRect().top - r.getBoundingClientRect().top,
        shadow: getComputedStyle(r).backgroundImage,
      };
    }));

  for (const width of [320, 390]) {
    it(`says that a table scrolls sideways at ${width} px`, async () => {
      await withApp('?preset=kk-bi08-2023', async ({ page }) => {
        await page.locator(testid('preset-computed')).waitFor();
        await settle(page);
        const all = await regions(page);
        const scrolling = all.filter((r) => r.scrolls);
        assert.ok(scrolling.length >= 3, `${scrolling.length} tables scroll: ${all.map((r) => r.id)}`);
        for (const r of scrolling) {
          assert.match(r.hint, /Rul til siden for at se hele tabellen/, `${r.id}: the hint`);
          assert.ok(r.hintHeight >= 12, `${r.id}: the hint shows (${r.hintHeight} px)`);
          assert.match(r.shadow, /radial-gradient.*radial-gradient/, `${r.id}: shadows at the edges`);
        }
        // The hint stays in view when the table is scrolled to its end.
        const first = page.locator('.table-scroll').filter({ has: page.locator(testid(scrolling[0].id)) });
        await first.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
        const [hint, region] = await first.evaluate((r) => [
          r.querySelector('table').getBoundingClientRect().top - r.getBoundingClientRect().top,
          r.scrollLeft,
        ]);
        assert.ok(region > 0 && hint >= 12, 'scrolled, the hint still takes its line');
      }, at(width));
    });
  }

  it('says nothing above a table that fits (1280 px)', async () => {
    await withApp('', async ({ page }) => {
      await settle(page);
      const fitting = (await regions(page)).filter((r) => !r.scrolls);
      assert.ok(fitting.length >= 2, `${fitting.length} tables fit`);
      for (const r of fitting) {
        assert.ok(Math.abs(r.hintHeight) < 1, `${r.id}: no hint line (${r.hintHeight} px)`);
      }
    }, at(1280));
  });

  it('says it in English on the English page', async () => {
    await withApp('?lang=en&preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await settle(page);
      const scrolling = (await regions(page)).filter((r) => r.scrolls);
      assert.ok(scrolling.length >= 1);
      assert.match(scrolling[0].hint, /Scroll sideways to see the whole table/);
    }, at(390));
  });
});
