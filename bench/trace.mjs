// What the page's start does on the main thread under 4× CPU throttling
// (issue 18): a Chromium performance trace of cold loads of the release
// build, served as the bench serves it (the recommended headers,
// precompressed files), and every task over 50 ms taken apart. A
// measurement, never a test.
//
//   node bench/trace.mjs [--runs N] [--cpu RATE] [--dist DIR]... [--save]
//
// With several `--dist`, the builds are loaded in turn (A, B, A, B, …), so a
// change can be compared side by side on a busy machine. `--save` keeps each
// raw trace in bench/out/ (open it in DevTools' Performance panel).
//
// How a task is taken apart: the trace's events on the page's main thread
// nest; each event's own time (minus what nests in it) goes to a kind
// (KINDS below). An init script marks the phases the trace cannot name: the
// glue's call to WebAssembly.instantiateStreaming or instantiate and when it
// resolves, `__wbindgen_start` (the Rust `main`: Leptos mounts the first
// screen), and each chunk's instantiation by the split loader.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer, DEFAULT_ROOT } from '../tests/e2e/server.mjs';
import { HOSTING_HEADERS } from '../tests/e2e/headers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'out');

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 7);
const CPU = arg('cpu', 4);
const SAVE = argv.includes('--save');
const DISTS = argv.flatMap((a, i) => (a === '--dist' ? [path.resolve(argv[i + 1])] : []));
if (DISTS.length === 0) DISTS.push(DEFAULT_ROOT);
/** The selector whose data-value means the first result is on screen, and the one that means the page is done. */
const RESULT = '[data-testid="annual-cost"]';
const DONE = process.env.TRACE_DONE ?? '.below:not([aria-busy])';

const LONG = 50; // ms: a long task, and what counts towards blocking time

const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'v8.wasm',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.wasm.detailed',
  // TRACE_PROFILE=1: V8's sampling profiler too (with --save, for DevTools).
  ...(process.env.TRACE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/**
 * The kind of main-thread work an event is. First match wins; `null` for
 * generic events (their own time is "script" or "other", and what nests in
 * them is classified by itself). Work nested in a classified event is that
 * event's kind (a function compiled inside a lazy wasm compile is wasm
 * compilation), except GC, which is GC wherever it happens.
 */
const KINDS = [
  ['GC', (n) => /^(MinorGC|MajorGC|V8\.GC_|BlinkGC|V8\.GC)/.test(n)],
  ['wasm: lazy compile (first calls)', (n) => n === 'wasm.CompileLazy'],
  ['wasm: streaming compile, instantiate', (n) => /^(wasm\.|v8\.wasm\.)/.test(n)],
  ['JS parse/compile', (n) => /^(v8\.(compile|parse|compileModule|produceCache|deserialize)|V8\.(Compile|Parse|PreParse))/.test(n)],
  ['style/layout', (n) => /^(UpdateLayoutTree|Layout|RecalculateStyles|ParseAuthorStyleSheet|HitTest|LayoutShift|IntersectionObserverController::computeIntersections|ResizeObserverController::DeliverObservations)$/.test(n)],
  ['paint', (n) => /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|PaintImage)$/.test(n)],
  ['HTML parse', (n) => n === 'ParseHTML' || n.startsWith('HTMLDocumentParser')],
];
const SCRIPT = /^(FunctionCall|EvaluateScript|v8\.(run|callFunction|evaluateModule|execute)|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|v8\.newInstance)$/;
const kindOf = (name) => KINDS.find(([, test]) => test(name))?.[0] ?? null;
const KIND_NAMES = [...KINDS.map(([k]) => k), 'script', 'other'];

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

// --- in the page --------------------------------------------------------------

/**
 * Installed before the page's scripts. Marks (performance.mark, seen in the
 * trace) around the wasm's compilation and instantiation and the Rust
 * `main`, and notes which API the glue used and with what content type.
 */
