// The service worker (docs/offline.md): a page visited once works offline,
// including the sections below the key figures and English. This file is a
// template: release builds write it to dist/sw.js with RELEASE filled in by
// scripts/service-worker.mjs (from the files the build produced), so every
// release has its own worker, its own cache and its own list.
//
// Rules:
// - install: fetch every file on the list, check each against its SHA-256
//   from the build, and only when all match store them in this release's
//   cache. A file that does not match (the server is half-way through a
//   deploy, or a proxy serves something stale) fails the install: no cache
//   ever holds files of two releases, and the browser tries again on a
//   later visit. Then take over at once (skipWaiting).
// - activate: drop every other release's cache, then control the open pages
//   (clients.claim), so the first visit already works offline.
// - the page itself (a navigation to the scope's root or index.html, any
//   query, embed mode included): network first, so the next online visit
//   after a release gets it; this release's copy only when the network fails
//   or has not answered within NETWORK_WAIT_MS (a poor wifi).
// - every other file on the list: cache first. Their names carry a hash of
//   their content, so a name always means the same bytes, and the cached
//   index.html names exactly the files cached with it: an offline page never
//   mixes releases.
// - anything else (another release's chunks asked for by a page opened
//   before the update, the embed host script, the icons, other paths) is left
//   to the browser: the worker does not answer it.

/** Filled in by scripts/service-worker.mjs: `{ name, files: [[path, sha256 base64], …] }`. */
const RELEASE = null;

const PREFIX = 'sagsstamme-';
const CACHE = `${PREFIX}${RELEASE.name}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = 'index.html';
const FILES = new Map(RELEASE.files);
/** How long the page waits for the network before the cached page is used. */
const NETWORK_WAIT_MS = 3000;

/** The URL a file is fetched and cached under (index.html as the scope's root, as visitors ask for it). */
const urlOf = (name) => new URL(name === INDEX ? './' : name, SCOPE).href;

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...digest));
}

/**
 * The file as this release built it: from the HTTP cache if it has the
 * right bytes, else from the server; a Response without the transfer's
 * encoding headers (the body is already decoded) and never marked as
 * redirected (a redirected response cannot answer a navigation).
 */
async function fetchVerified(name, hash) {
  for (const cache of ['default', 'reload']) {
    const response = await fetch(urlOf(name), { cache });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    if ((await sha256(body)) !== hash) continue;
    const headers = new Headers(response.headers);
    headers.delete('Content-Encoding');
    headers.delete('Content-Length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  }
  throw new Error(`${name} on the server is not the one this release was built with`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const responses = await Promise.all(
      RELEASE.files.map(async ([name, hash]) => [name, await fetchVerified(name, hash)]),
    );
    try {
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map(([name, response]) => cache.put(urlOf(name), response)));
    } catch (e) {
      // Out of quota, say: no half-filled cache stays behind.
      await caches.delete(CACHE);
      throw e;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
    await Promise.all(old.map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

/** This release's copy (caches.match with cacheName never creates a cache, unlike caches.open). */
const cached = (name) => caches.match(urlOf(name), { cacheName: CACHE });

async function networkFirst(request) {
  const network = fetch(request);
  const first = await Promise.race([
    network.then(() => 'network', () => 'failed'),
    new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, 'slow')),
  ]);
  if (first === 'network') return network;
  // Offline or slow: this release's page; without one, whatever the
  // network does (the browser's own offline page when it fails).
  return (await cached(INDEX)) ?? network;
}

async function cacheFirst(request, name) {
  return (await cached(name)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const name = url.pathname.slice(SCOPE.pathname.length);
  if (request.mode === 'navigate') {
    if (name === '' || name === INDEX) event.respondWith(networkFirst(request));
  } else if (name !== INDEX && FILES.has(name)) {
    event.respondWith(cacheFirst(request, name));
  }
});
