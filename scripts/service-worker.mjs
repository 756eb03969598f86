// Writes the service worker of a release build (docs/offline.md): the
// template web/service-worker.js with the list of files to precache, taken
// from what the build produced (no hand-kept list), each with its SHA-256,
// and a release name that is a hash of that list. Called by
// scripts/post-build.mjs last before the compressed copies, when index.html
// and every asset are final; the offline e2e test calls it to make a second
// release. Node built-ins only.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The worker's file name, at the site root so that its scope is the whole page. */
export const SW_NAME = 'sw.js';

const TEMPLATE = new URL('../web/service-worker.js', import.meta.url);
const PLACEHOLDER = 'const RELEASE = null;';

/**
 * What a visit loads, so what must be there offline: the files at the top of
 * the build that the page itself uses. The compressed copies (`.br`, `.gz`)
 * are left out (the browser stores what it decoded), and so are the worker
 * itself, subfolders (`embed/`, the host pages' script; `icons/`, asked for
 * only when the page is installed) and the PNG at the root
 * (`apple-touch-icon.png`, the same).
 */
export function precacheList(dir) {
  return readdirSync(dir)
    .filter((name) => /\.(html|js|wasm|css|svg|webmanifest)$/.test(name))
    .filter((name) => name !== SW_NAME && !name.startsWith('.'))
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}

/** Writes `dir/sw.js`; returns the release name (the cache is `sagsstamme-<name>`) and the list. */
export function writeServiceWorker(dir) {
  const files = precacheList(dir).map((name) => [
    name,
    createHash('sha256').update(readFileSync(path.join(dir, name))).digest('base64'),
  ]);
  if (!files.some(([name]) => name === 'index.html')) throw new Error(`service-worker: no index.html in ${dir}`);
  const name = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`service-worker: ${PLACEHOLDER} is not in web/service-worker.js`);
  const release = JSON.stringify({ name, files }, null, 1).replace(/\n\s*/g, ' ');
  writeFileSync(path.join(dir, SW_NAME), template.replace(PLACEHOLDER, `const RELEASE = ${release};`));
  return { name, files };
}

/**
 * The registration, appended to the wasm loader (boot-<hash>.js): it runs
 * once the app has started, and registers when the document has loaded
 * (the textbook moment: the worker's downloads do not compete with the
 * page's own), for ~100 bytes of the first load and nothing before the first
 * render. On a later visit it asks for sw.js again at once (`update()`):
 * register() alone returns the existing registration, and the browser's own
 * check after a navigation comes when it sees fit, so without it a new
 * release's worker could wait for a later visit. Where service workers are unavailable (an insecure origin, a
 * browser or policy without them, a sandboxed frame, whose
 * `navigator.serviceWorker` throws) nothing happens. An embedded calculator
 * (`embed=1`, read as web/first-paint.js reads it) does not register: see
 * docs/offline.md.
 */
export function registration(base) {
  return 'if(new URLSearchParams(location.search).get("embed")!="1"){'
    + `const r=()=>{try{navigator.serviceWorker.register("${base}${SW_NAME}").then(r=>r.active&&r.update()).catch(()=>{})}catch{}};`
    + 'document.readyState=="complete"?r():addEventListener("load",r)}\n';
}