function instrument(resultSelector) {
  const W = WebAssembly;
  const mark = (name) => performance.mark(name);
  window.__wasm = { calls: [] };
  const wrapExports = (instance) => {
    if (!instance?.exports?.__wbindgen_start) return instance;
    // The exports object is frozen: a copy whose start function is wrapped.
    const copy = Object.create(null);
    for (const [k, v] of Object.entries(instance.exports)) copy[k] = v;
    copy.__wbindgen_start = (...args) => {
      mark('trace:main:start');
      try {
        return instance.exports.__wbindgen_start(...args);
      } finally {
        mark('trace:main:end');
      }
    };
    return { exports: copy };
  };
  const streaming = W.instantiateStreaming;
  W.instantiateStreaming = async (source, imports) => {
    const response = await source;
    const call = { api: 'instantiateStreaming', url: response.url, type: response.headers.get('content-type'), encoding: response.headers.get('content-encoding') };
    window.__wasm.calls.push(call);
    mark(`trace:instantiate:start:${call.url.split('/').pop()}`);
    const result = await streaming.call(W, response, imports);
    mark(`trace:instantiate:end:${call.url.split('/').pop()}`);
    return { module: result.module, instance: wrapExports(result.instance) };
  };
  const instantiate = W.instantiate;
  W.instantiate = async (source, imports) => {
    const bytes = source instanceof W.Module ? null : source.byteLength;
    const label = bytes === null ? 'module' : `${bytes}B`;
    window.__wasm.calls.push({ api: 'instantiate', bytes });
    mark(`trace:instantiate:start:${label}`);
    const result = await instantiate.call(W, source, imports);
    mark(`trace:instantiate:end:${label}`);
    if (result instanceof W.Instance) return wrapExports(result);
    return { module: result.module, instance: wrapExports(result.instance) };
  };
  const seen = () => {
    if (window.__firstResult === undefined && document.querySelector(resultSelector)?.hasAttribute('data-value')) {
      window.__firstResult = performance.now();
      mark('trace:first-result');
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
}

// --- one traced load ----------------------------------------------------------

async function traceLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(instrument, RESULT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    const responses = [];
    page.on('response', (r) => responses.push({ url: r.url(), type: r.headers()['content-type'], encoding: r.headers()['content-encoding'] }));
    await page.goto(url, { timeout: 120_000 });
    // Polled through CDP: Playwright's waitForSelector would evaluate its own
    // large script in the page, a long task of its own in the trace.
    const value = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    const deadline = Date.now() + 120_000;
    while (!(await value(`!!document.querySelector(${JSON.stringify(DONE)})`))) {
      if (Date.now() > deadline) throw new Error(`trace: ${DONE} did not appear`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // A second after the last section, for whatever the page does when it is done.
    await new Promise((r) => setTimeout(r, 1000));
    const wasm = await value('window.__wasm');
    await cdp.send('Tracing.end');
    await complete;
    return { events, wasm, responses };
  } finally {
    await context.close();
  }
}

// --- taking a trace apart -----------------------------------------------------

function analyse(events, pageUrl) {
  // The page's main thread: the renderer main thread whose navigationStart is for our URL.
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(pageUrl) && e.args.data.isLoadingMainFrame);
  if (!nav) throw new Error('trace: no navigationStart for the page');
  const { pid, tid } = nav;
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const main = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const marks = {};
  for (const e of events) {
    if (e.pid === pid && e.name?.startsWith('trace:') && e.cat?.includes('user_timing')) marks[e.name] ??= ms(e.ts);
  }

  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= t0);
  const complete = main.filter((e) => e.ph === 'X' && e.name !== 'RunTask' && e.dur !== undefined);
  const long = [];
  for (const task of tasks) {
    const dur = task.dur / 1000;
    if (dur <= LONG) continue;
    const end = task.ts + task.dur;
    const inside = complete.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end);
    // Own time per event: its duration minus its direct children's, to
    // its kind, or its nearest classified ancestor's.
    const own = {};
    for (const k of KIND_NAMES) own[k] = 0;
    const stack = [];
    const close = (upTo) => {
      while (stack.length && stack.at(-1).end <= upTo) {
        const s = stack.pop();
        own[s.kind] += (s.e.dur - s.children) / 1000;
      }
    };
    let covered = 0;
    for (const e of inside) {
      close(e.ts);
      const parent = stack.at(-1);
      if (parent) parent.children += e.dur;
      else covered += e.dur;
      const mine = kindOf(e.name);
      const inherited = parent && !['script', 'other'].includes(parent.kind) ? parent.kind : null;
      const kind = mine === 'GC' ? mine : inherited ?? mine ?? (SCRIPT.test(e.name) || parent?.kind === 'script' ? 'script' : 'other');
      stack.push({ e, end: e.ts + e.dur, children: 0, kind });
    }
    close(Infinity);
    own.other += Math.max(0, dur - covered / 1000);
    const s = ms(task.ts);
    const e = ms(end);
    const within = (name) => marks[name] !== undefined && marks[name] >= s && marks[name] <= e;
    const markNames = Object.keys(marks).filter(within);
    const names = new Set(inside.map((x) => x.name));
    const urls = [...new Set(inside.map((x) => x.args?.data?.url).filter(Boolean))].map((u) => u.split('/').pop());
    const navigation = names.has('DocumentLoader::CommitNavigation');
    const lazy = inside.filter((x) => x.name === 'wasm.CompileLazy').length;
    long.push({ start: s, dur, own, lazy, navigation, marks: markNames, names: [...names], urls, main: within('trace:main:start') || within('trace:main:end') ? mainSpan(marks, s, e) : 0 });
  }
  return { long, marks, firstResult: marks['trace:first-result'] };
}

/** The part of a task from `__wbindgen_start` to its return (Leptos' mount), clipped to the task. */
function mainSpan(marks, s, e) {
  const a = Math.max(s, marks['trace:main:start'] ?? s);
  const b = Math.min(e, marks['trace:main:end'] ?? e);
  return Math.max(0, b - a);
}

