// Smoke test of the README's run command, `bash scripts/serve.sh`: what a
// visitor runs first must serve a page that computes. scripts/test.sh runs
// it last (so CI does); on its own: `node tests/serve-smoke.mjs`.
//
//  1. starts `bash scripts/serve.sh --port <free port>` in its own process
//     group, as a visitor would (setup, release build, `trunk serve`);
//  2. waits for the page, opens it in headless Chromium and waits for the
//     annual cost of the default scenario to be computed, with no console
//     error, no CSP violation and the hosting headers the README recommends;
//  3. adds a file to a watched folder and waits for Trunk to finish another
//     build ("rebuilds on change"), then checks the page still computes;
//  4. stops the whole process group, also when a step fails.
//
// Env: SMOKE_TIMEOUT_S (default 1800: the first build on a fresh machine),
// CHROMIUM_PATH.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './e2e/browser.mjs';
import { HOSTING_HEADERS } from './e2e/headers.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_S ?? 1800) * 1000;
const LOG = path.join(REPO, 'target', 'serve-smoke.log');
/** Trunk prints this after every build that reached dist/. */
const BUILD_DONE = /success/;

const log = (...a) => console.log('serve-smoke:', ...a);

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, check, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
mkdirSync(path.dirname(LOG), { recursive: true });
rmSync(LOG, { force: true });
const out = createWriteStream(LOG);
let output = '';
// detached: its own process group, so trunk and cargo stop with it.
const serve = spawn('bash', ['scripts/serve.sh', '--port', String(port)], {
  cwd: REPO,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [serve.stdout, serve.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    out.write(chunk);
  });
}
let exited = null;
serve.on('exit', (code, signal) => {
  exited = { code, signal };
});
const builds = () => (output.match(new RegExp(BUILD_DONE, 'g')) ?? []).length;
const stop = () => {
  try {
    process.kill(-serve.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

const marker = path.join(REPO, 'style', `serve-smoke-${process.pid}.txt`);
let browser;
const started = Date.now();
try {
  log(`bash scripts/serve.sh --port ${port} (log: ${path.relative(REPO, LOG)})`);
  await until(
    'the first build to be served',
    async () => {
      if (exited) throw new Error(`scripts/serve.sh exited (${JSON.stringify(exited)}) before serving`);
      if (builds() < 1) return false;
      const res = await fetch(`${base}/`).catch(() => null);
      return res?.ok;
    },
    TIMEOUT_MS,
  );
  log(`first build served after ${Math.round((Date.now() - started) / 1000)} s`);

  const res = await fetch(`${base}/`);
  const html = await res.text();
  assert.equal(res.status, 200);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script in the served page');
  for (const [name, value] of Object.entries(HOSTING_HEADERS)) {
    assert.equal(res.headers.get(name), value, `response header ${name}`);
  }

  browser = await launchBrowser();
  const computes = async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/`);
    const cost = page.locator('[data-testid="annual-cost"][data-value]');
    await cost.waitFor({ state: 'attached', timeout: 60_000 });
    // The default scenario: 1,000 full-year persons, caseload 70 → 50.
    const value = Number(await cost.getAttribute('data-value'));
    assert.ok(Number.isFinite(value) && value > 0, `annual cost ${value}`);
    const text = (await cost.textContent()).trim();
    assert.match(text, /\d/, 'the annual cost is shown');
    assert.deepEqual(problems, [], 'console errors (a CSP violation is one)');
    await page.close();
    return text;
  };
  log(`the page computes: annual cost "${await computes()}"`);

  const before = builds();
  writeFileSync(marker, 'serve-smoke\n');
  await until('a rebuild after a change', () => builds() > before, 10 * 60_000);
  await until('the rebuilt page', async () => (await fetch(`${base}/`).catch(() => null))?.ok, 60_000);
  log(`rebuilt on change; the page computes: "${await computes()}"`);
  log(`passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (err) {
  console.error(`serve-smoke: FAILED: ${err.message}\n--- last lines of ${LOG} ---`);
  console.error(output.split('\n').slice(-40).join('\n'));
  process.exitCode = 1;
} finally {
  rmSync(marker, { force: true });
  await browser?.close();
  stop();
  out.end();
}
