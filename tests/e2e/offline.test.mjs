// Offline use and updates (docs/offline.md): the service worker sw.js that
// release builds carry. A page visited once works offline after a reload,
// with the sections below the key figures and English; a new release
// replaces the old one on the next online visit, cache and all; an embedded
// calculator does not register; without service workers nothing changes.
// Every page here is served with the recommended hosting headers, so all of
// it holds under the strict CSP.
//
//   node --test tests/e2e/offline.test.mjs

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { precacheList, writeServiceWorker } from '../../scripts/service-worker.mjs';
import { chromium } from 'playwright-core';

import { CHROMIUM, launchBrowser, testid, typeInto, waitForHtmlLang, waitForValue, TIMEOUT } from './browser.mjs';
import { HOSTING_HEADERS } from './headers.mjs';
import { DEFAULT_ROOT, startServer } from './server.mjs';

let browser;
let tmp;

before(async () => {
  browser = await launchBrowser();
  tmp = mkdtempSync(path.join(tmpdir(), 'offline-test-'));
});

after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The release name written into a build's sw.js (the cache is `sagsstamme-<name>`). */
function releaseOf(dir) {
  const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const name = sw.match(/const RELEASE = \{ "name": "([0-9a-f]{16})"/)?.[1];
  assert.ok(name, 'sw.js names its release');
  return name;
}

/**
 * A server for `root` with the hosting headers that records the paths asked
 * for, and a fresh browser context with a page that records console errors
 * and CSP violations. `fn` gets them all; everything is closed afterwards.
 */
async function withSite(root, fn, contextOptions = {}) {
  const requests = [];
  const server = await startServer({ root, headers: HOSTING_HEADERS, onRequest: (p) => requests.push(p) });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  try {
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
      });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = [];
    page.on('console', (msg) => {
      // Chromium asks for /favicon.ico by itself (see browser.mjs); offline
      // it fails like any request the worker does not answer.
      if (msg.type() === 'error' && !/\/favicon\.ico$/.test(msg.location()?.url ?? '')) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await fn({ server, context, page, requests, errors });
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
    assert.deepEqual(errors, [], 'console errors');
  } finally {
    await context.close();
    await server.close();
  }
}

/** Waits for a computed figure and for every section below the key figures. */
async function waitForPage(page) {
  await waitForValue(page, 'annual-cost', (v) => v !== null && Number.isFinite(Number(v)));
  await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
}

/** Waits until a service worker controls the page (it has precached everything by then). */
const waitForController = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** Waits until the page's cache names equal `expected` (a worker activating drops the old ones). */
async function waitForCaches(page, expected) {
  const deadline = Date.now() + TIMEOUT;
  let keys;
  for (;;) {
    keys = await page.evaluate(() => caches.keys());
    if (JSON.stringify(keys) === JSON.stringify(expected)) return;
    if (Date.now() > deadline) throw new Error(`caches are ${JSON.stringify(keys)}, not ${JSON.stringify(expected)}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until `check()` is true. */
async function until(what, check) {
  const deadline = Date.now() + TIMEOUT;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The checks of a page that works: it computes, has the sections below and switches to English. */
async function assertWorks(page) {
  await waitForPage(page);
  assert.ok((await page.locator('.below h2').count()) >= 5, 'the sections below are on the page');
  assert.equal(await page.locator('.below [role="alert"]').count(), 0, 'no "could not be fetched" notice');
  const before = await page.getAttribute(testid('annual-cost'), 'data-value');
  await typeInto(page, 'field-target-1', '40');
  await waitForValue(page, 'annual-cost', (v) => v !== null && v !== before);
  await page.click(testid('lang-switch'));
  await waitForHtmlLang(page, 'en');
  assert.equal(await page.locator('h1').first().textContent(), 'Caseload calculator');
  assert.equal(await page.locator('.lang-failed').textContent(), '', 'no "English could not be fetched" notice');
}

describe('offline', () => {
  it('a page visited once reloads offline: it computes, the sections below and English load', async () => {
    const release = releaseOf(DEFAULT_ROOT);
    await withSite(DEFAULT_ROOT, async ({ context, page, server, requests }) => {
      await page.goto(`${server.url}/`);
      await waitForPage(page);
      await waitForController(page);
      await waitForCaches(page, [`sagsstamme-${release}`]);
      // The cache holds exactly the build's list, index.html as the root.
      const cached = await page.evaluate(async (name) => {
        const keys = await (await caches.open(name)).keys();
        return keys.map((r) => new URL(r.url).pathname).sort();
      }, `sagsstamme-${release}`);
      const expected = precacheList(DEFAULT_ROOT).map((n) => (n === 'index.html' ? '/' : `/${n}`)).sort();
      assert.deepEqual(cached, expected);
      assert.ok(cached.some((p) => /^\/lazy-english-/.test(p)) && cached.some((p) => /^\/lazy-below-/.test(p)), 'both chunks are precached');

      await context.setOffline(true);
      requests.length = 0;
      const response = await page.reload();
      assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
      // The cached page keeps its headers: offline it runs under the same CSP.
      assert.equal(response.headers()['content-security-policy'], HOSTING_HEADERS['Content-Security-Policy']);
      await assertWorks(page);
      // An embedded calculator on the same site works offline too.
      await page.goto(`${server.url}/?embed=1&sections=inputs,results,budget`);
      await waitForPage(page);
      assert.deepEqual(requests, [], 'nothing reached the server while offline');
    });
  });

  it('a new release replaces the old one on the next online visit, and the old cache is dropped', async () => {
    // Release B: the stylesheet changed (a new hashed name), as a host would
    // deploy it: release A's stylesheet is gone, index.html names B's, and
    // sw.js is written by the build's own code (scripts/service-worker.mjs).
    const a = DEFAULT_ROOT;
    const b = path.join(tmp, 'release-b');
    cpSync(a, b, { recursive: true });
    const oldCss = readdirSync(b).find((n) => /^main-[0-9a-f]{16}\.css$/.test(n));
    const css = `${readFileSync(path.join(b, oldCss), 'utf8')}:root{--release:"b"}\n`;
    const newCss = `main-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    writeFileSync(path.join(b, newCss), css);
    let html = readFileSync(path.join(b, 'index.html'), 'utf8');
    html = html.replaceAll(oldCss, newCss).replaceAll(sri(readFileSync(path.join(b, oldCss))), sri(css));
    writeFileSync(path.join(b, 'index.html'), html);
    for (const stale of [oldCss, 'index.html', 'sw.js']) {
      for (const ext of ['', '.br', '.gz']) {
        if (ext || stale === oldCss) rmSync(path.join(b, stale + ext), { force: true });
      }
    }
    writeServiceWorker(b);
    const [releaseA, releaseB] = [releaseOf(a), releaseOf(b)];
    assert.notEqual(releaseA, releaseB);
    const releaseOfPage = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--release'));

    await withSite(a, async ({ context, page, server, requests }) => {
      await page.goto(`${server.url}/`);
      await waitForPage(page);
      await waitForController(page);
      await waitForCaches(page, [`sagsstamme-${releaseA}`]);

      // A deploy that uploads sw.js before the rest: release B's worker finds
      // files that are not B's, does not install, and A stays whole.
      const halfway = path.join(tmp, 'halfway');
      cpSync(a, halfway, { recursive: true });
      for (const ext of ['', '.br', '.gz']) rmSync(path.join(halfway, `sw.js${ext}`), { force: true });
      cpSync(path.join(b, 'sw.js'), path.join(halfway, 'sw.js'));
      await server.setRoot(halfway);
      // Only release B's worker asks for B's stylesheet: it tried to install.
      requests.length = 0;
      await page.reload();
      await waitForPage(page);
      await until('release B\'s worker to ask for its files', () => requests.includes(`/${newCss}`));
      // (waitForFunction would take the promise of an async check as true.)
      const installing = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).installing);
      for (let deadline = Date.now() + TIMEOUT; await installing();) {
        assert.ok(Date.now() < deadline, 'release B\'s worker is still installing');
        await page.waitForTimeout(100);
      }
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting), null, 'release B\'s worker did not install');
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`sagsstamme-${releaseA}`]);
      assert.equal(await releaseOfPage(page), '', 'still release A');

      await server.setRoot(b);
      await page.reload();
      await waitForPage(page);
      assert.equal(await releaseOfPage(page), '"b"', 'the visit after the release gets it');
      await waitForCaches(page, [`sagsstamme-${releaseB}`]);
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

      // Offline it is release B throughout, from B's cache.
      await context.setOffline(true);
      await page.reload();
      assert.equal(await releaseOfPage(page), '"b"');
      await assertWorks(page);
    });
  });

  it('an embedded calculator does not register a service worker', async () => {
    await withSite(DEFAULT_ROOT, async ({ page, server, requests }) => {
      await page.goto(`${server.url}/?embed=1`);
      await waitForPage(page);
      await page.waitForLoadState('load');
      // The registration would run at load, right after the app started.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
      assert.ok(!requests.includes('/sw.js'), 'sw.js was not asked for');
    });
  });

  it('without service workers the page works as before', async () => {
    await withSite(DEFAULT_ROOT, async ({ page, server }) => {
      await page.goto(`${server.url}/`);
      await assertWorks(page);
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
    }, { serviceWorkers: 'block' });
    // And offline there is no page: what the worker adds (and a check that
    // going offline here really cuts the page off).
    const server = await startServer({ headers: HOSTING_HEADERS });
    const context = await browser.newContext({ serviceWorkers: 'block', offline: true });
    try {
      await assert.rejects((await context.newPage()).goto(`${server.url}/`), /ERR_INTERNET_DISCONNECTED/);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('can be installed: Chromium finds the manifest and reports no installability error', async () => {
    // Installing needs a profile on disk (a fresh context is incognito,
    // which Chromium names as the only error).
    const server = await startServer({ headers: HOSTING_HEADERS });
    const profile = mkdtempSync(path.join(tmp, 'profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(`${server.url}/`);
      await waitForPage(page);
      await waitForController(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.equal(new URL(manifest.url).pathname, '/manifest.webmanifest');
      assert.deepEqual(manifest.errors, []);
      assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
