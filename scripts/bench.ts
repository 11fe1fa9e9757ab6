/**
 * `npm run bench`: prints figures, never passes or fails. Builds two copies of
 * the site in a temporary folder, today's content and a synthetic copy with
 * `--scale` times as many entries (scripts/generate-synthetic.ts), each with
 * Docusaurus Faster (Rspack) and with webpack, and prints for both, with the
 * ratio: build time and peak memory, pages per second, the JavaScript and CSS
 * each page type loads at first, the sidebar data each docs and glossary page
 * carries, and the search index sizes.
 *
 *   npm run bench                      everything (today and 10×, both bundlers): about an hour on 2 cores
 *   npm run bench -- --skip-webpack    Faster builds only
 *   npm run bench -- --scale 5         another multiple; --scale 1 measures today's content only
 *   npm run bench -- --sizes-only      reuse the builds of the previous run (no build figures)
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {defaultOutDir, generateSynthetic} from './synthetic/generate';
import {buildLog, coldBuild, hasGnuTime, type BuildFigures} from './bench/build';
import {canSampleProc} from './bench/processTree';
import {chromiumPath, measurePages, sharedScripts, type PageLoad} from './bench/firstLoad';
import {countPages, LOCALES, localeDir, PAGE_TYPES} from './bench/pages';
import {sidebarFigures, type SidebarFigures} from './bench/sidebar';
import {searchFigures, type SearchFigures} from './bench/search';
import {fileGzip, walk} from './bench/sizes';
import {kib, mib, secs, Table} from './bench/format';
import {editions} from '../src/plugins/atlas/loadAtlas';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const scale = Number(option('scale') ?? 10);
const skipWebpack = args.includes('--skip-webpack');
const sizesOnly = args.includes('--sizes-only');
const progress = (message: string) => console.error(`… ${message}`);

interface SiteFigures {
  readonly entries: number;
  readonly checkMs: number;
  readonly faster?: BuildFigures;
  readonly webpack?: BuildFigures;
  readonly pages: {pages: number; redirects: number};
  readonly loads: readonly PageLoad[];
  readonly sidebars: readonly {label: string; figures: SidebarFigures}[];
  readonly search: readonly SearchFigures[];
  readonly bundles: Record<string, number>;
}

/** `npm run check` on the copy: it must pass, and its own timing (load and validate, both locales, every edition) is a figure. */
function check(site: string): {entries: number; ms: number} {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/check-content.ts'), '--site', site], {cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const done = /✓ (\d+) entries.*\((\d+) ms\)/.exec(run.stdout);
  if (run.status !== 0 || !done) throw new Error(`npm run check fails on ${site}:\n${run.stderr.slice(-3000)}`);
  return {entries: Number(done[1]), ms: Number(done[2])};
}

async function measure(name: string, scaleOf: number): Promise<SiteFigures> {
  const site = defaultOutDir(ROOT, scaleOf, 'bench');
  if (!sizesOnly) {
    progress(`writing the ${name} copy (${scaleOf}× today's entries) to ${site}`);
    generateSynthetic(ROOT, site, scaleOf);
  } else if (!fs.existsSync(path.join(site, 'build'))) throw new Error(`--sizes-only: ${site}/build is missing; run the bench without it first`);
  progress(`checking the ${name} copy`);
  const checked = check(site);
  let faster: BuildFigures | undefined;
  let webpack: BuildFigures | undefined;
  if (!sizesOnly) {
    progress(`building the ${name} copy with Docusaurus Faster (log: ${buildLog(site, 'rspack')})`);
    faster = await coldBuild(site, 'rspack', path.join(site, 'build'));
    progress(`  ${secs(faster.seconds)}`);
    if (!skipWebpack) {
      progress(`building the ${name} copy with webpack (log: ${buildLog(site, 'webpack')})`);
      webpack = await coldBuild(site, 'webpack', path.join(site, 'build-webpack'));
      progress(`  ${secs(webpack.seconds)}`);
    }
  }
  const out = path.join(site, 'build');
  progress(`opening each page type of the ${name} copy in Chromium`);
  const loads = await measurePages(out);
  const published = editions(site)[0] ?? 'current';
  const sidebars = LOCALES.flatMap((locale) => [
    {label: `person page, ${locale}`, figures: sidebarFigures(out, locale, '/docs/people/zhai-jidong', 'default', published)},
    {label: `term page, ${locale}`, figures: sidebarFigures(out, locale, '/glossary/kvcache', 'glossary', 'current')},
  ]);
  const bundles: Record<string, number> = {};
  for (const locale of LOCALES) {
    const jsDir = path.join(localeDir(out, locale), 'assets/js');
    // Lazy chunks sit in a folder per build, named by chunk (src/plugins/routeShards).
    for (const file of walk(jsDir)) {
      const kind = /^(main|runtime~main|glossary-tooltips|route-shard)[.~-]/.exec(path.basename(file))?.[1];
      const key = `${kind}.js, ${locale}`;
      // Route shards: the largest, which is what a page of that shard loads.
      if (kind) bundles[key] = Math.max(bundles[key] ?? 0, fileGzip(file));
    }
  }
  return {entries: checked.entries, checkMs: checked.ms, faster, webpack, pages: countPages(out), loads, sidebars, search: searchFigures(out), bundles};
}

