/**
 * Search quality, measured the way a reader meets it: each query of
 * tests/search/queries.yaml is typed into the real search dialog of the built
 * site in headless Chromium, and the pages its results lead to are compared with
 * the page the query should find. Prints top-1 and top-3 hit rates per locale and every
 * miss; exits non-zero when top-3 falls below the threshold in either locale.
 *
 * Usage: npm run search:eval [-- --min-top3 0.95]   (after npm run build)
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {z} from 'zod';
import {serve} from '../tests/browser/server';
import {launch} from '../tests/browser/browser';
import {openSearch, typeQuery} from '../tests/browser/searchBox';

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
      await openSearch(page);
      for (const query of queries.filter((q) => q.locale === locale)) {
        const pages = await typeQuery(page, query.q).catch(() => [] as string[]);
        const wanted = `${LOCALE_PREFIX[locale]}${query.expect}`;
        results.push({query, rank: pages.indexOf(wanted), got: pages.slice(0, 3)});
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
