// Trunk post_build hook (see Trunk.toml): finishes the staged build before
// Trunk moves it into dist/. Node built-ins only.
//
// 0. Release builds: the wasm is cut into the module the page starts with
//    and the chunks it fetches after its first render (scripts/split-wasm.mjs).
//    index.html preloads the chunks' loader next to the glue.
// 1. Release builds: the wasm-bindgen JS glue loses its comments and
//    indentation (Trunk's own JS minifier fails on it, "Failed to minify
//    JS"): −0.8 KB brotli. Its integrity attribute follows.
// 2. Strict Content-Security-Policy. Trunk 0.21 starts the wasm with an inline
//    <script type="module">, which a policy without 'unsafe-inline' blocks
//    (trunk-rs/trunk#288; Trunk has no option for an external loader). The
//    loader moves (blank lines dropped) into its own content-hashed file that
//    the page references with an integrity attribute. A hash in the policy
//    would change with every build; a file does not need the host to know
//    anything.
// 3. Every integrity attribute in index.html is checked against the file it
//    names (a stale hash would stop the page from loading).
// 4. Release builds: `.gz` (gzip -9) and `.br` (brotli, quality 11) next to
//    every asset, for static hosts that serve precompressed files.
//
// Outside Trunk: `node scripts/post-build.mjs DIR [--release]`.
//
// The Leptos floor (bench/floor/, scripts/floor.sh) runs it with
// `--no-split` (no split point: the wasm gets the same wasm-opt pass in
// place) and `--no-service-worker` (the worker is the page's, not the
// framework's).

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

import { registration, writeServiceWorker } from './service-worker.mjs';
import { optimiseWasm, splitWasm } from './split-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node scripts/post-build.mjs DIR [--release] (or run as a Trunk hook)');
  process.exit(2);
}
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');
const split = !process.argv.includes('--no-split');
const serviceWorker = !process.argv.includes('--no-service-worker');

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const htmlPath = path.join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// --- 0. split the wasm ------------------------------------------------------
if (release && !split) {
  const wasmName = readdirSync(dir).find((n) => n.endsWith('_bg.wasm'));
  const file = path.join(dir, wasmName);
  const before = sri(readFileSync(file));
  optimiseWasm(file);
  html = html.replaceAll(before, sri(readFileSync(file)));
} else if (release) {
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const { changed, loaderName } = splitWasm(dir, source, sri);
  for (const [before, after] of changed) html = html.replaceAll(before, after);
  const glueLink = /<link\b[^>]*\brel="?modulepreload"?[^>]*>/;
  if (!glueLink.test(html)) {
    console.error('post-build: no modulepreload link for the glue in index.html');
    process.exit(1);
  }
  const loaderSri = sri(readFileSync(path.join(dir, loaderName)));
  html = html.replace(
    glueLink,
    (link) => `${link}<link crossorigin href="${base}${loaderName}" integrity="${loaderSri}" rel=modulepreload>`,
  );
}

// --- 1. comments and indentation out of the JS glue -------------------------
/**
 * wasm-bindgen's generated glue: drops whole-line comments (`/** … *\/`
 * blocks and `//` lines), leading whitespace and blank lines. Only whole
 * lines and line starts change, which can alter a string only inside a
 * template literal spanning lines: when the result has one, or does not
 * parse (`node --check`), the glue is left as it was.
 */
