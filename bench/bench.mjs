// The benchmark behind `bash scripts/bench.sh`: sizes, time to the first
// result, input latency and Lighthouse scores of the release build in dist/.
// Prints a markdown report and writes it to bench/out/bench.md (and the raw
// figures to bench/out/bench.json). A measurement, never a test: nothing here
// fails on a slow machine.
//
//   node bench/bench.mjs [--runs N] [--edits N] [--lighthouse-runs N] [--sizes-only]
//
// Beside the page's first load it prints the Leptos floor's (bench/floor/,
// built by scripts/floor.sh into bench/floor/dist/, or FLOOR_DIR): the same
// pipeline on a four-input Leptos page, so the budget reads as what the page
// adds to the framework. `--sizes-only` stops after the sizes (no browser).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, CHROMIUM } from '../tests/e2e/browser.mjs';
import { startServer, DEFAULT_ROOT } from '../tests/e2e/server.mjs';
import { HOSTING_HEADERS } from '../tests/e2e/headers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'out');
const DIST = DEFAULT_ROOT;
const FLOOR = process.env.FLOOR_DIR ?? path.join(HERE, 'floor', 'dist');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 7);
const EDITS = arg('edits', 200);
const LIGHTHOUSE_RUNS = arg('lighthouse-runs', 3);
const SIZES_ONLY = process.argv.includes('--sizes-only');

const RESULT = '[data-testid="annual-cost"]';

// Lighthouse's mobile preset ("Slow 4G", Moto G Power): 150 ms RTT,
// 1.6 Mbit/s (1,638.4 kbit/s) down, 750 kbit/s up, 4× CPU slowdown. CDP's
// latency is added once per request, not per round trip, so Lighthouse's own
// DevTools throttling applies 150 ms × 3.75 = 562.5 ms and 90 % of the
// throughput to stand for DNS, TCP and TLS round trips; both are measured.
const KBIT = 1024 / 8; // bytes per second in one kbit/s
const PROFILES = [
  { name: 'unthrottled', cpu: 1, network: null },
  {
    name: '4× CPU, 150 ms RTT, 1.6 Mbit/s',
    cpu: 4,
    network: { latency: 150, downloadThroughput: 1638.4 * KBIT, uploadThroughput: 750 * KBIT },
  },
  {
    name: '4× CPU, Lighthouse DevTools Slow 4G (562.5 ms, 1.47 Mbit/s)',
    cpu: 4,
    network: { latency: 562.5, downloadThroughput: 1474.56 * KBIT, uploadThroughput: 675 * KBIT },
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n, digits = 0) => `${n.toFixed(digits)} ms`;

// --- sizes -------------------------------------------------------------------

/** Bytes of each file a first visit loads, as shipped (the .gz/.br copies). */
function sizes(DIST) {
  const files = readdirSync(DIST);
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // What index.html references (loader, glue, wasm, css), in page order.
  const firstLoad = ['index.html'];
  for (const [, url] of html.matchAll(/\b(?:src|href)="?\/([^"\s>]+)/g)) {
    if (/\.(js|wasm|css)$/.test(url) && !firstLoad.includes(url)) firstLoad.push(url);
  }
  const size = (f) => (files.includes(f) ? statSync(path.join(DIST, f)).size : NaN);
  const rows = firstLoad.map((name) => ({
    name,
    raw: size(name),
    gzip: size(`${name}.gz`),
    brotli: size(`${name}.br`),
  }));
  const total = { name: 'first load', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  // The wasm chunks fetched after the first render or on demand
  // (scripts/split-wasm.mjs): not part of the first load.
  const chunks = files
    .filter((f) => /^lazy-.*\.wasm$/.test(f))
    .map((name) => ({ name, raw: size(name), gzip: size(`${name}.gz`), brotli: size(`${name}.br`) }));
  // Brotli bytes by kind of file, for the floor's comparison.
  const byKind = { html: 0, js: 0, wasm: 0, css: 0 };
  for (const r of rows) byKind[r.name.split('.').pop()] += r.brotli;
  return { rows, total, chunks, byKind };
}

/** The floor's sizes, or why there are none. */
function floorSizes() {
  try {
    statSync(path.join(FLOOR, 'index.html'));
  } catch {
    return { skipped: `no build in ${path.relative(process.cwd(), FLOOR)} (bash scripts/floor.sh builds it)` };
  }
  return sizes(FLOOR);
}

// --- page timings ------------------------------------------------------------

/**
 * Installed before the page's scripts: notes `performance.now()` (ms since
 * navigation started) when the first result's data-value appears.
 */
