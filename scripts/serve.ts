/**
 * `npm run serve`: serves build/ as a static host would (compression, cache
 * headers, 404 pages; see static-server.ts). Run `npm run build` first.
 *   npm run serve -- --port 8080 --host 0.0.0.0 --dir build
 * `npm run serve:docusaurus` is Docusaurus's own server (no compression).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {serve} from './static-server';

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: 'localhost'},
    dir: {type: 'string', default: 'build'},
  },
});

const root = path.resolve(values.dir);
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${root} holds no index.html: run \`npm run build\` first, or pass --dir <build folder>.`);
  process.exit(1);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: give a port number between 0 and 65535.`);
  process.exit(1);
}

serve(root, {port, host: values.host}).then(
  (server) => {
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${server.origin}/ (English) and ${server.origin}/zh-Hans/ (Chinese)`);
    console.log('Brotli or gzip, /assets/* cached as immutable, everything else no-cache. Ctrl+C stops.');
  },
  (err: NodeJS.ErrnoException) => {
    console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use: pass --port <another>.` : err.message);
    process.exit(1);
  },
);