function report(today: SiteFigures, scaled: SiteFigures | undefined): void {
  const t = new Table(scaled ? `${scale}×` : undefined);
  const both = <T>(pick: (s: SiteFigures) => T | undefined) => [pick(today), scaled ? pick(scaled) : undefined] as const;
  const add = (label: string, pick: (s: SiteFigures) => number | undefined, show: (n: number) => string) => t.add(label, ...both(pick), show);

  t.section('Content and build (cold: caches removed first; both locales; wall time on this machine, which other work may share)');
  add('entries (people, systems, institutions, terms)', (s) => s.entries, String);
  add('content check, npm run check (its own timing)', (s) => s.checkMs, (n) => `${(n / 1000).toFixed(1)} s`);
  add('pages built (HTML pages, both locales)', (s) => s.pages.pages, String);
  add('  plus redirect pages', (s) => s.pages.redirects, String);
  for (const bundler of ['faster', 'webpack'] as const) {
    const name = bundler === 'faster' ? 'Docusaurus Faster (Rspack)' : 'webpack (ATLAS_BUNDLER=webpack)';
    add(`build wall time, ${name}`, (s) => s[bundler]?.seconds, secs);
    add(`  peak RSS of the process tree (sampled /proc)`, (s) => s[bundler]?.peakTreeRss, mib);
    add(`  max RSS of one process (GNU time)`, (s) => s[bundler]?.maxProcessRss, mib);
  }
  add('webpack ÷ Faster, wall time', (s) => (s.faster && s.webpack ? s.webpack.seconds / s.faster.seconds : undefined), (n) => `${n.toFixed(2)}×`);
  add('pages per second, Faster', (s) => (s.faster ? s.pages.pages / s.faster.seconds : undefined), (n) => n.toFixed(1));
  add('build time per page, Faster', (s) => (s.faster ? (s.faster.seconds * 1000) / s.pages.pages : undefined), (n) => `${n.toFixed(0)} ms`);
  if (!hasGnuTime()) t.note('GNU time', 'not installed: apt-get install time (the /proc sample still gives the peak)');
  if (!canSampleProc()) t.note('/proc', 'not available: no process-tree sample');

  const find = (s: SiteFigures, locale: string, type: string) => s.loads.find((l) => l.locale === locale && l.type === type);
  const browser = today.loads.some((l) => l.firstLoad);
  t.section(`First-load JavaScript per page (gzip): ${browser ? 'what Chromium fetched until the page was hydrated (the HTML’s scripts + the route’s chunks)' : `Chromium missing at ${chromiumPath()}: only the scripts the HTML names`}`);
  for (const locale of LOCALES) for (const {type} of PAGE_TYPES) add(`${type}, ${locale}`, (s) => (browser ? find(s, locale, type)?.firstLoad?.jsGzip : find(s, locale, type)?.entry.jsGzip), kib);
  t.section('  of which the scripts the HTML names (runtime, main bundle with the route table and global data)');
  for (const locale of LOCALES) add(`every page, ${locale}`, (s) => find(s, locale, 'home')?.entry.jsGzip, kib);
  add('  main.js, en', (s) => s.bundles['main.js, en'], kib);
  add('  runtime~main.js, en (chunk map)', (s) => s.bundles['runtime~main.js, en'], kib);
  add('  largest route shard, en (one per page)', (s) => s.bundles['route-shard.js, en'], kib);
  if (browser) add('  scripts every page type fetched, en', (s) => sharedScripts(s.loads.filter((l) => l.locale === 'en')).length, (n) => `${n} files`);
  if (browser) {
    t.section('JavaScript fetched until the network was idle after hydration (gzip; adds lazy parts and idle prefetches)');
    for (const locale of LOCALES) for (const {type} of PAGE_TYPES) add(`${type}, ${locale}`, (s) => find(s, locale, type)?.untilIdle?.jsGzip, kib);
  }
  t.section('First-load CSS per page (gzip; the stylesheets loaded until hydration)');
  for (const locale of LOCALES) for (const {type} of PAGE_TYPES) add(`${type}, ${locale}`, (s) => (browser ? find(s, locale, type)?.firstLoad?.cssGzip : find(s, locale, type)?.entry.cssGzip), kib);
  t.section('HTML per page (gzip)');
  for (const locale of LOCALES) for (const {type} of PAGE_TYPES) add(`${type}, ${locale}`, (s) => find(s, locale, type)?.htmlGzip, kib);

  t.section('Sidebar data per docs and glossary page (every page of the docs version carries the same)');
  for (const {label} of today.sidebars) {
    const pick = (s: SiteFigures) => s.sidebars.find((x) => x.label === label)?.figures;
    add(`${label}: sidebar tree (docsSidebars), gzip`, (s) => pick(s)?.sidebarJson.gzip, kib);
    add(`  raw`, (s) => pick(s)?.sidebarJson.raw, kib);
    add(`  sidebar in the HTML, gzip`, (s) => pick(s)?.html.gzip, kib);
    add(`  links in the sidebar`, (s) => pick(s)?.html.links, String);
    add(`  version module beside it (docs: every page's title and description), gzip`, (s) => pick(s)?.docsMapJson.gzip, kib);
    add(`  whole version props chunk, gzip`, (s) => pick(s)?.chunkGzip, kib);
  }

  t.section(`Search index (${today.search[0]?.what ?? ''})`);
  for (const locale of LOCALES) {
    const pick = (s: SiteFigures) => s.search.find((x) => x.locale === locale);
    add(`${locale}: all index files, raw`, (s) => pick(s)?.total.raw, kib);
    add(`${locale}: all index files, gzip`, (s) => pick(s)?.total.gzip, kib);
    add(`${locale}: files`, (s) => pick(s)?.total.files, String);
    add(`${locale}: largest file (most one first search downloads), gzip`, (s) => pick(s)?.largestGzip, kib);
  }
  t.section('Loaded on demand');
  add('glossary tooltip definitions, en (first hover), gzip', (s) => s.bundles['glossary-tooltips.js, en'], kib);
  t.print();
}

async function main(): Promise<void> {
  const today = await measure('today', 1);
  const scaled = scale > 1 ? await measure(`${scale}×`, scale) : undefined;
  report(today, scaled);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
