// Accessibility: axe-core (WCAG 2.1 A/AA rules) on the main states of the
// page, and a keyboard-only walk to the first input.
//
//   node --test tests/e2e/

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoViolations } from './axe.mjs';
import { openApp, value, waitForValue, typeInto, useServerAndBrowser, settle, testid } from './browser.mjs';

const ctx = useServerAndBrowser();
const { withApp } = ctx;

describe('axe (WCAG 2.1 A and AA)', () => {
  it('finds no violations on the default Danish page', async () => {
    await withApp('', async ({ page }) => {
      await assertNoViolations(page, 'default Danish page');
    });
  });

  it('finds no violations on the English page', async () => {
    await withApp('?lang=en', async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await assertNoViolations(page, 'English page (?lang=en)');
    });
  });

  it('finds no violations with the BI08 preset loaded', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await page.locator(testid('preset-computed')).waitFor();
      await assertNoViolations(page, 'BI08 preset loaded');
    });
  });

  it('finds no violations while a field shows an error', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-current-1', '52.5');
      await page.locator(testid('error-summary')).waitFor();
      await waitForValue(page, 'annual-cost', (v) => v === null);
      assert.equal(await page.getAttribute('#field-current-1', 'aria-invalid'), 'true');
      await assertNoViolations(page, 'page with an invalid field');
    });
  });

  it('finds no violations in the share bar\'s states (link to copy by hand, refused file)', async () => {
    await withApp('?lang=en', async ({ page, context }) => {
      await typeInto(page, 'field-target-1', '45');
      // The clipboard refuses in this context (no permission): the link is
      // selected for copying by hand and the status says so.
      await context.clearPermissions();
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      });
      await page.locator(testid('copy-link')).click();
      await page.waitForFunction(() => document.activeElement?.id === 'share-link');
      await assertNoViolations(page, 'link selected for copying by hand');
      await page.setInputFiles(testid('load-json'), {
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not json'),
      });
      await page.waitForFunction((sel) => /not loaded/.test(document.querySelector(sel)?.textContent ?? ''), testid('share-status'));
      await assertNoViolations(page, 'refused scenario file message');
    });
  });

  it('finds no violations on the charts with their tables open, a point focused and a payback year', async () => {
    await withApp('', async ({ page }) => {
      // An expected effect: savings bars and a payback year on the second chart.
      await typeInto(page, 'field-effect-1', '1');
      await page.locator(`${testid('payback-chart')} svg text.mark`).waitFor();
      for (const chart of ['cost-chart', 'payback-chart']) {
        await page.locator(`${testid(chart)} summary`).click();
      }
      await page.locator(testid('payback-table')).waitFor({ state: 'visible' });
      await page.locator(`${testid('cost-chart')} button.point[tabindex="0"]`).focus();
      await page.keyboard.press('ArrowLeft');
      await page.locator(`${testid('payback-chart')} button.point >> nth=0`).hover();
      await assertNoViolations(page, 'charts with tables open, a point focused, payback marked');
    });
  });

  it('finds no violations on the charts in English with the BI08 preset', async () => {
    await withApp('?lang=en&preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('cost-chart-summary')).waitFor();
      await assertNoViolations(page, 'charts in English, BI08');
    });
  });

  it('finds no violations with URL notices shown', async () => {
    await withApp('?headcount=abc&lang=fr', async ({ page }) => {
      await page.locator(testid('url-notices')).waitFor();
      await assertNoViolations(page, 'page with URL notices');
    });
  });

  it('dismisses a notice by keyboard and keeps the focus in the page', async () => {
    await withApp('?headcount=abc&lang=fr', async ({ page }) => {
      const notice = page.locator(testid('url-notices'));
      const button = notice.getByRole('button');
      // Its name says what it closes: "Luk beskeden" described by the heading.
      const described = await button.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby'))?.textContent);
      assert.equal(described, 'Nogle værdier i linket blev ignoreret');
      await button.focus();
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
      // The next Tab goes on from the top of the page's content.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      assert.ok(next, 'Tab stays in the page content');
    });
  });
});

describe('small screens', () => {
  const PHONE = { viewport: { width: 320, height: 640 } };

  it('finds no axe violations on a 320 px wide screen', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await assertNoViolations(page, '320 px wide screen, BI08 preset');
    }, PHONE);
  });

  it('reflows to 320 px without scrolling the page sideways (WCAG 1.4.10)', async () => {
    await withApp('?preset=kk-bi08-2023', async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await assertReflows(page);
    }, PHONE);
  });

  it('keeps the captions of sideways-scrolling tables in view and their headers a few lines high', async () => {
    await withApp('?preset=kk-bi08-2023&lang=en', async ({ page }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      await settle(page);
      const problems = await page.evaluate(() => {
        const out = [];
        for (const region of document.querySelectorAll('.table-scroll')) {
          const table = region.querySelector('table');
          const box = region.getBoundingClientRect();
          const caption = table.caption?.getBoundingClientRect();
          if (caption && caption.right > box.right + 1) out.push(`${table.dataset.testid}: caption ends ${Math.round(caption.right - box.right)} px outside`);
          const head = table.tHead?.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(table).lineHeight) || 24;
          if (head && head.height > 6 * line) out.push(`${table.dataset.testid}: header ${Math.round(head.height / line)} lines high`);
        }
        return out;
      });
      assert.deepEqual(problems, []);
    }, PHONE);
  });

  it('reflows to 320 px in embed mode with every section', async () => {
    await withApp(`?embed=1&sections=${ALL_SECTIONS}&preset=kk-bi08-2023`, async ({ page }) => {
      await page.locator(testid('preset-computed')).waitFor();
      await assertReflows(page);
    }, PHONE);
  });
});

