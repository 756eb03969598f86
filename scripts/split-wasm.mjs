// Release builds: cuts the wasm into the module the page starts with and the
// chunks it fetches later (split points: `wasm_split` in src/app/chunks/below.rs),
// then redoes wasm-bindgen and wasm-opt for them. Called by
// scripts/post-build.mjs; Node built-ins only.
//
// Trunk cannot run a step between `cargo build` and wasm-bindgen, so this
// starts again from cargo's output (linked with --emit-relocs by build.rs)
// and replaces the glue and wasm Trunk staged, keeping their names:
//
//   1. wasm-split-cli (crate wasm_split_cli_support, installed by
//      scripts/setup.sh): the main module, one `split_<name>.wasm` per split
//      point, and `__wasm_split.js`, the loader the main module imports.
//   2. wasm-bindgen on the main module (--keep-lld-exports: the chunks
//      import the main module's functions through those exports).
//   3. wasm-opt on every module (the flags are below, not in index.html:
//      Trunk's own pass is switched off, data-wasm-opt="0").
//   4. Content-hashed names: `lazy-<name>-<hash>.wasm` for the chunks (the
//      size report counts `lazy-*` apart from the first load) and
//      `split-loader-<hash>.js` for the loader.
//
// Returns the staged files whose contents changed, as [old SRI, new SRI]
// pairs for index.html, and the loader's file name (to preload it).

import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** wasm-opt flags for every module (Trunk's data-wasm-opt-params before). */
const WASM_OPT = [
  // Leptos always builds server_fn's `browser` feature, whose wasm-streams
  // exports three JS stream adapters (`IntoUnderlyingSource`, …) that only
  // server functions use; a CSR page has none. Exports survive LTO, so they
  // are dropped here and -Oz removes their code: −0.85 KB brotli. (Their
  // classes stay in the JS glue, never instantiated.)
  '--remove-exports', '--pass-arg=remove-exports@intounderlying*',
  '-Oz',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue',
  '--converge', '--low-memory-unused', '--zero-filled-memory',
  '--strip-debug', '--strip-producers', '--strip-target-features',
];

const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** Runs a tool; one that is not installed is named, with the fix. */
function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, ...opts });
  } catch (e) {
    if (e.code === 'ENOENT') throw missing(cmd);
    throw e;
  }
}
const missing = (cmd) =>
  new Error(`split-wasm: ${cmd} not found; run scripts/setup.sh and build with scripts/env.sh sourced (as scripts/serve.sh does)`);

/**
 * Where cargo left the release wasm Trunk built: cargo's target directory
 * (honouring CARGO_TARGET_DIR and .cargo/config.toml) and the binary that
 * index.html names (`data-bin`), both asked of cargo rather than guessed
 * from the names Trunk gives its output.
 */
function rawWasm(source, stem) {
  const meta = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: source }));
  const html = readFileSync(path.join(source, 'index.html'), 'utf8');
  const wanted = html.match(/<link data-trunk rel="rust"[^>]*data-bin="([^"]+)"/)?.[1];
  const bins = meta.packages.flatMap((p) => p.targets.filter((t) => t.kind.includes('bin')).map((t) => t.name));
  const bin = wanted ?? (bins.length === 1 ? bins[0] : undefined);
  if (!bin || !bins.includes(bin)) {
    throw new Error(`split-wasm: index.html's data-bin "${wanted}" is not one of cargo's binaries (${bins.join(', ')})`);
  }
  // Trunk names its output after the binary (dashes as underscores) plus a hash.
  if (!stem.startsWith(bin.replaceAll('-', '_'))) {
    throw new Error(`split-wasm: Trunk's output ${stem}_bg.wasm is not named after the binary ${bin}`);
  }
  return path.join(meta.target_directory, 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
}

/**
 * wasm-opt with the flags above, in place. Also used on its own by
 * scripts/post-build.mjs --no-split (the Leptos floor, bench/floor/).
 */
