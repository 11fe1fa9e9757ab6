/**
 * What each page type loads at first, in three readings:
 * - entry: the scripts and stylesheets the built HTML names (<script src>, <link rel=stylesheet>);
 *   Docusaurus names only its runtime, its main bundle (with the route table) and the CSS there;
 * - first load: what Chromium fetches from opening the page until React has hydrated it, which
 *   adds the route's chunks (page component, MDX content, data modules, the docs version's
 *   sidebar module, the route table's shard): what the page needs before it responds. Measured
 *   with the browser asking to save data, so that no link prefetch started early is counted;
 * - until idle: every script and stylesheet fetched until the network is idle after hydration,
 *   which adds what the page loads by itself afterwards (lazy parts, idle prefetches).
 * Sizes are the gzip of the files in the build, not transfer sizes, so they do not depend on the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import {serve, resolveFile} from '../../tests/browser/server';
import {askToSaveData, launch, type Session} from '../../tests/browser/browser';
import {PAGE_TYPES, LOCALES, localePrefix, htmlFile, type PageType} from './pages';
import {fileGzip} from './sizes';
import type {Locale} from '../../src/plugins/atlas/vocabulary';

export interface Assets {
  readonly jsGzip: number;
  readonly jsFiles: number;
  readonly cssGzip: number;
}

export interface PageLoad {
  readonly type: PageType;
  readonly locale: Locale;
  readonly route: string;
  readonly htmlGzip: number;
  readonly entry: Assets;
  /** Undefined when Chromium is not available. */
  readonly firstLoad?: Assets & {readonly scripts: readonly string[]};
  readonly untilIdle?: Assets;
}

const tally = (outDir: string, urls: readonly string[]): Assets => {
  const files = [...new Set(urls)].map((u) => resolveFile(outDir, u)).filter((f): f is string => !!f);
  const js = files.filter((f) => f.endsWith('.js'));
  const css = files.filter((f) => f.endsWith('.css'));
  return {jsGzip: js.reduce((n, f) => n + fileGzip(f), 0), jsFiles: js.length, cssGzip: css.reduce((n, f) => n + fileGzip(f), 0)};
};

/** Same-site script and stylesheet URLs named in the HTML. */
export function entryAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?(\/[^"' >]+\.js)/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/g)].flatMap((m) => /\bhref=["']?(\/[^"' >]+\.css)/.exec(m[0])?.[1] ?? []);
  return [...scripts, ...styles];
}

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Same-site scripts and stylesheets a page fetched. With `saveData` (the reader's browser asks to
 * save data) nothing is prefetched, and loading stops at hydration: what the page needed to respond.
 * Without it, until the network is idle: adds the page's later loading and the idle prefetches.
 */
async function load(session: Session, url: string, {saveData}: {saveData: boolean}): Promise<string[]> {
  const page = await session.newPage();
  if (saveData) await askToSaveData(page);
  const fetched: string[] = [];
  const origin = new URL(url).origin;
  page.on('request', (r) => {
    const requested = new URL(r.url());
    if (requested.origin === origin && /\.(js|css)$/.test(requested.pathname)) fetched.push(requested.pathname);
  });
  await page.goto(url, {waitUntil: 'commit'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  if (!saveData) await page.waitForLoadState('networkidle');
  const seen = [...fetched];
  await page.close();
  return seen;
}

export async function measurePages(outDir: string): Promise<PageLoad[]> {
  const useBrowser = fs.existsSync(chromiumPath());
  const server = useBrowser ? await serve(outDir) : undefined;
  const session = useBrowser ? await launch() : undefined;
  const results: PageLoad[] = [];
  try {
    for (const locale of LOCALES) {
      for (const {type, route} of PAGE_TYPES) {
        const urlPath = `${localePrefix(locale)}${route}` || '/';
        const file = htmlFile(outDir, urlPath);
        const html = fs.readFileSync(file, 'utf8');
        let firstLoad: PageLoad['firstLoad'];
        let untilIdle: PageLoad['untilIdle'];
        if (server && session) {
          const first = await load(session, server.origin + urlPath, {saveData: true});
          firstLoad = {...tally(outDir, first), scripts: first.filter((u) => u.endsWith('.js'))};
          untilIdle = tally(outDir, await load(session, server.origin + urlPath, {saveData: false}));
        }
        results.push({type, locale, route: urlPath, htmlGzip: fileGzip(file), entry: tally(outDir, entryAssets(html)), firstLoad, untilIdle});
      }
    }
  } finally {
    await session?.close();
    await server?.close();
  }
  return results;
}

/** The scripts every page fetched: runtime, main bundle and what all routes share. */
export function sharedScripts(loads: readonly PageLoad[]): string[] {
  const lists = loads.map((l) => new Set(l.firstLoad?.scripts ?? []));
  return [...(lists[0] ?? [])].filter((s) => lists.every((l) => l.has(s)));
}

export const scriptFile = (outDir: string, urlPath: string): string => path.join(outDir, urlPath);
