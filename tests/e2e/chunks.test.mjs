// The release build is cut into the module the page starts with and three
// chunks it fetches later (scripts/split-wasm.mjs): the sections below the
// key figures (`lazy-below-….wasm`, after the first render), English
// (`lazy-english-….wasm`, only when English is asked for) and the
// examples' records (`lazy-presets-….wasm`, on a click on an example or
// when the link names one). These tests
// check when each is fetched and what a visitor sees when a fetch fails.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoViolations } from './axe.mjs';
import { testid, typeInto, useServerAndBrowser, waitForHtmlLang, TIMEOUT } from './browser.mjs';

const ctx = useServerAndBrowser();
const BELOW = /\/lazy-below-[0-9a-f]{16}\.wasm$/;
const ENGLISH = /\/lazy-english-[0-9a-f]{16}\.wasm$/;
const PRESETS = /\/lazy-presets-[0-9a-f]{16}\.wasm$/;

/**
 * Opens `query`, recording the paths requested and page errors; with
 * `block`, requests matching it fail (as offline, or after a new version
 * replaced the files) until `unblock()`.
 */
async function withPage(query, fn, { block, hang } = {}) {
  // No service worker: these tests are about the network's answers to the
  // chunks' fetches, which page.route sees only from the page itself; a
  // worker's precache (offline.test.mjs) would answer them instead.
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const requested = [];
    const pageErrors = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const abort = (route) => route.abort();
    if (block) await page.route(block, abort);
    // Never answered: a fetch that hangs.
    if (hang) await page.route(hang, () => {});
    const unblock = () => page.unroute(block, abort);
    await page.goto(`${ctx.server.url}/${query}`);
    await page.waitForSelector(testid('annual-cost'), { state: 'attached' });
    await fn({ page, requested, unblock });
    assert.deepEqual(pageErrors, [], 'page errors');
  } finally {
    await context.close();
  }
}

const fetched = (requested, re) => requested.filter((p) => re.test(p)).length;

describe('the sections below the key figures', () => {
  it('are fetched once after the first render, and English is not fetched on a Danish page', async () => {
    await withPage('', async ({ page, requested }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      assert.ok((await page.locator('.below h2').count()) >= 5, 'the sections are on the page');
      assert.equal(fetched(requested, BELOW), 1);
      assert.equal(fetched(requested, ENGLISH), 0);
    });
  });

  it('are not fetched by an embedded calculator that shows none of them', async () => {
    await withPage('?embed=1&sections=inputs,results', async ({ page, requested }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      assert.equal(fetched(requested, BELOW), 0);
    });
  });

  it('say so when their code cannot be fetched, keep the calculator working, and can be tried again', async () => {
    await withPage(
      '',
      async ({ page, unblock }) => {
        const alert = page.locator('.below [role="alert"]');
        await alert.waitFor();
        assert.match(await alert.textContent(), /kunne ikke hentes/);
        // Nothing more is coming, so the wrapper is no longer busy.
        await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
        assert.equal(await page.locator('.below h2').count(), 0);
        await assertNoViolations(page, 'the sections below could not be fetched');
        // The inputs and key figures do not depend on the chunk.
        const before = await page.getAttribute(testid('annual-cost'), 'data-value');
        await typeInto(page, 'field-target-1', '40');
        await page.waitForFunction(
          ([sel, old]) => document.querySelector(sel)?.getAttribute('data-value') !== old,
          [testid('annual-cost'), before],
        );
        assert.doesNotMatch(await page.locator('main').innerText(), /NaN|Infinity|undefined/);

        await unblock();
        await alert.getByRole('button', { name: 'Prøv igen' }).press('Enter');
        await page.locator('.below h2').first().waitFor();
        await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
        assert.ok((await page.locator('.below h2').count()) >= 5, 'every section is added');
        assert.equal(await alert.count(), 0);
        // The button is gone; focus is on the sections, not lost to <body>.
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'below');
      },
      { block: BELOW },
    );
  });
});