export function optimiseWasm(file) {
  // Binaryen does not know the name section's "labels" part (id 3) that
  // rustc writes and says so once per module; the names are stripped.
  const res = spawnSync('wasm-opt', [...WASM_OPT, file, '-o', `${file}.opt`], { encoding: 'utf8' });
  if (res.error?.code === 'ENOENT') throw missing('wasm-opt');
  if (res.error) throw res.error;
  const stderr = res.stderr.replace(/^warning: unknown name subsection with id 3 at \d+\n/gm, '');
  if (stderr) process.stderr.write(stderr);
  if (res.status !== 0) throw new Error(`split-wasm: wasm-opt failed on ${path.basename(file)}`);
  renameSync(`${file}.opt`, file);
}

export function splitWasm(dir, source, sri) {
  const wasmName = readdirSync(dir).find((n) => n.endsWith('_bg.wasm'));
  if (!wasmName) throw new Error(`split-wasm: no *_bg.wasm in ${dir}`);
  const stem = wasmName.slice(0, -'_bg.wasm'.length);
  const raw = rawWasm(source, stem);

  const tmp = mkdtempSync(path.join(tmpdir(), 'split-wasm-'));
  try {
    // 1. split
    run('wasm-split-cli', [raw, tmp, '--out-name', stem]);
    // `split_<name>.wasm` per split point, and `chunk_<n>.wasm` for code
    // that several split points share (fetched with either of them).
    const chunks = readdirSync(tmp).filter((n) => n.endsWith('.wasm') && n !== `${stem}.wasm`);
    if (!chunks.some((n) => n.startsWith('split_'))) {
      throw new Error('split-wasm: no split point found (is cfg(split) set? see build.rs)');
    }
    // 2. bindgen
    const out = path.join(tmp, 'bindgen');
    run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-name', stem, '--out-dir', out, path.join(tmp, `${stem}.wasm`),
    ]);
    // 3. optimise
    const opt = optimiseWasm;
    opt(path.join(out, wasmName));
    chunks.forEach((c) => opt(path.join(tmp, c)));
    // 4. names
    let loader = readFileSync(path.join(tmp, '__wasm_split.js'), 'utf8');
    for (const chunk of chunks) {
      const bytes = readFileSync(path.join(tmp, chunk));
      const name = `lazy-${chunk.replace(/^split_/, '').slice(0, -'.wasm'.length)}-${hash16(bytes)}.wasm`;
      if (!loader.includes(`"./${chunk}"`)) throw new Error(`split-wasm: the loader does not name ${chunk}`);
      loader = loader.replaceAll(`"./${chunk}"`, `"./${name}"`);
      writeFileSync(path.join(dir, name), bytes);
    }
    const left = loader.match(/"\.\/(?!lazy-)[^"]*\.wasm"/);
    if (left) throw new Error(`split-wasm: the loader names ${left[0]}, which is not shipped`);
    const loaderName = `split-loader-${hash16(loader)}.js`;
    writeFileSync(path.join(dir, loaderName), loader);
    let glue = readFileSync(path.join(out, `${stem}.js`), 'utf8');
    // Only the import statements (wasm-bindgen may write one per group of
    // imports): the keys of the wasm's import object keep the name the wasm
    // was linked with.
    const importLoader = /(\bfrom\s*)"\.\/__wasm_split\.js"/g;
    if (!importLoader.test(glue)) throw new Error('split-wasm: the glue does not import the loader');
    glue = glue.replace(importLoader, `$1"./${loaderName}"`);

    // Replace what Trunk staged, remembering the old hashes.
    const changed = [];
    const replace = (name, bytes) => {
      const file = path.join(dir, name);
      changed.push([sri(readFileSync(file)), sri(bytes)]);
      writeFileSync(file, bytes);
    };
    replace(`${stem}.js`, glue);
    replace(wasmName, readFileSync(path.join(out, wasmName)));
    return { changed, loaderName };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
