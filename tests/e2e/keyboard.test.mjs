// The whole task with the keyboard only (WCAG 2.1.1): load a published case,
// change a target, switch on a realism setting, add a group, save and
// compare a scenario, switch language — Tab, Shift+Tab, Enter, Space and
// typing, never a mouse click.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForValue, useServerAndBrowser, testid } from './browser.mjs';

const ctx = useServerAndBrowser();

/**
 * Presses Tab until the focused element matches `selector` and returns how
 * many presses it took; fails after `max` presses (not in the Tab order).
 */
async function tabTo(page, selector, max = 250) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return i;
  }
  throw new Error(`${selector} is not reachable with Tab within ${max} presses`);
}

/** Selects the focused field's text and types `text` over it. */
async function retype(page, text) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

describe('keyboard only', () => {
  it('does the whole task without a mouse', async () => {
    const app = await openApp(ctx.browser, ctx.server.url, '');
    const { page, consoleErrors } = app;
    try {
      await page.evaluate(() => document.activeElement?.blur());

      // A published case, loaded with Enter.
      await tabTo(page, testid('preset-kk-bi08-2023'));
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await waitForValue(page, 'annual-cost', (v) => Math.abs(Number(v) - 11_340_000) < 1);

      // The first group's target: 50 → 45.
      await tabTo(page, 'input[id^="field-target-"]');
      await retype(page, '45');
      await waitForValue(page, 'annual-cost', (v) => Number(v) > 11_340_000);

      // A realism switch, with Space.
      await tabTo(page, testid('switch-hiring'));
      await page.keyboard.press('Space');
      assert.equal(await page.isChecked(testid('switch-hiring')), true);

      // Save the scenario under a name and see it in the comparison.
      await tabTo(page, testid('compare-name'));
      await page.keyboard.type('Kun gruppe 1 på 45');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'compare-save');
      await page.keyboard.press('Enter');
      await page.waitForSelector(testid('compare-table'));
      const headers = await page.locator(`${testid('compare-table')} thead th`).allInnerTexts();
      assert.equal(headers.at(-1).trim(), 'Kun gruppe 1 på 45');

      // Back up the page with Shift+Tab to add a group.
      let onAddGroup = false;
      for (let i = 0; i < 400 && !onAddGroup; i += 1) {
        await page.keyboard.press('Shift+Tab');
        onAddGroup = await page.evaluate((sel) => document.activeElement?.matches(sel), testid('add-group'));
      }
      assert.ok(onAddGroup, 'Shift+Tab never reached "add group"');
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 5, testid('group'));

      // And the language, from the top.
      await page.evaluate(() => document.activeElement?.blur());
      await tabTo(page, testid('lang-switch'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await app.close();
    }
  });
});
