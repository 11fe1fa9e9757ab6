/**
 * `npm run bench:search [-- --build <dir>]`: what search costs a reader, printed, never asserted.
 * For each language: the index on disk per edition (raw and gzip), and in headless Chromium, from
 * a cold page load, the time to the first result and what the first search downloaded (gzip
 * sizes of the dialog's code and the index files it fetched), for a name and for a long
 * description. Run it on a build of the synthetic 10× site to compare.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {serve, resolveFile} from '../tests/browser/server';
import {launch} from '../tests/browser/browser';
import {openSearch, typeQuery} from '../tests/browser/searchBox';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const BUILD = path.resolve(args.includes('--build') ? args[args.indexOf('--build') + 1]! : path.join(ROOT, 'build'));
const LOCALES = [
  {prefix: '', queries: ['mooncake', 'inference system behind kimi with a shared kv cache pool']},
  {prefix: '/zh-Hans', queries: ['郑伟民', '在神威整机上训练 174 万亿参数模型的系统']},
];
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), {level: 9}).length;

function indexSizes(dir: string): {name: string; files: number; raw: number; gzip: number}[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isDirectory())
    .map((e) => {
      const files = fs.readdirSync(path.join(dir, e.name)).map((f) => path.join(dir, e.name, f));
      return {
        name: e.name,
        files: files.length,
        raw: files.reduce((s, f) => s + fs.statSync(f).size, 0),
        gzip: files.reduce((s, f) => s + gzipSize(f), 0),
      };
    });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) throw new Error(`${BUILD} has no build: run npm run build first`);
  console.log(`Search cost for ${path.relative(process.cwd(), BUILD) || '.'}\n`);
  for (const {prefix} of LOCALES) {
    for (const size of indexSizes(path.join(BUILD, prefix, 'search'))) {
      console.log(`index ${prefix || '/'} edition ${size.name}: ${size.files} files, ${kib(size.raw)} raw, ${kib(size.gzip)} gzip`);
    }
  }
  const server = await serve(BUILD);
  try {
    for (const {prefix, queries} of LOCALES) {
      for (const query of queries) {
        // A new browser each time: nothing cached, as for a reader's first visit.
        const session = await launch();
        try {
          const page = await session.newPage();
          const started = Date.now();
          await page.goto(`${server.origin}${prefix}/docs/intro`, {waitUntil: 'load'});
          // Docusaurus prefetches the code of linked pages after load; let that finish so it is not counted.
          await page.waitForLoadState('networkidle');
          const before = session.requests.length;
          await openSearch(page);
          const typed = Date.now();
          const found = await typeQuery(page, query);
          const done = Date.now();
          const fetched = session.requests.slice(before).map((u) => new URL(u).pathname);
          const files = [...new Set(fetched)].map((p) => resolveFile(BUILD, p)).filter((f): f is string => f !== undefined);
          const isIndex = (f: string) => f.split(path.sep).includes('search');
          const sum = (list: string[]) => list.reduce((s, f) => s + gzipSize(f), 0);
          const index = files.filter(isIndex);
          const code = files.filter((f) => !isIndex(f));
          console.log(
            `${prefix || '/'} "${query}": first result ${done - started} ms after a cold load (${done - typed} ms after the dialog opened), ` +
              `${found.length} pages; first search downloaded ${kib(sum(files))} gzip: index ${index.length} files ${kib(sum(index))}, ` +
              `code ${code.length} files ${kib(sum(code))}`,
          );
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
