// Two tabs of the page in one browser (one context, so one localStorage):
// what one tab saves is noticed by the other through the `storage` event
// instead of the last writer silently winning. The autosaved scenario is
// offered ("Hent det" / "Behold mit"), never swapped in under the user;
// the comparison list follows at once. Against the release build.
//
//   DIST_DIR=$PWD/dist node --test tests/e2e/tabs.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { TIMEOUT, value, waitForValue, typeInto, useServerAndBrowser, settle, testid, openPageIn } from './browser.mjs';
import { assertNoViolations } from './axe.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;
const STORAGE_KEY = 'sagsstamme-beregneren';
const DEFAULT_EXTRA_STAFF = 1000 / 50 - 1000 / 70;
const NOTICE = testid('other-tab-notice');

/** Another page of the app in `context` (the same localStorage). */
const openIn = (context, query) => openPageIn(context, ctx.server.url, query, { below: true });

/** Waits until the autosaved scenario has `key` = `want` (a string, or undefined for absent). */
function waitForSaved(page, key, want) {
  return page.waitForFunction(
    ([k, key, want]) => {
      const text = localStorage.getItem(k);
      const saved = text === null ? undefined : JSON.parse(text).scenario?.[key];
      return saved === want;
    },
    [STORAGE_KEY, key, want],
  );
}

const near = (want) => (v) => v !== null && Math.abs(Number(v) - want) < 1e-9;

describe('two tabs', () => {
  it('offers the scenario another tab saved, and "Hent det" loads it', async () => {
    await withApp('', async ({ page: a, context }) => {
      const b = await openIn(context, '');
      await typeInto(a, 'field-headcount-1', '2.000');
      await waitForSaved(a, 'g1.headcount', '2000');
      const theirs = await waitForValue(a, 'extra-staff-years', near(2 * DEFAULT_EXTRA_STAFF));

      await b.page.waitForSelector(NOTICE);
      const notice = b.page.locator(NOTICE);
      assert.equal(await notice.getAttribute('role'), 'status');
      assert.match(await notice.innerText(), /Scenariet er ændret i en anden fane\./);
      // Offered, not swapped in: B still shows its own scenario.
      assert.ok(near(DEFAULT_EXTRA_STAFF)(await value(b.page, 'extra-staff-years')));
      assert.equal(await b.page.inputValue('#field-headcount-1'), '1.000');
      await assertNoViolations(b.page, 'the other tab notice');

      await b.page.getByRole('button', { name: 'Hent det' }).click();
      await waitForValue(b.page, 'extra-staff-years', (v) => v === theirs);
      assert.equal(await b.page.inputValue('#field-headcount-1'), '2.000');
      assert.equal(await b.page.locator(NOTICE).count(), 0);
      await b.page.waitForFunction(() => document.activeElement?.id === 'main');
      // Both tabs hold the same scenario now: A is offered nothing.
      await settle(a);
      assert.equal(await a.locator(NOTICE).count(), 0);
      assert.deepEqual(b.consoleErrors, []);
    });
  });

  it('"Keep mine" keeps this tab\'s scenario, and its next edit saves over the other\'s', async () => {
    await withApp('', async ({ page: a, context }) => {
      // English in B: the notice follows the page's language.
      const b = await openIn(context, '?lang=en');
      await typeInto(a, 'field-headcount-1', '2.000');
      await waitForSaved(a, 'g1.headcount', '2000');

      await b.page.waitForSelector(NOTICE);
      assert.match(await b.page.locator(NOTICE).innerText(), /The scenario was changed in another tab\./);
      await b.page.getByRole('button', { name: 'Load it' }).waitFor();
      await b.page.getByRole('button', { name: 'Keep mine' }).click();
      assert.equal(await b.page.locator(NOTICE).count(), 0);
      await b.page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.ok(near(DEFAULT_EXTRA_STAFF)(await value(b.page, 'extra-staff-years')));
      assert.equal(await b.page.inputValue('#field-headcount-1'), '1,000');

      // B's next edit is saved over A's copy, and A is told in turn.
      await typeInto(b.page, 'field-target-1', '40');
      await waitForSaved(b.page, 'g1.target', '40');
      assert.equal(await b.page.evaluate((k) => JSON.parse(localStorage.getItem(k)).scenario['g1.headcount'], STORAGE_KEY), undefined);
      await a.waitForSelector(NOTICE);
      assert.equal(await a.inputValue('#field-headcount-1'), '2.000');
      assert.deepEqual(b.consoleErrors, []);
    });
  });

  it('shows a comparison scenario saved in another tab in this tab\'s list', async () => {
    await withApp('', async ({ page: a, context }) => {
      const b = await openIn(context, '');
      assert.equal(await b.page.locator(testid('compare-table')).count(), 0);

      await typeInto(a, 'compare-name', 'Fra fane A');
      await a.click(testid('compare-save'));
      await b.page.waitForSelector(testid('compare-table'));
      const headers = await b.page.locator(`${testid('compare-table')} thead th`).allInnerTexts();
      assert.ok(headers.some((h) => h.includes('Fra fane A')), `B's headers: ${headers}`);

      // And removing it there empties the list here.
      await a.click(testid('compare-remove'));
      await b.page.waitForSelector(testid('compare-table'), { state: 'detached' });
      // Saving a list does not offer B a scenario: only the list changed.
      assert.equal(await b.page.locator(NOTICE).count(), 0);
      assert.deepEqual(b.consoleErrors, []);
    });
  });
});
