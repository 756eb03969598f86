// The first paint: before the wasm arrives, the full page already shows its
// title and intro (static HTML in index.html); embedded and English pages
// show none of it; when the app starts, its own header takes the place of
// the static one.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, useServerAndBrowser, TIMEOUT } from './browser.mjs';

const ctx = useServerAndBrowser();

/** Opens `query` with the wasm never arriving (its request is aborted). */
async function withoutWasm(query, fn) {
  const context = await ctx.browser.newContext({ viewport: { width: 412, height: 823 } });
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
  for (const [what, query, heading] of [
    ['Danish', '', 'Sagsstamme-beregneren'],
    ['English', '?lang=en', 'Caseload calculator'],
  ]) {
    it(`has replaced the static header with its own (${what})`, async () => {
      const app = await openApp(ctx.browser, ctx.server.url, query);
      try {
        assert.equal(await app.page.locator('#shell').count(), 0);
        assert.equal(await app.page.locator('header.page-header').count(), 1);
        assert.deepEqual(await app.page.locator('h1').allTextContents(), [heading]);
        assert.equal(await app.page.locator('[data-testid="lang-switch"]').count(), 1);
        assert.deepEqual(app.consoleErrors, []);
      } finally {
        await app.close();
      }
    });
  }
});
