// The first paint: before the wasm arrives, the full page already shows its
// title and intro (static HTML in index.html); embedded and English pages
// show none of it; when the app starts, it keeps the static header as its
// own (the same nodes: no second paint of the same text), shown in the
// page's language.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, useServerAndBrowser, TIMEOUT } from './browser.mjs';

const ctx = useServerAndBrowser();

/** Opens `query` with the wasm never arriving (its request is aborted). */
async function withoutWasm(query, fn, viewport = { width: 412, height: 823 }) {
  const context = await ctx.browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(`${ctx.server.url}/${query}`, { waitUntil: 'load' });
    await fn(page);
  } finally {
    await context.close();
  }
}

describe('before the app has started', () => {
  it('shows the title, the intro and the privacy note on the full page', async () => {
    await withoutWasm('', async (page) => {
      assert.equal(await page.locator('#shell h1').textContent(), 'Sagsstamme-beregneren');
      assert.equal(await page.locator('#shell h1').isVisible(), true);
      assert.match(await page.locator('#shell .intro').textContent(), /^Hvad koster en lavere sagsstamme/);
      assert.equal(await page.locator('#shell .privacy').isVisible(), true);
    });
  });

  for (const [what, query] of [
    ['an embedded page', '?embed=1'],
    ['an embedded page with more options', '?headcount=300&embed=1&sections=results'],
    ['an English page', '?lang=en'],
  ]) {
    it(`shows no Danish header on ${what}`, async () => {
      await withoutWasm(query, async (page) => {
        assert.equal(await page.locator('#shell').isVisible(), false);
      });
    });
  }
});

describe('once the app has started', () => {
  for (const [what, query, heading, skip] of [
    ['Danish', '', 'Sagsstamme-beregneren', 'Gå til resultatet'],
    ['English', '?lang=en', 'Caseload calculator', 'Skip to the results'],
  ]) {
    it(`keeps the static header as its own (${what})`, async () => {
      const app = await openApp(ctx.browser, ctx.server.url, query);
      try {
        const { page } = app;
        assert.equal(await page.locator('header.page-header').count(), 1);
        assert.equal(await page.locator('#shell').isVisible(), true);
        assert.deepEqual(await page.locator('h1').allTextContents(), [heading]);
        assert.equal(await page.locator('#shell .title-row [data-testid="lang-switch"]').count(), 1);
        assert.equal(await page.locator('.intro').count(), 1);
        assert.equal(await page.locator('#shell [data-testid="print-date"]').count(), 1);
        // The skip link is the first stop on the page and leads to the results.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
        assert.equal(await page.evaluate(() => document.activeElement.textContent), skip);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => location.hash), '#results');
        assert.deepEqual(app.consoleErrors, []);
      } finally {
        await app.close();
      }
    });
  }

  // The switch appears in a place the static header kept for it: nothing
  // the visitor is reading moves (no layout shift).
  for (const width of [320, 412, 1280]) {
    it(`moves nothing in the header when it starts, at ${width} px`, async () => {
      const viewport = { width, height: 823 };
      const boxes = (page) => page.evaluate(() => ['h1', '.intro', '.privacy'].map((sel) => {
        const r = document.querySelector(sel).getBoundingClientRect();
        return [sel, Math.round(r.top), Math.round(r.height)];
      }));
      let before;
      await withoutWasm('', async (page) => { before = await boxes(page); }, viewport);
      const app = await openApp(ctx.browser, ctx.server.url, '', { viewport });
      try {
        await app.page.locator('[data-testid="lang-switch"]').waitFor();
        assert.deepEqual(await boxes(app.page), before);
        assert.equal(await app.page.locator('.lang-slot').count(), 0, 'the placeholder is gone');
      } finally {
        await app.close();
      }
    });
  }

  it('drops the static header on an embedded page, keeping only a hidden heading', async () => {
    const app = await openApp(ctx.browser, ctx.server.url, '?embed=1');
    try {
      assert.equal(await app.page.locator('#shell').count(), 0);
      assert.deepEqual(await app.page.locator('h1').allTextContents(), ['Sagsstamme-beregneren']);
      assert.equal(await app.page.locator('h1').getAttribute('class'), 'sr-only');
      assert.deepEqual(app.consoleErrors, []);
    } finally {
      await app.close();
    }
  });
});
