/**
 * `npm run bench`: prints figures, never passes or fails. Measures the content
 * check, and, when build/ exists, what a reader downloads: the JavaScript and
 * CSS every page loads, the HTML of typical pages, the lazily loaded tooltip
 * chunk and the search indexes. `npm run bench -- --build` times a full build first.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {loadAtlas} from '../src/plugins/atlas/loadAtlas';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const rows: [string, string][] = [];

if (process.argv.includes('--build')) {
  const started = performance.now();
  execFileSync('npx', ['docusaurus', 'build'], {cwd: ROOT, stdio: 'ignore'});
  rows.push(['build, both locales (wall)', `${((performance.now() - started) / 1000).toFixed(1)} s`]);
}

const runs = 5;
const times: number[] = [];
let entries = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  entries = loadAtlas(ROOT).entries.size;
  times.push(performance.now() - started);
}
rows.push([`content check, ${entries} entries (median of ${runs})`, `${times.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(0)} ms`]);

if (fs.existsSync(BUILD)) {
  const page = (route: string) => path.join(BUILD, `${route}.html`);
  const home = fs.readFileSync(path.join(BUILD, 'index.html'), 'utf8');
  const assets = [...home.matchAll(/(?:src|href)=["']?(\/assets\/[^"' >]+\.(?:js|css))/g)].map((m) => path.join(BUILD, m[1]!));
  const js = assets.filter((a) => a.endsWith('.js'));
  const css = assets.filter((a) => a.endsWith('.css'));
  rows.push(['JS loaded by every page (gzip)', `${kb(js.reduce((n, f) => n + gz(f), 0))} in ${js.length} files`]);
  rows.push(['CSS loaded by every page (gzip)', kb(css.reduce((n, f) => n + gz(f), 0))]);
  for (const route of ['glossary/kvcache', 'docs/systems/mooncake', 'zh-Hans/docs/people/zhai-jidong', 'glossary']) {
    const file = route === 'glossary' ? path.join(BUILD, 'glossary.html') : page(route);
    if (fs.existsSync(file)) rows.push([`HTML /${route} (gzip)`, kb(gz(file))]);
  }
  const jsDir = path.join(BUILD, 'assets/js');
  // Named by the webpackChunkName in src/components/GlossaryLink/loadTooltips.ts.
  const tooltipChunk = fs.readdirSync(jsDir).filter((f) => f.startsWith('glossary-tooltips')).map((f) => path.join(jsDir, f))[0];
  if (tooltipChunk) rows.push(['tooltip definitions, en (lazy, gzip)', kb(gz(tooltipChunk))]);
  for (const locale of ['', 'zh-Hans']) {
    const dir = path.join(BUILD, locale);
    const indexes = fs.readdirSync(dir).filter((f) => /^search-index.*\.json$/.test(f));
    const size = indexes.reduce((n, f) => n + gz(path.join(dir, f)), 0);
    rows.push([`search index ${locale || 'en'} (gzip)`, `${kb(size)} in ${indexes.length} file(s)`]);
  }
  let total = 0;
  const walk = (d: string): void => fs.readdirSync(d, {withFileTypes: true}).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : (total += fs.statSync(path.join(d, e.name)).size)));
  walk(BUILD);
  rows.push(['build/ on disk', kb(total)]);
} else {
  rows.push(['build/', 'absent: run `npm run build` or `npm run bench -- --build` for size figures']);
}

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
