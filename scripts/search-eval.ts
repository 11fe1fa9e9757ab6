/**
 * Search quality, measured the way a reader meets it: each query of
 * tests/search/queries.yaml is typed into the real search box of the built site
 * in headless Chromium, and the suggestions' links are compared with the page
 * the query should find. Prints top-1 and top-3 hit rates per locale and every
 * miss; exits non-zero when top-3 falls below the threshold in either locale.
 *
 * Usage: npm run search:eval [-- --min-top3 0.95]   (after npm run build)
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {z} from 'zod';
import type {Page} from 'playwright-core';
import {serve} from '../tests/browser/server';
import {launch} from '../tests/browser/browser';

const ROOT = path.resolve(__dirname, '..');
const QUERIES = path.join(ROOT, 'tests/search/queries.yaml');
const LOCALE_PREFIX = {en: '', 'zh-Hans': '/zh-Hans'} as const;

const querySchema = z.strictObject({
  q: z.string().min(1),
  locale: z.enum(['en', 'zh-Hans']),
  /** The page the reader is after, as a path without locale prefix: /docs/systems/mooncake, /glossary/moe. */
  expect: z.string().regex(/^\/(docs|glossary)(\/[^#?]*)?$/),
  /** What kind of query it is, for the per-kind breakdown. */
  kind: z.enum(['name', 'alias', 'other-language', 'pinyin', 'partial', 'typo', 'description']),
});
type Query = z.infer<typeof querySchema>;

export function loadQueries(file = QUERIES): Query[] {
  return z.array(querySchema).parse(YAML.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * The pages the suggestions lead to, in order. The dropdown renders no links (it navigates on
 * select), so each suggestion is read as the reader sees it: a page title, or a heading or text
 * hit shown under its page's title (hitPath) or grouped below the title hit it follows.
 */
async function suggestedPages(page: Page): Promise<string[]> {
  const rows = await page.locator('[role="option"]').evaluateAll((options) =>
    options.map((o) => ({
      title: o.querySelector('[class*="hitTitle"]')?.textContent?.trim() ?? '',
      path: o.querySelector('[class*="hitPath"]')?.textContent?.trim() ?? '',
      grouped: Boolean(o.querySelector('[class*="hitTree"]')),
    })),
  );
  const pages: string[] = [];
  let current = '';
  for (const row of rows) {
    current = row.grouped ? current : row.path ? (row.path.split(' › ').at(-1) ?? row.path) : row.title;
    if (current && !pages.includes(current)) pages.push(current);
  }
  return pages;
}

/** The title a page shows (its h1), read from the built HTML: what the search index calls it. */
function titleOf(build: string, locale: Query['locale'], expect: string): string {
  const file = path.join(build, LOCALE_PREFIX[locale], `${expect}.html`);
  const alt = path.join(build, LOCALE_PREFIX[locale], expect, 'index.html');
  const html = fs.readFileSync(fs.existsSync(file) ? file : alt, 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').trim();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const minIndex = args.indexOf('--min-top3');
  const minTop3 = minIndex >= 0 ? Number(args[minIndex + 1]) : 0.95;
  const queries = loadQueries();
  const build = path.join(ROOT, 'build');
  if (!fs.existsSync(path.join(build, 'index.html'))) throw new Error('build/ is missing: run `npm run build` first');
  const server = await serve(build);
  const session = await launch();
  const results: {query: Query; rank: number; got: string[]}[] = [];
  try {
    for (const locale of ['en', 'zh-Hans'] as const) {
      const page = await session.newPage();
      await page.goto(`${server.origin}${LOCALE_PREFIX[locale]}/docs/intro`, {waitUntil: 'networkidle'});
      await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      const input = page.locator('input.navbar__search-input');
      for (const query of queries.filter((q) => q.locale === locale)) {
        await input.fill('');
        await input.focus();
        await input.pressSequentially(query.q, {delay: 10});
        let pages: string[] = [];
        try {
          await page.locator('[role="option"]').first().waitFor({state: 'visible', timeout: 5000});
          // The suggestion list settles after the last keystroke's search.
          await page.waitForTimeout(150);
          pages = await suggestedPages(page);
        } catch {
          pages = [];
        }
        results.push({query, rank: pages.indexOf(titleOf(build, locale, query.expect)), got: pages.slice(0, 3)});
        await page.keyboard.press('Escape');
      }
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  let failed = false;
  for (const locale of ['en', 'zh-Hans'] as const) {
    const mine = results.filter((r) => r.query.locale === locale);
    const top1 = mine.filter((r) => r.rank === 0).length / mine.length;
    const top3 = mine.filter((r) => r.rank >= 0 && r.rank < 3).length / mine.length;
    console.log(`${locale}: ${mine.length} queries, top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`);
    const kinds = [...new Set(mine.map((r) => r.query.kind))];
    for (const kind of kinds) {
      const k = mine.filter((r) => r.query.kind === kind);
      console.log(`  ${kind.padEnd(15)} ${k.filter((r) => r.rank >= 0 && r.rank < 3).length}/${k.length} in top 3`);
    }
    if (top3 < minTop3) failed = true;
  }
  const misses = results.filter((r) => r.rank < 0 || r.rank >= 3);
  if (misses.length > 0) {
    console.log('\nMisses (query → expected; got):');
    for (const m of misses) console.log(`  [${m.query.locale}] "${m.query.q}" → ${m.query.expect}; got ${m.got.join(', ') || 'nothing'}`);
  }
  if (failed) {
    console.error(`\n✗ top-3 below ${(minTop3 * 100).toFixed(0)} % in at least one locale`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
