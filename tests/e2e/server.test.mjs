// The test server itself: MIME types, index, 404, no escape from root,
// extra headers. Uses a temporary directory, so it runs without a build.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { gzipSync, brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';

import { startServer } from './server.mjs';

let dir;
let root;
let server;

/**
 * Raw GET (no URL normalisation by a client, no decoding), resolves
 * { status, headers, body, bytes }.
 */
function get(url, rawPath, headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'e2e-server-'));
  root = path.join(dir, 'dist');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'secret.txt'), 'outside root');
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'app-1a2b.js'), 'export {}');
  await writeFile(path.join(root, 'app-1a2b_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  await writeFile(path.join(root, 'style.css'), 'body{}');
  await writeFile(path.join(root, 'style.css.gz'), gzipSync('body{}'));
  await writeFile(path.join(root, 'style.css.br'), brotliCompressSync('body{}'));
  await writeFile(path.join(root, 'app-1a2b.js.gz'), gzipSync('export {}'));
  await writeFile(path.join(root, 'sub', 'data.json'), '{}');
  await writeFile(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startServer({ root, headers: { 'Content-Security-Policy': "default-src 'self'" } });
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('static test server', () => {
  it('listens on 127.0.0.1', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html for /', async () => {
    const r = await get(server.url, '/');
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.match(r.body, /<title>t<\/title>/);
  });

  it('serves each file type with its MIME type', async () => {
    const cases = {
      '/app-1a2b.js': /^text\/javascript/,
      '/app-1a2b_bg.wasm': /^application\/wasm$/,
      '/style.css': /^text\/css/,
      '/sub/data.json': /^application\/json/,
      '/icon.svg': /^image\/svg\+xml$/,
      '/index.html?x=1': /^text\/html/,
    };
    for (const [p, type] of Object.entries(cases)) {
      const r = await get(server.url, p);
      assert.equal(r.status, 200, p);
      assert.match(r.headers['content-type'], type, p);
    }
  });

  it('answers 404 for unknown paths and directories without index', async () => {
    for (const p of ['/nope.js', '/sub', '/sub/']) {
      assert.equal((await get(server.url, p)).status, 404, p);
    }
  });

  it('never serves files outside the root', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/%2E%2E/%2E%2E/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const r = await get(server.url, p);
      assert.notEqual(r.status, 200, p);
      assert.ok(!r.body.includes('outside root'), p);
    }
  });

  it('adds the extra headers to every response', async () => {
    for (const p of ['/', '/style.css', '/nope']) {
      const r = await get(server.url, p);
      assert.equal(r.headers['content-security-policy'], "default-src 'self'", p);
    }
  });

  it('sends the precompressed file the client accepts, else the plain one', async () => {
    const cases = [
      ['/style.css', 'gzip, deflate, br, zstd', 'br'],
      ['/style.css', 'gzip', 'gzip'],
      ['/style.css', 'br;q=0, gzip;q=0.5', 'gzip'],
      ['/style.css', 'identity', undefined],
      ['/style.css', undefined, undefined],
      ['/app-1a2b.js', 'br, gzip', 'gzip'], // no .br next to it
      ['/sub/data.json', 'br, gzip', undefined], // nothing precompressed
    ];
    for (const [p, accept, encoding] of cases) {
      const r = await get(server.url, p, accept === undefined ? {} : { 'Accept-Encoding': accept });
      const what = `${p} with Accept-Encoding: ${accept}`;
      assert.equal(r.status, 200, what);
      assert.equal(r.headers['content-encoding'], encoding, what);
      assert.equal(r.headers['vary'], 'Accept-Encoding', what);
      assert.equal(Number(r.headers['content-length']), r.bytes.length, what);
      const decode = { br: brotliDecompressSync, gzip: gunzipSync }[encoding] ?? ((b) => b);
      const expected = p === '/style.css' ? 'body{}' : p === '/app-1a2b.js' ? 'export {}' : '{}';
      assert.equal(decode(r.bytes).toString(), expected, what);
      // The type is the asset's, not the compressed file's.
      assert.doesNotMatch(r.headers['content-type'], /octet-stream/, what);
    }
  });
});