function recordFirstResult(selector) {
  // Tasks over 50 ms while the page starts (the Long Tasks API).
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (window.__firstResult === undefined && document.querySelector(selector)?.hasAttribute('data-value')) {
      window.__firstResult = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
}

async function withThrottledPage(browser, profile, fn) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

/** Navigation → first computed result, in a fresh context (cold cache). */
async function timeToFirstResult(browser, url, profile) {
  return withThrottledPage(browser, profile, async (page, context) => {
    await context.addInitScript(recordFirstResult, RESULT);
    const encodings = new Set();
    page.on('response', (r) => encodings.add(r.headers()['content-encoding'] ?? 'identity'));
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 120_000 });
    // Every section is in (see src/app/reveal.rs), then one more task.
    await page.waitForSelector('.below:not([aria-busy])', { state: 'attached', timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const t = await page.evaluate(() => window.__firstResult);
    const longTasks = await page.evaluate(() => window.__longTasks);
    return { ms: t, longTasks, encodings: [...encodings] };
  });
}

/**
 * In the page: `edits` times, puts a new headcount into the first group's
 * input, dispatches `input` and measures until the annual cost's data-value
 * has changed (a MutationObserver sees the attribute: the DOM is updated).
 * Each edit starts on a settled page, so none waits behind the work that
 * follows the previous edit's paint (that work is in "main-thread time per
 * edit").
 */
function measureEdits(edits) {
  const input = document.querySelector('input[id^="field-headcount-"]');
  const result = document.querySelector('[data-testid="annual-cost"]');
  const latencies = [];
  return new Promise((resolve) => {
    let t0 = 0;
    let i = 0;
    const next = () => {
      if (i === edits) {
        observer.disconnect();
        resolve(latencies);
        return;
      }
      // 1.001 … 1.200 thousand: every edit changes the cost.
      input.value = String(1001 + i++);
      t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const observer = new MutationObserver(() => {
      latencies.push(performance.now() - t0);
      // The next edit once the page has settled (what follows the next
      // paint is done too), as keystrokes at a typing pace would find it.
      requestAnimationFrame(() => setTimeout(() => setTimeout(() => requestAnimationFrame(() => setTimeout(next, 0)), 0), 0));
    });
    observer.observe(result, { attributes: true, attributeFilter: ['data-value'] });
    next();
  });
}

/**
 * Main-thread time per edit, everything included: the figures, the sections
 * drawn after the next paint (charts, explanation), the autosave, style,
 * layout and paint. Each edit waits until the page has settled (two frames
 * and a task), and CDP's cumulative TaskDuration is read before and after.
 */
async function workPerEdit(browser, url, profile, edits) {
  return withThrottledPage(browser, { ...profile, network: null }, async (page, context) => {
    await page.goto(url);
    await page.waitForSelector('.below:not([aria-busy])', { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const run = (n) =>
      page.evaluate(async (n) => {
        const input = document.querySelector('input[id^="field-headcount-"]');
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const task = () => new Promise((r) => setTimeout(r, 0));
        for (let i = 0; i < n; i++) {
          input.value = String(2001 + (i % 200));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await frame();
          await task();
          await frame();
          await task();
        }
      }, n);
    await run(20);
    const idle = await taskSeconds();
    // The same waits without edits: what the page costs when nothing changes.
    await page.evaluate(async (n) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const task = () => new Promise((r) => setTimeout(r, 0));
      for (let i = 0; i < n; i++) {
        await frame();
        await task();
        await frame();
        await task();
      }
    }, edits);
    const before = await taskSeconds();
    await run(edits);
    const after = await taskSeconds();
    return ((after - before) - (before - idle)) * 1000 / edits;
  });
}

async function inputLatency(browser, url, profile) {
  return withThrottledPage(browser, { ...profile, network: null }, async (page) => {
    await page.goto(url);
    await page.waitForSelector(`${RESULT}[data-value]`, { state: 'attached' });
    // Warm-up edits (first-call costs), not counted.
    await page.evaluate(measureEdits, 20);
    return page.evaluate(measureEdits, EDITS);
  });
}

// --- Lighthouse --------------------------------------------------------------

async function runLighthouse(url) {
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch {
    return { skipped: 'lighthouse is not installed (bash scripts/bench.sh installs it in bench/)' };
  }
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      // Default config: mobile form factor, simulated Slow 4G + 4× CPU.
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (result.lhr.runtimeError) {
        console.error(`bench: Lighthouse run failed: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      } else {
        runs.push(result.lhr);
      }
    } finally {
      await chrome.kill();
    }
  }
  if (runs.length === 0) return { skipped: 'every Lighthouse run failed (see the log)' };
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  const scores = Object.fromEntries(cats.map((c) => [c, median(runs.map((r) => Math.round(r.categories[c].score * 100)))]));
  const audit = (id) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
  const metrics = {
    'First Contentful Paint': audit('first-contentful-paint'),
    'Largest Contentful Paint': audit('largest-contentful-paint'),
    'Total Blocking Time': audit('total-blocking-time'),
    'Cumulative Layout Shift': audit('cumulative-layout-shift'),
    'Speed Index': audit('speed-index'),
  };
  // Anything that cost a point, from the last run, so it can be fixed.
  const last = runs.at(-1);
  const failing = cats.flatMap((c) =>
    last.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && last.audits[ref.id].score !== null && last.audits[ref.id].score < 1)
      .map((ref) => `${c}: ${ref.id} (${last.audits[ref.id].score})`),
  );
  return {
    version: last.lighthouseVersion,
    benchmarkIndex: median(runs.map((r) => r.environment.benchmarkIndex)),
    scores,
    metrics,
    failing,
    runs: runs.length,
  };
}

// --- report ------------------------------------------------------------------

function machine() {
  const cpu = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {}
  return {
    cpu: `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function report(r) {
  const lines = [];
  const m = r.machine;
  lines.push(`# Bench: ${r.date}`, '');
  lines.push(`Machine: ${m.cpu}, ${m.memory}, ${m.os}; ${m.chromium}, Node ${m.node}; load average at start ${m.load}` +
    (r.lighthouse?.benchmarkIndex ? `; Lighthouse benchmarkIndex ${Math.round(r.lighthouse.benchmarkIndex)}` : '') + '.', '');

  // The budgets of issue 6, side by side with what was measured.
  const p95 = r.inputLatency ? percentile(r.inputLatency[0].ms, 95) : undefined;
  const perf = r.lighthouse?.scores?.performance;
  const budget = (what, limit, measured, met) => `| ${what} | ${limit} | ${measured} | ${met ? 'yes' : '**no**'} |`;
  lines.push('## Budgets', '', '| budget | limit | measured | met |', '|---|---:|---:|---|');
  lines.push(budget('first load, brotli', '110,000 B', `${fmt(r.sizes.total.brotli)} B`, r.sizes.total.brotli <= 110_000));
  if (p95 !== undefined) lines.push(budget('input → result, p95 (unthrottled)', '2 ms', ms(p95, 2), p95 <= 2));
  if (perf !== undefined) lines.push(budget('Lighthouse mobile performance', '100', String(perf), perf >= 100));
  lines.push('');

  lines.push('## Size (bytes, as shipped: `.gz` = gzip -9, `.br` = brotli q11)', '');
  lines.push('| asset | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const a of r.sizes.rows) lines.push(`| ${a.name} | ${fmt(a.raw)} | ${fmt(a.gzip)} | ${fmt(a.brotli)} |`);
  const t = r.sizes.total;
  lines.push(`| **first load** | ${fmt(t.raw)} | ${fmt(t.gzip)} | **${fmt(t.brotli)}** |`);
  for (const a of r.sizes.chunks) lines.push(`| ${a.name} (later, not in the first load) | ${fmt(a.raw)} | ${fmt(a.gzip)} | ${fmt(a.brotli)} |`);
  lines.push('');

  lines.push('## The Leptos floor (first load, brotli bytes)', '');
  if (r.floor.skipped) {
    lines.push(`Skipped: ${r.floor.skipped}.`, '');
  } else {
    // bench/floor/: four number inputs, signals, memos, one computed output,
    // built by the same pipeline (scripts/floor.sh).
    const row = (what, s, ratio) => `| ${what} | ${fmt(s.byKind.html)} | ${fmt(s.byKind.js)} | ${fmt(s.byKind.wasm)} | ${fmt(s.byKind.css)} | ${fmt(s.total.brotli)} | ${ratio} |`;
    const ratio = r.sizes.total.brotli / r.floor.total.brotli;
    lines.push('| build | html | js | wasm | css | first load | ÷ floor |', '|---|---:|---:|---:|---:|---:|---:|');
    lines.push(row('this page', r.sizes, `**${ratio.toFixed(2)}**`));
    lines.push(row('Leptos floor (four inputs, `bench/floor/`)', r.floor, '1.00'));
    lines.push('', `The page adds ${fmt(r.sizes.total.brotli - r.floor.total.brotli)} bytes brotli to the framework's floor; the 110,000-byte budget is ${(110_000 / r.floor.total.brotli).toFixed(2)} floors.`, '');
  }

  if (!r.firstResult) return lines.join('\n');
  lines.push(`## Time from navigation to the first computed result (median of ${RUNS} cold loads, headless Chromium, 412 × 823)`, '');
  lines.push('| conditions | median | min | max | longest task while starting (median) | served as |', '|---|---:|---:|---:|---:|---|');
  for (const p of r.firstResult) {
    const longest = median(p.longTasks.map((t) => Math.max(0, ...t)));
    lines.push(`| ${p.profile} | ${ms(median(p.ms))} | ${ms(Math.min(...p.ms))} | ${ms(Math.max(...p.ms))} | ${longest ? ms(longest) : 'none over 50 ms'} | ${p.encodings.join(', ')} |`);
  }
  lines.push('');

  lines.push(`## Input → updated result (${EDITS} edits of a headcount, measured in the page: input event → data-value changed)`, '');
  lines.push('| CPU | median | p95 | max |', '|---|---:|---:|---:|');
  for (const p of r.inputLatency) {
    lines.push(`| ${p.profile} | ${ms(median(p.ms), 2)} | ${ms(percentile(p.ms, 95), 2)} | ${ms(Math.max(...p.ms), 2)} |`);
  }
  lines.push('');

  lines.push(`## Main-thread time per edit, everything included (${EDITS} edits, each left to settle: figures, charts and explanation after the next paint, autosave, style, layout, paint; CDP TaskDuration, minus the same waits without edits)`, '');
  lines.push('| CPU | per edit |', '|---|---:|');
  for (const p of r.work) lines.push(`| ${p.profile} | ${ms(p.ms, 2)} |`);
  lines.push('');

  lines.push('## Lighthouse (mobile, simulated Slow 4G and 4× CPU)', '');
  const lh = r.lighthouse;
  if (lh.skipped) {
    lines.push(`Skipped: ${lh.skipped}.`, '');
  } else {
    lines.push(`Lighthouse ${lh.version}, median of ${lh.runs} runs.`, '');
    lines.push('| performance | accessibility | best practices | SEO |', '|---:|---:|---:|---:|');
    const s = lh.scores;
    lines.push(`| ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`, '');
    lines.push('| metric | median |', '|---|---:|');
    for (const [k, v] of Object.entries(lh.metrics)) {
      lines.push(`| ${k} | ${k.includes('Layout') ? v.toFixed(3) : ms(v)} |`);
    }
    lines.push('');
    if (lh.failing.length) lines.push(`Audits below 1 (last run): ${lh.failing.join('; ')}.`, '');
  }
  return lines.join('\n');
}

// --- main --------------------------------------------------------------------

const started = Date.now();
const result = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', machine: machine() };
result.sizes = sizes(DIST);
result.floor = floorSizes();
if (SIZES_ONLY) {
  const md = report(result);
  console.log(md);
  process.exit(0);
}

// Served as a static host should: the README's hosting headers, precompressed files.
const server = await startServer({ headers: HOSTING_HEADERS });
const url = `${server.url}/`;
try {
  const browser = await launchBrowser();
  try {
    result.firstResult = [];
    for (const profile of PROFILES) {
      const runs = [];
      const longTasks = [];
      const encodings = new Set();
      for (let i = 0; i < RUNS; i++) {
        const r = await timeToFirstResult(browser, url, profile);
        runs.push(r.ms);
        longTasks.push(r.longTasks);
        r.encodings.forEach((e) => encodings.add(e));
      }
      result.firstResult.push({ profile: profile.name, ms: runs, longTasks, encodings: [...encodings] });
      console.error(`bench: first result, ${profile.name}: median ${median(runs).toFixed(0)} ms`);
    }
    result.inputLatency = [];
    for (const profile of [PROFILES[0], { ...PROFILES[1], name: '4× slowdown' }]) {
      const name = profile.cpu === 1 ? 'unthrottled' : profile.name;
      const latencies = await inputLatency(browser, url, profile);
      result.inputLatency.push({ profile: name, ms: latencies });
      console.error(`bench: input latency, ${name}: p95 ${percentile(latencies, 95).toFixed(2)} ms`);
    }
    result.work = [];
    for (const profile of [PROFILES[0], { ...PROFILES[1], name: '4× slowdown' }]) {
      const name = profile.cpu === 1 ? 'unthrottled' : profile.name;
      const perEdit = await workPerEdit(browser, url, profile, EDITS);
      result.work.push({ profile: name, ms: perEdit });
      console.error(`bench: main-thread time per edit, ${name}: ${perEdit.toFixed(2)} ms`);
    }
  } finally {
    await browser.close();
  }
  console.error('bench: Lighthouse…');
  result.lighthouse = await runLighthouse(url);
} finally {
  await server.close();
}

const md = report(result);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'bench.md'), md + '\n');
writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(result, null, 2) + '\n');
console.log(md);
console.error(`bench: done in ${Math.round((Date.now() - started) / 1000)} s; written to bench/out/bench.md`);
