/** `npm run serve` answers as a static host configured for this site should (scripts/static-server.ts). */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {chooseEncoding, serve, type StaticServer} from '../static-server';

let root: string;
let server: StaticServer;
const page = '<!doctype html><title>Mixture of experts</title>' + '<p>experts</p>'.repeat(200);

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-serve-'));
  const write = (file: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), body);
  };
  write('index.html', page);
  write('glossary/moe.html', page);
  write('zh-Hans/index.html', page);
  write('404.html', '<title>Page not found</title>');
  write('zh-Hans/404.html', '<title>找不到页面</title>');
  write('assets/js/main.0123abcd.js', 'console.log("main");'.repeat(100));
  write('img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await serve(root);
});

after(async () => {
  await server.close();
  fs.rmSync(root, {recursive: true, force: true});
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(server.origin + url, {headers: {'accept-encoding': 'identity', ...headers}});

test('pages resolve without .html and without a trailing slash, as with trailingSlash: false', async () => {
  for (const url of ['/', '/glossary/moe', '/zh-Hans/']) {
    const response = await get(url);
    assert.equal(response.status, 200, url);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await response.text(), page);
  }
});

test('HTML must be revalidated; hashed assets are cached for a year as immutable', async () => {
  assert.equal((await get('/glossary/moe')).headers.get('cache-control'), 'no-cache');
  assert.equal((await get('/img/logo.svg')).headers.get('cache-control'), 'no-cache');
  assert.equal((await get('/assets/js/main.0123abcd.js')).headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('text is sent with Brotli when accepted, else gzip, and decodes to the file', async () => {
  // fetch() would decode the body itself; node:http's raw bytes show what was sent.
  const raw = async (url: string, acceptEncoding: string) => {
    const {request} = await import('node:http');
    return new Promise<{encoding?: string; vary?: string; body: Buffer}>((resolve, reject) => {
      request(server.origin + url, {headers: {'accept-encoding': acceptEncoding}}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks)}));
      })
        .on('error', reject)
        .end();
    });
  };
  const br = await raw('/glossary/moe', 'gzip, deflate, br');
  assert.equal(br.encoding, 'br');
  assert.equal(br.vary, 'Accept-Encoding');
  assert.equal(zlib.brotliDecompressSync(br.body).toString(), page);
  assert.ok(br.body.length < page.length / 5, `compressed to ${br.body.length} of ${page.length} bytes`);
  const gzip = await raw('/assets/js/main.0123abcd.js', 'gzip');
  assert.equal(gzip.encoding, 'gzip');
  assert.match(zlib.gunzipSync(gzip.body).toString(), /^console\.log/);
  assert.equal((await raw('/glossary/moe', 'identity')).encoding, undefined);
});

test('the encoding honours q=0 and prefers Brotli', () => {
  assert.equal(chooseEncoding('gzip, br'), 'br');
  assert.equal(chooseEncoding('br;q=0, gzip;q=0.8'), 'gzip');
  assert.equal(chooseEncoding(undefined), 'identity');
});

test('a repeated request with the ETag gets 304 Not Modified', async () => {
  const first = await get('/glossary/moe');
  const etag = first.headers.get('etag');
  assert.ok(etag);
  const second = await get('/glossary/moe', {'if-none-match': etag});
  assert.equal(second.status, 304);
});

test('an unknown path gets its locale’s 404 page with status 404, and no path escapes the folder', async () => {
  const en = await get('/glossary/nope');
  assert.equal(en.status, 404);
  assert.match(await en.text(), /Page not found/);
  const zh = await get('/zh-Hans/glossary/nope');
  assert.equal(zh.status, 404);
  assert.match(await zh.text(), /找不到页面/);
  assert.equal((await get('/../../etc/passwd')).status, 404);
  assert.equal((await get('/%E0%A4%A')).status, 404);
});
