/**
 * `npm run lighthouse`: Lighthouse (mobile, simulated throttling, as PageSpeed
 * Insights runs it) on every page type in both locales, over the same server as
 * `npm run serve` (Brotli, cache headers). Prints the four category scores and
 * TBT, LCP and CLS per page; figures only, nothing is asserted, because a
 * 2-core machine varies by several points between runs. Run `npm run build` first.
 *
 *   npm run lighthouse -- --only moe,home --locale zh-Hans --runs 3
 *   npm run lighthouse -- --diagnostics --save .lighthouse   (what costs the time; full JSON reports)
 *   npm run lighthouse -- --dir ../before/build,build        (two builds side by side, page by page)
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH), started once with a
 * fresh profile and no network besides the local server.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {serve} from './static-server';
import {LOCALE_PREFIX, PAGE_TYPES, localePath, type Locale} from '../tests/browser/pageTypes';

const ROOT = path.resolve(__dirname, '..');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const {values} = parseArgs({
  options: {
    only: {type: 'string'},
    locale: {type: 'string'},
    runs: {type: 'string', default: '1'},
    dir: {type: 'string', default: 'build'},
    save: {type: 'string'},
    diagnostics: {type: 'boolean', default: false},
  },
});

/** The subset of a Lighthouse result this script reads. */
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: {type: string; items?: Record<string, unknown>[]};
}
interface Lhr {
  categories: Record<string, {score: number | null; auditRefs: {id: string; weight: number}[]}>;
  audits: Record<string, Audit>;
  runtimeError?: {message: string};
  runWarnings: string[];
}
type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{lhr: Lhr; report: string | string[]} | undefined>;

async function startChromium(): Promise<{port: number; process: ChildProcess; profile: string}> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lighthouse-'));
  const chrome = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {stdio: ['ignore', 'ignore', 'pipe']},
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a debugging port within 30 s:\n${seen}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chrome.once('error', (err) => reject(new Error(`Could not start ${process.env.CHROME_PATH ?? '/usr/bin/chromium'} (set CHROME_PATH): ${err.message}`)));
  });
  chrome.stderr!.resume();
  return {port, process: chrome, profile};
}

/** Compresses every asset once before measuring, as a host that serves precompressed files would have. */
async function warm(origin: string, root: string): Promise<void> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(js|css|svg)$/.test(e.name)) files.push(full);
    }
  };
  walk(path.join(root, 'assets'));
  for (const file of files) {
    await (await fetch(`${origin}/${path.relative(root, file).split(path.sep).join('/')}`, {headers: {'accept-encoding': 'br'}})).arrayBuffer();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pad = (s: string | number, n: number) => String(s).padStart(n);

function printDiagnostics(label: string, lhr: Lhr): void {
  const a = lhr.audits;
  console.log(`\n── ${label}`);
  for (const id of ['bootup-time', 'mainthread-work-breakdown', 'long-tasks', 'unused-javascript', 'render-blocking-resources', 'total-byte-weight']) {
    const audit = a[id];
    if (!audit) continue;
    console.log(`  ${audit.title}: ${audit.displayValue ?? ''}`);
    for (const item of (audit.details?.items ?? []).slice(0, 6)) {
      const name = String(item.url ?? item.groupLabel ?? item.group ?? '').replace(/^https?:\/\/[^/]+/, '');
      const figures = ['total', 'scripting', 'duration', 'startTime', 'wastedBytes', 'totalBytes', 'wastedMs']
        .filter((k) => typeof item[k] === 'number')
        .map((k) => `${k} ${Math.round(item[k] as number)}`)
        .join(', ');
      console.log(`    ${name.slice(0, 70).padEnd(70)} ${figures}`);
    }
  }
  for (const category of CATEGORIES.slice(1)) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = a[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        console.log(`  ${category} fails: ${audit.id}: ${audit.title}`);
        for (const item of (audit.details?.items ?? []).slice(0, 5)) {
          const node = item.node as {snippet?: string; explanation?: string} | undefined;
          if (node) console.log(`    ${node.snippet?.slice(0, 110)}\n      ${node.explanation?.split('\n')[1] ?? ''}`);
        }
      }
    }
  }
  if (lhr.runWarnings.length) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
}

interface Site {
  readonly label: string;
  readonly root: string;
  origin: string;
}

