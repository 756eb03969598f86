// The release build works with the hosting headers the README recommends
// (headers.mjs), above all the strict Content-Security-Policy: no inline
// scripts or styles, no eval, only 'wasm-unsafe-eval' to compile the wasm.
// Any violation fails the test.
//
//   node --test tests/e2e/csp.test.mjs

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { startServer } from './server.mjs';
import { CSP, HOSTING_HEADERS } from './headers.mjs';
import { launchBrowser, value, typeInto, waitForValue, TIMEOUT } from './browser.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ headers: HOSTING_HEADERS });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the app with a recorder of `securitypolicyviolation` events installed
 * before any of the page's own scripts run (init scripts are not subject to
 * the page's policy). Violations are read back with `violations(page)`; when
 * the app never starts, the error lists them.
 */
async function openWithRecorder(query = '') {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  await page.goto(`${server.url}/${query}`);
  try {
    await page.waitForSelector('[data-testid="annual-cost"][data-value]', { state: 'attached', timeout: TIMEOUT });
  } catch (e) {
    const seen = await violations(page).catch(() => []);
    await context.close();
    throw new Error(`the app did not start under the CSP; violations: ${JSON.stringify(seen)}; console: ${JSON.stringify(consoleErrors)}`, { cause: e });
  }
  return { page, consoleErrors, close: () => context.close() };
}

const violations = (page) => page.evaluate(() => window.__cspViolations);
/** Console messages that are the browser's own CSP reports. */
const cspConsoleErrors = (errors) => errors.filter((e) => /Content Security Policy|Refused to/i.test(e));

describe('strict Content-Security-Policy', () => {
  it('is sent with the page, and the README recommends exactly these headers', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.headers.get('content-security-policy'), CSP);
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(HOSTING_HEADERS)) {
      assert.ok(readme.includes(`${name}: ${value}`), `README lacks "${name}: ${value}"`);
    }
  });

  it('computes results with no violation and no console error', async () => {
    const app = await openWithRecorder('?headcount=5000&current=70&target=50&cost=396900');
    try {
      const { page, consoleErrors } = app;
      const cost = Number(await value(page, 'annual-cost'));
      assert.ok(Math.abs(cost - 11_340_000) < 1e-6, `annual-cost ${cost}`);
      // Interact with the parts that render later or on demand.
      await typeInto(page, 'field-cost', '400.000');
      await waitForValue(page, 'annual-cost', (v) => v !== null && Math.abs(Number(v) - 11_428_571.43) < 1);
      await page.locator('[data-testid="add-group"]').click();
      await page.locator('[data-testid="lang-switch"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await violations(page), [], 'securitypolicyviolation events');
      assert.deepEqual(cspConsoleErrors(consoleErrors), [], 'CSP errors in the console');
      assert.deepEqual(consoleErrors, [], 'console errors');
    } finally {
      await app.close();
    }
  });

  it('is in force: an inline script is blocked and reported (the recorder works)', async () => {
    const app = await openWithRecorder();
    try {
      const { page } = app;
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
      });
      await page.waitForFunction(() => window.__cspViolations.length > 0);
      assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'inline script ran');
      assert.match((await violations(page)).join('\n'), /script-src/);
    } finally {
      await app.close();
    }
  });

  it('loads no inline script and only scripts whose integrity matches their bytes', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    assert.ok(scripts.length > 0, 'no script in index.html');
    for (const tag of scripts) {
      assert.match(tag, /\bsrc=/, `inline script: ${tag.slice(0, 80)}`);
    }
    const withIntegrity = [...html.matchAll(/<(?:script|link)\b[^>]*\bintegrity="?([^"\s>]+)[^>]*>/g)];
    // The loader, the JS glue, the wasm and the stylesheet at least.
    assert.ok(withIntegrity.length >= 4, `only ${withIntegrity.length} integrity attributes`);
    for (const [tag, integrity] of withIntegrity) {
      const url = tag.match(/\b(?:src|href)="?([^"\s>]+)/)[1];
      const bytes = Buffer.from(await (await fetch(new URL(url, server.url))).arrayBuffer());
      const actual = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      assert.equal(actual, integrity, `integrity of ${url}`);
    }
  });
});
