/**
 * Search index sizes per locale. The search engine is being replaced: when a locale's build has
 * a `search/` folder, every file in it counts; otherwise the files of @easyops-cn/docusaurus-search-local
 * (`search-index*.json`, one per docs version, each fetched whole on the first search from that version).
 */
import fs from 'node:fs';
import path from 'node:path';
import {LOCALES, localeDir} from './pages';
import {fileGzip, sumFiles, walk, type Sum} from './sizes';
import type {Locale} from '../../src/plugins/atlas/vocabulary';

export interface SearchFigures {
  readonly locale: Locale;
  readonly what: string;
  readonly total: Sum;
  /** The largest single file, gzip: the most one first search can download. */
  readonly largestGzip: number;
}

export function searchFigures(outDir: string): SearchFigures[] {
  return LOCALES.map((locale) => {
    const dir = localeDir(outDir, locale);
    const otherLocales = LOCALES.filter((l) => l !== locale).map((l) => localeDir(outDir, l));
    const folder = path.join(dir, 'search');
    const files = fs.existsSync(folder)
      ? walk(folder)
      : walk(dir, (d) => otherLocales.includes(d) || d.endsWith(`${path.sep}assets`)).filter((f) => /^search-index.*\.json$/.test(path.basename(f)));
    return {
      locale,
      what: fs.existsSync(folder) ? `${path.relative(outDir, folder) || 'search'}/` : 'search-index*.json',
      total: sumFiles(files),
      largestGzip: Math.max(0, ...files.map(fileGzip)),
    };
  });
}
