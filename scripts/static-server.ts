/**
 * Serves a production build the way a real static host does, so that what
 * Lighthouse measures and what the browser tests see is what readers get:
 * - URLs resolve as on a host configured for `trailingSlash: false`
 *   (`/glossary/moe` → `glossary/moe.html`, `/zh-Hans/` → `zh-Hans/index.html`);
 * - text is compressed (Brotli when the browser accepts it, else gzip) and kept
 *   in memory: hashed assets at Brotli's best quality, as a host or CDN that
 *   compresses them once per deployment does; HTML and JSON at the quality a
 *   host uses on the fly (the 5 MB search index would take 10 s at the best);
 * - files under /assets/ carry a content hash in their name and are cached for a
 *   year as immutable; everything else (HTML, JSON, images) is `no-cache`, which
 *   lets a browser keep it but makes it revalidate with the ETag first;
 * - an unknown path gets the locale's 404 page with status 404.
 * Only node:http and node:zlib: no framework.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';
import {promisify} from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (candidate.startsWith(root) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the request accepts (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

interface Cached {
  readonly mtimeMs: number;
  readonly bodies: Partial<Record<Encoding, Promise<Buffer>>>;
}

const brotliAsync = promisify(zlib.brotliCompress);
const gzipAsync = promisify(zlib.gzip);

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
}

export async function serve(root: string, {port = 0, host = '127.0.0.1'}: ServeOptions = {}): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const cache = new Map<string, Cached>();

  /** The file's bytes in the encoding, compressed off the main thread once and shared by concurrent requests. */
  const body = (file: string, mtimeMs: number, encoding: Encoding, hashed: boolean): Promise<Buffer> => {
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) cache.set(file, (entry = {mtimeMs, bodies: {}}));
    const raw = (entry.bodies.identity ??= fs.promises.readFile(file));
    if (encoding === 'br') {
      return (entry.bodies.br ??= raw.then((data) =>
        brotliAsync(data, {
          params: {[zlib.constants.BROTLI_PARAM_QUALITY]: hashed ? 11 : 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length},
        }),
      ));
    }
    if (encoding === 'gzip') return (entry.bodies.gzip ??= raw.then((data) => gzipAsync(data, {level: hashed ? 9 : 6})));
    return raw;
  };

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, {allow: 'GET, HEAD'}).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = resolveFile(absoluteRoot, url.pathname);
    const file = found ?? resolveFile(absoluteRoot, url.pathname.startsWith('/zh-Hans/') ? '/zh-Hans/404.html' : '/404.html');
    if (!file) {
      res.writeHead(404, {'content-type': TYPES['.txt']!}).end('not found');
      return;
    }
    const stat = fs.statSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(type);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding === 'identity' ? '' : `-${encoding}`}"`;
    const hashed = found !== undefined && url.pathname.startsWith('/assets/');
    const headers: http.OutgoingHttpHeaders = {
      'content-type': type,
      'cache-control': hashed ? IMMUTABLE : REVALIDATE,
      etag,
      'x-content-type-options': 'nosniff',
    };
    if (compressible) headers.vary = 'Accept-Encoding';
    if (found && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    body(file, stat.mtimeMs, encoding, hashed).then(
      (data) => {
        if (encoding !== 'identity') headers['content-encoding'] = encoding;
        headers['content-length'] = data.length;
        res.writeHead(found ? 200 : 404, headers);
        res.end(req.method === 'HEAD' ? undefined : data);
      },
      (err: Error) => {
        cache.delete(file);
        res.writeHead(500, {'content-type': TYPES['.txt']!}).end(`could not read ${path.relative(absoluteRoot, file)}: ${err.message}`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const {port: actual} = server.address() as AddressInfo;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