describe('fields show what they hold', () => {
  // A number cut to "19.716,6", a name cut mid-word or a rate cut to
  // "2023: 4" cannot be checked by the person who typed or chose it.
  // Numbers fit at every width; the groups' names and the rate and
  // reimbursement choices where there is room for them (a phone's closed
  // select shows what fits, its picker the whole text).
  for (const width of [320, 412, 1024, 1280]) {
    it(`shows the whole value of the input fields at ${width} px`, async () => {
      const query = '?preset=kk-bi08-2023&v=2&g2.benefit=kontanthjaelp&g3.benefit=jobafklaring';
      await withApp(query, async ({ page }) => {
        await page.locator(testid('preset-computed')).waitFor();
        const wide = width >= 1024;
        const cut = await page.evaluate((wide) => {
          const canvas = document.createElement('canvas').getContext('2d');
          const fields = [
            ...document.querySelectorAll('.inputs input[type="text"]:not([id^="group-name-"])'),
            ...(wide ? document.querySelectorAll('.inputs [id^="group-name-"], table.benefits select, .group-effect select') : []),
          ];
          const out = [];
          for (const el of fields) {
            const cs = getComputedStyle(el);
            canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const text = el.tagName === 'SELECT' ? el.selectedOptions[0]?.text ?? '' : el.value;
            // A select's arrow takes about 1.5 em of its inner width.
            const arrow = el.tagName === 'SELECT' ? 1.5 * parseFloat(cs.fontSize) : 0;
            const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - arrow;
            if (canvas.measureText(text).width > room + 0.5) out.push(`${el.id}: "${text}" in ${Math.round(room)} px`);
          }
          return { out, checked: fields.length };
        }, wide);
        assert.deepEqual(cut.out, []);
        assert.ok(cut.checked >= (wide ? 30 : 20), `checked ${cut.checked} fields`);
      }, { viewport: { width, height: 900 } });
    });
  }
});

/** The page is no wider than the viewport (tables scroll in their own region). */
async function assertReflows(page) {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The widest element sticking out past the viewport, to say what to fix.
    let widest = null;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 1 && !el.closest('.table-scroll') && (!widest || r.right > widest.right)) {
        widest = { right: Math.round(r.right), el: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') };
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `page is ${scrollWidth}px wide in a ${clientWidth}px viewport; widest: ${JSON.stringify(widest)}`,
  );
}

const ALL_SECTIONS = 'inputs,results,groups,budget,ds,goal,presets,export';

describe('embed mode (axe)', () => {
  it('finds no violations in embed mode', async () => {
    await withApp('?embed=1', async ({ page }) => {
      await page.locator(testid('budget-table')).waitFor();
      await assertNoViolations(page, 'embed mode (?embed=1)');
    });
  });

  it('finds no violations with every section, a darkened accent and notices', async () => {
    await withApp(`?embed=1&sections=${ALL_SECTIONS},bogus&accent=ffff00`, async ({ page }) => {
      await page.locator(testid('url-notices')).waitFor();
      await page.locator(testid('ds-table')).waitFor();
      await assertNoViolations(page, 'embed mode, all sections, accent=ffff00');
    });
  });

  it('finds no violations with the Embed dialog open', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('embed-open')).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="copy-dialog"]').open);
      await assertNoViolations(page, 'Embed dialog open');
    });
  });
});

describe('keyboard only', () => {
  it('reaches the first headcount field from the top with Tab and changes the result by typing', async () => {
    await withApp('', async ({ page }) => {
      const before = await value(page, 'extra-staff-years');
      assert.notEqual(before, null);

      // Start from the top of the document, as after a fresh load.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el?.id || el?.getAttribute('data-testid') || el?.tagName.toLowerCase() || '';
        });
      const path = [];
      let active = '';
      for (let i = 0; i < 40 && active !== 'field-headcount-1'; i += 1) {
        await page.keyboard.press('Tab');
        active = await focused();
        path.push(active);
      }
      assert.equal(active, 'field-headcount-1', `Tab order never reached the headcount field: ${path.join(' → ')}`);

      // Shift+Tab goes back to the previous stop, Tab returns.
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focused(), path.at(-2), 'Shift+Tab should go back one stop');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'field-headcount-1');

      // The focused element shows a visible focus indicator.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none', 'focused input has no visible outline');

      // Replace the value using only the keyboard.
      await page.keyboard.press('End');
      for (let i = 0; i < 10; i += 1) await page.keyboard.press('Backspace');
      await page.keyboard.type('3.000');
      assert.equal(await page.inputValue('#field-headcount-1'), '3.000');
      const after = await waitForValue(page, 'extra-staff-years', (v) => v !== null && v !== before);
      const expected = 3000 / 50 - 3000 / 70;
      assert.ok(Math.abs(Number(after) - expected) < 1e-9, `extra-staff-years: expected ${expected}, got ${after}`);
    });
  });

  it('offers a skip link to the results as the first Tab stop', async () => {
    await withApp('', async ({ page }) => {
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        href: document.activeElement?.getAttribute('href'),
      }));
      assert.deepEqual(first, { tag: 'A', href: '#results' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#results');
    });
  });
});
