// Browser helpers for the end-to-end tests: one headless Chromium per test
// file, one fresh page (context) per test.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

import { startServer } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches the system Chromium headless (never downloads a browser). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Per-wait timeout: generous for a cold wasm start on a busy 2-core box. */
export const TIMEOUT = 15_000;

// The default cost per staff year the page computes with (src/model/form.rs,
// price.rs): DS's average salary with pension 2022, 20 % overhead, brought to
// the default price level 2027 with the state wage index (2023 2.0 %, 2024
// 5.2 %, 2025 3.2 %, then 3.2 % a year assumed).
export const WAGE_FACTOR_2022_2027 = 1.02 * 1.052 * 1.032 * 1.032 * 1.032;
/** The cost per staff year for a salary typed into the default form. */
export const costForSalary = (salary) => salary * 1.2 * WAGE_FACTOR_2022_2027;
export const DEFAULT_COST_PER_STAFF_YEAR = costForSalary(482_946);
// A benefit rate said to be for 2024 is brought to 2027 p/l with the rate
// regulation (3.6 % in 2025, the same assumed for 2026 and 2027).
export const RATE_FACTOR_2024_2027 = 1.036 * 1.036 * 1.036;

/**
 * Opens the app in a fresh context and waits for the first results.
 *
 * The returned object has `page`, `context` and arrays that fill up while the
 * page lives: `consoleErrors` (console.error and page errors, as text; the
 * browser's own favicon 404 is left out), `foreignRequests` (URLs of any
 * request not to 127.0.0.1) and `failedResponses` ("404 http://…" for every
 * response with status ≥ 400, favicon included). Call `close()` when done.
 * Options: `viewport`, `initScript` (a function run before the page's scripts).
 */
export async function openApp(browser, baseUrl, query = '', { viewport, initScript, hasTouch } = {}) {
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1280, height: 900 },
    // A touch screen: taps fire pointer events of type 'touch'.
    hasTouch: hasTouch ?? false,
  });
  // Runs before the page's own scripts in every document of the context.
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const consoleErrors = [];
  const foreignRequests = [];
  const failedResponses = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium asks for /favicon.ico by itself and logs its 404 as a console
    // error at an unpredictable moment; it is checked on its own (see
    // failedResponses) so it cannot make unrelated tests flaky.
    // (Playwright reports no response event for that request.)
    if (isFavicon(msg.location()?.url)) {
      failedResponses.push(`${msg.text()} ${msg.location().url}`);
      return;
    }
    consoleErrors.push(`console.error: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failedResponses.push(`${res.status()} ${res.url()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    try {
      if (new URL(url).hostname !== '127.0.0.1') foreignRequests.push(url);
    } catch {
      foreignRequests.push(url);
    }
  });
  await page.goto(`${baseUrl}/${query}`);
  await page.waitForSelector('[data-testid="annual-cost"]', { state: 'attached' });
  // The sections below the results are added after the first render, one
  // per task; their wrapper is aria-busy until the last one is in.
  await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
  return {
    page,
    context,
    consoleErrors,
    foreignRequests,
    failedResponses,
    close: () => context.close(),
  };
}

function isFavicon(url) {
  try {
    return new URL(url).pathname === '/favicon.ico';
  } catch {
    return false;
  }
}

/** The `data-value` attribute of `[data-testid=testid]`, or null when absent. */
export function value(page, testid) {
  return page.locator(`[data-testid="${testid}"]`).first().getAttribute('data-value');
}

/** `data-value` as a number (NaN when absent), for numeric comparisons. */
export async function numericValue(page, testid) {
  const v = await value(page, testid);
  return v === null ? NaN : Number(v);
}

/**
 * Waits until `[data-testid=testid]`'s data-value satisfies `predicate`
 * (called in Node with the string or null), then returns that value.
 */
export async function waitForValue(page, testid, predicate, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await value(page, testid);
    if (predicate(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`data-value of ${testid} never matched; last value: ${JSON.stringify(last)}`);
    }
    // Yield to the page for one frame; no fixed sleeps.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

/** Replaces the text of input `#id` the way a user would (select all, type). */
export async function typeInto(page, id, text) {
  const input = page.locator(`#${id}`);
  await input.fill('');
  await input.pressSequentially(text);
}

/** Waits until an element's text includes `text`, and returns the text. */
export async function waitForText(page, selector, text) {
  try {
    await page.waitForFunction(
      ([sel, t]) => document.querySelector(sel)?.textContent.includes(t),
      [selector, text],
    );
  } catch (e) {
    const got = await page.locator(selector).first().innerText().catch(() => '(missing)');
    throw new Error(`${selector} should include ${JSON.stringify(text)}, reads ${JSON.stringify(got)}`);
  }
  return page.locator(selector).first().innerText();
}

/**
 * Opens another page of the app in an existing browser context, which
 * shares its storage with the context's other pages (a second tab). Waits
 * for the key figures, and with `below` also for the sections below.
 * Returns the page and the console errors it logs.
 */
export async function openPageIn(context, baseUrl, query, { below = false } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !isFavicon(m.location()?.url)) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${baseUrl}/${query}`);
  await page.waitForSelector(testid('annual-cost'), { state: 'attached' });
  if (below) await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
  return { page, consoleErrors };
}

/**
 * Waits until the last change has reached every section: the figures update
 * at once, the tables, charts and explanation after the next paint (an
 * animation frame, then a task; see AppState::painted).
 */
export function settle(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const task = () => new Promise((r) => setTimeout(r, 0));
    await frame();
    await task();
    await task();
    await frame();
  });
}

/** Waits for `document.documentElement.lang` to equal `lang`. */
export function waitForHtmlLang(page, lang) {
  return page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The selector of `[data-testid=id]`. */
export const testid = (id) => `[data-testid="${id}"]`;

/**
 * Starts one static server (on the release build) and one browser for the
 * calling test file, and closes them after its tests. Returns an object whose
 * `server` and `browser` are set once the `before` hook has run, and whose
 * `withApp(query, fn, options)` opens the app (see `openApp`), runs
 * `fn(app)` and always closes it; with `noConsoleErrors`, a test also fails
 * on any console error.
 */
export function useServerAndBrowser({ noConsoleErrors = false } = {}) {
  const ctx = { server: undefined, browser: undefined };
  before(async () => {
    ctx.server = await startServer();
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  ctx.withApp = async (query, fn, options) => {
    const app = await openApp(ctx.browser, ctx.server.url, query, options);
    try {
      await fn(app);
      if (noConsoleErrors) assert.deepEqual(app.consoleErrors, [], 'console errors');
    } finally {
      await app.close();
    }
  };
  return ctx;
}