/** What a long task is, by when it runs and what it does: the same from run to run. */
function label(task, marks) {
  const after = (name) => marks[name] !== undefined && task.start >= marks[name];
  const chunkStart = Object.entries(marks).filter(([n]) => /^trace:instantiate:start:lazy-/.test(n)).map(([, t]) => t);
  const firstChunk = chunkStart.length ? Math.min(...chunkStart) : Infinity;
  const layout = task.own['style/layout'] + task.own.paint;
  if (task.navigation) return '1. navigation: the browser commits the document (not the page\'s code)';
  if (task.main) return '3. start: wasm instantiated, Rust main (Leptos mounts the first screen)';
  if (!after('trace:main:start')) return '2. before the wasm: the static header\'s first layout';
  if (task.start < firstChunk) return layout > task.dur / 2 ? '4. first screen: style, layout, paint' : '4b. after the mount, before the chunks';
  if (task.marks.some((m) => m.startsWith('trace:instantiate:end:lazy-'))) return '5. chunks instantiated';
  return layout > task.dur / 2 ? '7. sections below: style, layout, paint' : '6. sections below: one rendered per task';
}

// --- main ---------------------------------------------------------------------

const servers = await Promise.all(DISTS.map((root) => startServer({ root, headers: HOSTING_HEADERS })));
const results = DISTS.map(() => []);
try {
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (let d = 0; d < DISTS.length; d++) {
        const url = `${servers[d].url}/`;
        const { events, wasm, responses } = await traceLoad(browser, url);
        if (SAVE) {
          mkdirSync(OUT, { recursive: true });
          writeFileSync(path.join(OUT, `trace-${d}-${run}.json`), JSON.stringify({ traceEvents: events }));
        }
        const a = analyse(events, url);
        a.wasm = wasm;
        a.responses = responses.filter((r) => /\.wasm$/.test(r.url));
        a.long.forEach((t) => { t.label = label(t, a.marks); });
        results[d].push(a);
        const tbt = a.long.filter((t) => !t.navigation).reduce((s, t) => s + t.dur - LONG, 0);
        console.error(`trace: ${path.basename(DISTS[d])} run ${run + 1}: ${a.long.length} long tasks, blocking ${tbt.toFixed(0)} ms, first result ${a.firstResult?.toFixed(0)} ms`);
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}

// --- report -------------------------------------------------------------------

const lines = [];
for (let d = 0; d < DISTS.length; d++) {
  const runs = results[d];
  lines.push(`## ${DISTS[d]}: start under ${CPU}× CPU, median of ${runs.length} cold loads`, '');
  const first = runs[0];
  const streaming = first.wasm.calls.map((c) => `${c.api}${c.type ? ` (${c.type}, ${c.encoding ?? 'identity'})` : c.bytes ? ` (${f0(c.bytes)} bytes)` : ''}`);
  lines.push(`wasm loaded by: ${streaming.join('; ')}.`, '');
  const blocking = runs.map((r) => r.long.filter((t) => !t.navigation).reduce((s, t) => s + t.dur - LONG, 0));
  lines.push(`Blocking time (the part over ${LONG} ms of every task after the navigation's own, up to a second after the last section; Lighthouse's TBT counts the same between the first paint and the page going quiet): **${f0(median(blocking))} ms** (runs: ${blocking.map(f0).join(', ')}); first result at ${f0(median(runs.map((r) => r.firstResult)))} ms.`, '');
  // Per phase: each run's long tasks of that phase added up, then the
  // median over the runs (a run without such a task counts as 0).
  const labels = [...new Set(runs.flatMap((r) => r.long.map((t) => t.label)))].sort();
  const kinds = KIND_NAMES.filter((k) => runs.some((r) => r.long.some((t) => t.own[k] >= 1)));
  const sum = (ts, f) => ts.reduce((a, t) => a + f(t), 0);
  lines.push(`| long tasks (> ${LONG} ms) | count | duration | blocking | of it: mount (Rust main) | wasm functions compiled lazily | ${kinds.join(' | ')} |`);
  lines.push(`|---|---:|---:|---:|---:|---:|${kinds.map(() => '---:').join('|')}|`);
  for (const l of labels) {
    const per = runs.map((r) => r.long.filter((t) => t.label === l));
    const cell = (f) => f0(median(per.map((ts) => sum(ts, f))));
    lines.push(`| ${l} | ${cell(() => 1)} | ${cell((t) => t.dur)} | ${cell((t) => t.dur - LONG)} | ${cell((t) => t.main)} | ${cell((t) => t.lazy)} | ${kinds.map((k) => cell((t) => t.own[k])).join(' | ')} |`);
  }
  lines.push('');
  const m = (name) => f0(median(runs.map((r) => r.marks[name]).filter((x) => x !== undefined)));
  const markNames = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))].sort((a, b) => median(runs.map((r) => r.marks[a] ?? NaN).filter(Number.isFinite)) - median(runs.map((r) => r.marks[b] ?? NaN).filter(Number.isFinite)));
  lines.push('Marks (ms after navigation, median): ' + markNames.map((n) => `${n.replace(/^trace:/, '')} ${m(n)}`).join('; ') + '.', '');
}
const md = lines.join('\n');
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'trace.md'), md + '\n');
writeFileSync(path.join(OUT, 'trace.json'), JSON.stringify(results.map((runs) => runs.map(({ long, marks, firstResult, wasm }) => ({ long, marks, firstResult, wasm }))), null, 2) + '\n');
console.log(md);