function stripGlue(file) {
  const code = readFileSync(file, 'utf8');
  const stripped = dropStreamClasses(code
    .replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/[^\n]*\n/gm, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{2,}/g, '\n'));
  const multiLineTemplate = (stripped.match(/`[^`]*`/g) ?? []).some((t) => t.includes('\n'));
  const check = path.join(dir, '.post-build-check.mjs');
  writeFileSync(check, stripped);
  let parses = true;
  try {
    execFileSync(process.execPath, ['--check', check], { stdio: 'pipe' });
  } catch {
    parses = false;
  } finally {
    rmSync(check);
  }
  if (multiLineTemplate || !parses) {
    console.warn(`post-build: left ${path.basename(file)} as it was (${parses ? 'a template literal spans lines' : 'stripped, it does not parse'})`);
    return null;
  }
  writeFileSync(file, stripped);
  return { before: sri(code), after: sri(stripped) };
}

/**
 * The three wasm-streams classes (`IntoUnderlyingSource`, `…Sink`,
 * `…ByteSource`) that Leptos' server-function support puts in the glue:
 * `scripts/split-wasm.mjs` removes their wasm exports, so they could not
 * work and nothing imports them (−0.4 KB brotli). Each class, its dispose
 * line and its FinalizationRegistry go; when the glue no longer has exactly
 * that shape (a new wasm-bindgen), any name left over keeps all of it.
 */
function dropStreamClasses(code) {
  const dropped = code
    .replace(/^export class (IntoUnderlying\w+) \{\n[\s\S]*?^\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n\? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n: new FinalizationRegistry\(ptr => wasm\.__wbg_intounderlying\w+_free\(ptr, 1\)\);\n/gm, '');
  const enumUses = (dropped.match(/__wbindgen_enum_ReadableStreamType/g) ?? []).length;
  const cleaned = enumUses === 1
    ? dropped.replace(/^const __wbindgen_enum_ReadableStreamType = \[[^\n]*\];\n/m, '')
    : dropped;
  if (/intounderlying/i.test(cleaned)) {
    if (/intounderlying/i.test(code)) console.warn('post-build: the wasm-streams classes are left in the glue (their shape changed)');
    return code;
  }
  return cleaned;
}

if (release) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const changed = stripGlue(path.join(dir, name));
    if (changed) html = html.replaceAll(changed.before, changed.after);
  }
}

// --- 2. external loader -----------------------------------------------------
// Minified (`type=module`) and unminified (`type="module"`) spellings; only
// inline scripts (no src attribute) match.
const INLINE_MODULE = /<script type=(?:"module"|module)>([\s\S]*?)<\/script>/g;
html = html.replace(INLINE_MODULE, (_, inline) => {
  // Release builds register the service worker (4) once the app has started.
  const code = inline.replace(/\n\s*\n/g, '\n').trim() + '\n' + (release && serviceWorker ? registration(base) : '');
  const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(path.join(dir, name), code);
  return `<script type=module src="${base}${name}" integrity="${sri(code)}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline <script> is left in index.html; a strict CSP would block it');
  process.exit(1);
}
writeFileSync(htmlPath, html);

// --- 3. integrity attributes match their files ------------------------------
const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
for (const tag of tags) {
  const integrity = tag.match(/\bintegrity="?([^"\s>]+)/)?.[1];
  if (!integrity) continue;
  const url = tag.match(/\b(?:src|href)="?([^"\s>]+)/)?.[1];
  if (!url?.startsWith(base)) {
    console.error(`post-build: cannot resolve ${url} in ${tag}`);
    process.exit(1);
  }
  const actual = sri(readFileSync(path.join(dir, url.slice(base.length))));
  if (actual !== integrity) {
    console.error(`post-build: integrity of ${url} is ${integrity} in index.html but ${actual} on disk`);
    process.exit(1);
  }
}

// --- 4. service worker ----------------------------------------------------
// Last before the copies: index.html and every asset are final, and the
// worker's own copies are written with the rest.
if (release && serviceWorker) {
  const { name, files } = writeServiceWorker(dir);
  console.log(`post-build: sw.js precaches ${files.length} files as release ${name}`);
}

// --- 5. precompressed copies -------------------------------------------------
if (release) {
  for (const name of readdirSync(dir)) {
    if (!/\.(html|js|wasm|css|svg|json|webmanifest|txt)$/.test(name)) continue;
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    // gzip(1) -9 -n: a few hundred bytes smaller than zlib's level 9, and no
    // name or time stamp in the header, so builds stay reproducible.
    writeFileSync(`${file}.gz`, execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 28 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
  }
}
