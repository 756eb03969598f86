// A tiny static file server for the release build (dist/), for the browser
// tests only. node:http/fs/path, nothing else.
//
//   const { url, close } = await startServer({ headers: { 'Content-Security-Policy': '…' } });
//
// `setRoot(dir)` serves another build from then on (a new release deployed
// under the same address); `onRequest(pathname)` hears of every request.
//
// Like a static host configured for precompressed files, it answers with
// `file.br` or `file.gz` (Content-Encoding br/gzip) when the build has one and
// the request's Accept-Encoding allows it, so the tests load the very bytes a
// host would send.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_ROOT = process.env.DIST_DIR ?? path.join(REPO, 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The precompressed variant of `file` to send for `acceptEncoding`, if any. */
async function precompressed(file, acceptEncoding = '') {
  // Tokens only ("br", "gzip"); a q=0 refusal counts as not accepted.
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((t) => t.trim().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name.trim().toLowerCase()),
  );
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.has(encoding)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile()) return { encoding, path: file + ext, size: info.size };
  }
  return null;
}

/** The absolute path of `root`, which must be a directory. */
async function buildDir(root) {
  const dir = path.resolve(root);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new Error(
      `No build at ${dir}. Build it first (trunk build --release) or set DIST_DIR.`,
    );
  }
  return dir;
}

/**
 * Serves `root` on 127.0.0.1 (a free port). `headers` are added to every
 * response, including 404s. `onRequest` is called with each request's path.
 * @returns {Promise<{ url: string, close: () => Promise<void>, setRoot: (dir: string) => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, headers = {}, onRequest } = {}) {
  let rootDir = await buildDir(root);

  // Long request lines: the hostile-URL tests send links with thousands of
  // keys (Node's default limit is 16 KiB; Chromium allows 2 MB URLs).
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    onRequest?.(pathname);
    if (pathname.includes('\0')) {
      send(400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(rootDir, '.' + path.posix.normalize('/' + pathname));
    // No way out of root, however the path is spelled.
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      send(404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      send(404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const variant = await precompressed(file, req.headers['accept-encoding']);
    res.writeHead(200, {
      ...headers,
      'Content-Type': type,
      'Content-Length': variant?.size ?? info.size,
      ...(variant && { 'Content-Encoding': variant.encoding }),
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(variant?.path ?? file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: async (dir) => {
      rootDir = await buildDir(dir);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
