/** The page types the bench measures, and how many pages a build wrote. */
import fs from 'node:fs';
import path from 'node:path';
import {LOCALES, DEFAULT_LOCALE, type Locale} from '../../src/plugins/atlas/vocabulary';
import {walk} from './sizes';

/** One page of each type; all of them exist today, so they exist in every synthetic copy too. */
export const PAGE_TYPES = [
  {type: 'home', route: '/'},
  {type: 'glossary index', route: '/glossary'},
  {type: 'term', route: '/glossary/kvcache'},
  {type: 'system', route: '/docs/systems/mooncake'},
  {type: 'person', route: '/docs/people/zhai-jidong'},
  {type: 'timeline', route: '/docs/history/timeline'},
  {type: 'lineage', route: '/docs/history/lineage'},
] as const;
export type PageType = (typeof PAGE_TYPES)[number]['type'];

export {LOCALES};
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);
/** The folder a locale's build is written to, inside the build folder. */
export const localeDir = (outDir: string, locale: Locale): string => path.join(outDir, localePrefix(locale));

export function htmlFile(outDir: string, urlPath: string): string {
  const clean = urlPath.replace(/\/$/, '');
  const candidates = [`${clean}.html`, `${clean}/index.html`].map((f) => path.join(outDir, f));
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`no page for ${urlPath} in ${outDir}`);
  return found;
}

/** Pages the build rendered, and the redirect pages the client-redirects plugin wrote beside them. */
export function countPages(outDir: string): {pages: number; redirects: number} {
  let pages = 0;
  let redirects = 0;
  for (const file of walk(outDir, (d) => d.endsWith(`${path.sep}assets`))) {
    if (!file.endsWith('.html')) continue;
    const head = fs.readFileSync(file, 'utf8').slice(0, 600);
    if (/http-equiv="?refresh/i.test(head)) redirects++;
    else pages++;
  }
  return {pages, redirects};
}
