// End-to-end tests of what a usability test found (issue 16): what the
// user typed is never lost or changed without a word, and the answers a
// politician or a union representative asks for are where they ask.
// Runs against the release build in $DIST_DIR (default: dist/).
//
//   node --test tests/e2e/usability.test.mjs

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { useServerAndBrowser, settle, testid, typeInto, waitForValue } from './browser.mjs';
import { assertNoViolations } from './axe.mjs';

const ctx = useServerAndBrowser({ noConsoleErrors: true });
const { withApp } = ctx;

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };

/** Types the user's own scenario: 800 citizens, caseload 65 → 45. */
async function typeOwnScenario(page) {
  await typeInto(page, 'field-headcount-1', '800');
  await typeInto(page, 'field-current-1', '65');
  await typeInto(page, 'field-target-1', '45');
  await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);
}

/** The first group's headcount, caseload today and target as shown. */
const ownFields = (page) =>
  Promise.all(['headcount', 'current', 'target'].map((f) => page.inputValue(`#field-${f}-1`)));

const groupCount = (page) => page.locator(testid('group')).count();

describe('an example loaded over the user’s own scenario', () => {
  for (const viewport of [DESKTOP, NARROW]) {
    it(`can be undone from the notice it leaves (${viewport.width} px)`, async () => {
      await withApp('', async ({ page }) => {
        await typeOwnScenario(page);
        await page.locator(testid('preset-kk-bi08-2023')).click();
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
        const notice = page.locator(testid('undo-notice'));
        await notice.waitFor();
        assert.match(await notice.innerText(), /erstattede dit eget scenarie/);
        await assertNoViolations(page, 'axe with the notice shown');

        await page.locator(testid('undo')).click();
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, testid('group'));
        assert.deepEqual(await ownFields(page), ['800', '65', '45']);
        await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);
        assert.equal(await notice.count(), 0, 'the notice goes once used');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-headcount-1');
      }, { viewport });
    });
  }

  it('comes back with the browser’s Back, and the example with Forward', async () => {
    await withApp('', async ({ page }) => {
      await typeOwnScenario(page);
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await settle(page);

      await page.goBack();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, testid('group'));
      assert.deepEqual(await ownFields(page), ['800', '65', '45']);
      // Still the calculator, computing.
      await waitForValue(page, 'extra-staff-years', (v) => Math.abs(Number(v) - (800 / 45 - 800 / 65)) < 1e-9);

      await page.goForward();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await waitForValue(page, 'annual-cost', (v) => v !== null);
    });
  });

  it('leaves no notice when nothing of the user’s was replaced', async () => {
    await withApp('', async ({ page }) => {
      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, testid('group'));
      await settle(page);
      assert.equal(await page.locator(testid('undo-notice')).count(), 0);
    });
  });
});

describe('switching the expected effect’s unit', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`says beside the field what the number was converted from (${viewport.width} px)`, async () => {
      await withApp('', async ({ page }) => {
        await typeInto(page, 'field-effect-1', '8,5');
        await page.selectOption('#group-effect-unit-1', 'percent');
        const note = page.locator(testid('effect-converted'));
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('='), testid('effect-converted'));
        const text = await note.innerText();
        assert.match(text, /^Omregnet: 8,5 mdr\. kortere pr\. borger om året = 70,8333 % kortere tid på ydelse\.$/);
        assert.equal(await page.inputValue('#field-effect-1'), '70,8333');
        assert.ok(await note.isVisible());
        await assertNoViolations(page, 'axe with the note shown');

        // Once the user types a number of their own, the note has nothing to say.
        await typeInto(page, 'field-effect-1', '10');
        await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '', testid('effect-converted'));
        assert.equal(await note.isVisible(), false);
      }, { viewport });
    });
  }
});

describe('the source notes', () => {
  it('describe the rate in use after an example with an older rate', async () => {
    await withApp('', async ({ page }) => {
      const sygedagpenge = page.locator(`${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      assert.match(await sygedagpenge.innerText(), /^Standard 2027/);

      await page.locator(testid('preset-kk-bi08-2023')).click();
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent.includes('2023'),
        `${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`,
      );
      const note = await sygedagpenge.innerText();
      assert.match(note, /^I brug: sats for 2023/);
      assert.match(note, /4\.550 kr\.\/uge/);
      assert.doesNotMatch(note, /4\.695/);
      await settle(page);
      const sources = await page.locator(testid('explain-sources')).innerText();
      assert.match(sources, /I brug: sats for 2023/);
      assert.doesNotMatch(sources, /2024: 4\.695/);
    });
  });

  it('say when the rate is the user’s own', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-rate-sygedagpenge', '20.000');
      const note = page.locator(`${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('egen sats'), `${testid('benefit-sygedagpenge')} ${testid('rate-in-use')}`);
      assert.match(await note.innerText(), /^I brug: egen sats, 20\.000 kr\. om måneden for 2027\.$/);
    });
  });
});

describe('error messages', () => {
  it('end a money range with one full stop', async () => {
    await withApp('', async ({ page }) => {
      await typeInto(page, 'field-cost', '2.000.000.000');
      const error = page.locator('#field-cost-error');
      await error.waitFor();
      assert.equal((await error.innerText()).trim(), 'Skal være mellem 0 og 1.000.000.000 kr.');
    });
  });
});