describe('English', () => {
  it('is fetched when the language switch asks for it', async () => {
    await withPage('', async ({ page, requested }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      // A click without the pointer resting on the switch first (no prefetch).
      await page.$eval(testid('lang-switch'), (button) => button.click());
      await waitForHtmlLang(page, 'en');
      assert.equal(await page.locator('h1').first().textContent(), 'Caseload calculator');
      assert.equal(fetched(requested, ENGLISH), 1);
    });
  });

  it('is fetched ahead when the pointer rests on the language switch, so the click is answered at once', async () => {
    await withPage('', async ({ page, requested }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      await page.hover(testid('lang-switch'));
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /\/lazy-english-[0-9a-f]{16}\.wasm$/.test(e.name)),
      );
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'da', 'hovering does not switch');
      await page.click(testid('lang-switch'));
      await waitForHtmlLang(page, 'en');
      assert.equal(fetched(requested, ENGLISH), 1);
    });
  });

  it('is waited for by a page that starts in English, which never shows Danish', async () => {
    await withPage('?lang=en', async ({ page, requested }) => {
      assert.equal(await page.locator('h1').first().textContent(), 'Caseload calculator');
      assert.match(await page.locator('#shell .intro').textContent(), /^What does a lower caseload/);
      assert.equal(fetched(requested, ENGLISH), 1);
    });
  });

  it('that cannot be fetched at start leaves the page in Danish, with the numbers of the link read right', async () => {
    await withPage(
      '?lang=en&v=2&g1.headcount=1250',
      async ({ page }) => {
        await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
        assert.equal(await page.locator('h1').first().textContent(), 'Sagsstamme-beregneren');
        // Shown in the Danish convention (English would show 1,250).
        assert.equal(await page.inputValue('#field-headcount-1'), '1.250');
        assert.match(await page.locator('.lang-failed [lang="en"]').textContent(), /^The English version could not be fetched/);
      },
      { block: ENGLISH },
    );
  });

  it('that does not arrive within 4 seconds leaves a page that starts in English in Danish, not blank', async () => {
    await withPage(
      '?lang=en',
      async ({ page }) => {
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
        assert.equal(await page.locator('h1').first().textContent(), 'Sagsstamme-beregneren');
        assert.match(await page.locator('.lang-failed [lang="en"]').textContent(), /^The English version could not be fetched/);
      },
      { hang: ENGLISH },
    );
  });

  it('that cannot be fetched leaves the page in Danish and says so by the switch', async () => {
    await withPage(
      '',
      async ({ page, unblock }) => {
        await page.click(testid('lang-switch'));
        const status = page.locator('.lang-failed');
        await page.waitForFunction(() => document.querySelector('.lang-failed')?.textContent !== '');
        assert.match(await status.textContent(), /engelske udgave kunne ikke hentes/);
        // Also in English, for whoever asked for it.
        assert.match(await status.locator('[lang="en"]').textContent(), /^The English version could not be fetched/);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
        await assertNoViolations(page, 'English could not be fetched');

        await unblock();
        await page.click(testid('lang-switch'));
        await waitForHtmlLang(page, 'en');
        assert.equal(await status.textContent(), '');
      },
      { block: ENGLISH },
    );
  });
});

describe('the examples', () => {
  const loadedLine = `${testid('preset-info')} .preset-loaded`;

  it('are not fetched until one is clicked, then once', async () => {
    await withPage('', async ({ page, requested }) => {
      await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
      assert.equal(fetched(requested, PRESETS), 0);
      await page.click(testid('preset-kk-bi08-2023'));
      await page.locator(loadedLine).filter({ hasText: 'København BI08' }).waitFor();
      await page.click(testid('preset-ds-hjoerring'));
      await page.locator(loadedLine).filter({ hasText: 'Hjørring' }).waitFor();
      assert.equal(fetched(requested, PRESETS), 1);
    });
  });

  it('are waited for by a link that names one, which then loads as before', async () => {
    await withPage('?preset=kk-bi08-2023', async ({ page, requested }) => {
      await page.locator(loadedLine).filter({ hasText: 'København BI08' }).waitFor();
      assert.equal(await page.locator(testid('group')).count(), 4);
      assert.equal(await page.locator(testid('url-notices')).count(), 0);
      assert.equal(fetched(requested, PRESETS), 1);
    });
  });

  it('being fetched, the clicked button is busy and the picker says so', async () => {
    await withPage(
      '',
      async ({ page }) => {
        await page.click(testid('preset-kk-bi08-2023'));
        await page.locator(testid('example-fetching')).waitFor();
        assert.equal(await page.getAttribute(testid('preset-kk-bi08-2023'), 'aria-busy'), 'true');
        assert.equal(await page.getAttribute(testid('preset-ds-hjoerring'), 'aria-busy'), null);
      },
      { hang: PRESETS },
    );
  });

  it('that cannot be fetched on a click say so, keep the form, and can be tried again', async () => {
    await withPage(
      '',
      async ({ page, unblock }) => {
        await page.click(testid('preset-kk-bi08-2023'));
        const alert = page.locator(testid('example-failed'));
        await alert.waitFor();
        assert.match(await alert.textContent(), /Eksemplet kunne ikke hentes/);
        assert.equal(await page.getAttribute(testid('preset-kk-bi08-2023'), 'aria-busy'), null);
        assert.equal(await page.locator(testid('group')).count(), 1, 'the form is as it was');
        await assertNoViolations(page, 'an example could not be fetched');

        await unblock();
        await alert.getByRole('button', { name: 'Prøv igen' }).click();
        await page.locator(loadedLine).filter({ hasText: 'København BI08' }).waitFor();
        assert.equal(await page.locator(testid('group')).count(), 4);
        assert.equal(await alert.count(), 0);
      },
      { block: PRESETS },
    );
  });

  it('that cannot be fetched at start leave the page working, not an unknown example, and can be tried again', async () => {
    await withPage(
      '?preset=kk-bi08-2023',
      async ({ page, unblock }) => {
        const alert = page.locator(testid('example-failed'));
        await alert.waitFor();
        assert.match(await alert.textContent(), /Eksemplet kunne ikke hentes/);
        assert.equal(await page.locator(testid('url-notices')).count(), 0, 'not "ukendt eksempel"');
        assert.doesNotMatch(await page.locator('main').innerText(), /NaN|Infinity|undefined/);

        await unblock();
        await alert.getByRole('button', { name: 'Prøv igen' }).click();
        await page.locator(loadedLine).filter({ hasText: 'København BI08' }).waitFor();
        assert.equal(await page.locator(testid('group')).count(), 4);
      },
      { block: PRESETS },
    );
  });
});