async function main(): Promise<void> {
  // --dir a,b measures two builds side by side (before and after a change), page by page, so both see the same machine load.
  const sites: Site[] = values.dir!.split(',').map((dir) => {
    const root = path.resolve(ROOT, dir.trim());
    if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root} holds no index.html: run \`npm run build\` first.`);
    return {label: dir.trim(), root, origin: ''};
  });
  const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
  const pages = PAGE_TYPES.filter((p) => !only || only.some((o) => p.type.includes(o) || p.path.includes(o)));
  const locales = (Object.keys(LOCALE_PREFIX) as Locale[]).filter((l) => !values.locale || l === values.locale);
  const runs = Math.max(1, Number(values.runs));
  if (!pages.length || !locales.length) throw new Error('--only or --locale matched no page: see tests/browser/pageTypes.ts.');

  // Lighthouse is an ES module; a dynamic import keeps this script runnable by tsx as CommonJS.
  const {default: lighthouse} = (await import('lighthouse')) as unknown as {default: LighthouseFn};
  const servers = await Promise.all(sites.map((site) => serve(site.root)));
  sites.forEach((site, i) => (site.origin = servers[i]!.origin));
  const chrome = await startChromium();
  try {
    for (const site of sites) await warm(site.origin, site.root);
    if (values.save) fs.mkdirSync(values.save, {recursive: true});
    console.log(`Lighthouse 12, mobile, simulated throttling; ${runs > 1 ? `median of ${runs} runs` : 'one run'} per page; served with Brotli and cache headers.`);
    // Simulated throttling scales the CPU time it observes: other work on the machine inflates TBT.
    const load = os.loadavg()[0]!;
    const cores = os.availableParallelism();
    console.log(`Load average ${load.toFixed(1)} on ${cores} cores${load > cores * 0.75 ? ': the machine is busy, expect inflated TBT' : ''}.\n`);
    const labelWidth = sites.length > 1 ? Math.max(...sites.map((s) => s.label.length)) + 1 : 0;
    const header = `${'page'.padEnd(18)} ${'locale'.padEnd(7)} ${''.padEnd(labelWidth)}${pad('perf', 4)} ${pad('a11y', 4)} ${pad('bp', 4)} ${pad('seo', 4)} ${pad('TBT ms', 7)} ${pad('LCP s', 6)} ${pad('CLS', 6)} ${pad('FCP s', 6)}`;
    console.log(header);
    console.log('─'.repeat(header.length));
    for (const page of pages) {
      for (const locale of locales) {
        for (const site of sites) {
          const url = site.origin + localePath(page.path, locale);
          const results: Lhr[] = [];
          for (let i = 0; i < runs; i++) {
            const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]});
            if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
            results.push(result.lhr);
            if (values.save) {
              const name = `${page.type.replace(/\W+/g, '-')}.${locale}${sites.length > 1 ? `.${site.label.replace(/\W+/g, '_')}` : ''}${runs > 1 ? `.${i + 1}` : ''}.json`;
              fs.writeFileSync(path.join(values.save, name), typeof result.report === 'string' ? result.report : result.report[0]!);
            }
          }
          const score = (lhr: Lhr, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
          // The run with the median performance score stands for the page; its figures are printed together.
          const performanceScores = results.map((r) => score(r, 'performance'));
          const lhr = results[performanceScores.indexOf(median(performanceScores))]!;
          const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          console.log(
            `${page.type.padEnd(18)} ${locale.padEnd(7)} ${(sites.length > 1 ? site.label : '').padEnd(labelWidth)}${CATEGORIES.map((c) => pad(score(lhr, c), 4)).join(' ')} ${pad(Math.round(metric('total-blocking-time')), 7)} ${pad((metric('largest-contentful-paint') / 1000).toFixed(1), 6)} ${pad(metric('cumulative-layout-shift').toFixed(3), 6)} ${pad((metric('first-contentful-paint') / 1000).toFixed(1), 6)}`,
          );
          if (values.diagnostics) printDiagnostics(`${page.type} (${locale}) ${url}`, lhr);
        }
      }
    }
  } finally {
    const exited = new Promise((resolve) => chrome.process.once('exit', resolve));
    chrome.process.kill();
    await exited;
    await Promise.all(servers.map((server) => server.close()));
    fs.rmSync(chrome.profile, {recursive: true, force: true});
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
