/** Which locale and entry a compiled MDX file belongs to, judged by its path (current or versioned docs). */
import path from 'node:path';
import {classifyFile, contentRoots, type ContentRoots} from '../plugins/atlas/layout';
import {DEFAULT_LOCALE, LOCALES, type EntryKind, type Locale} from '../plugins/atlas/vocabulary';

export interface Located {
  readonly locale: Locale;
  readonly what: {kind: EntryKind; id: string} | {kind: 'page'};
}

function versionedRoots(siteDir: string, locale: Locale, file: string): ContentRoots | undefined {
  const rel = path.relative(siteDir, file).split(path.sep);
  const current = contentRoots(siteDir, locale);
  if (locale === DEFAULT_LOCALE && rel[0] === 'versioned_docs' && rel[1]) {
    return {...current, docs: path.join(siteDir, 'versioned_docs', rel[1])};
  }
  if (locale !== DEFAULT_LOCALE && rel[0] === 'i18n' && rel[1] === locale && rel[2] === 'docusaurus-plugin-content-docs' && rel[3]?.startsWith('version-')) {
    return {...current, docs: path.join(siteDir, ...rel.slice(0, 4))};
  }
  return undefined;
}

export function locate(siteDir: string, file: string): Located | undefined {
  for (const locale of LOCALES) {
    const roots = versionedRoots(siteDir, locale, file) ?? contentRoots(siteDir, locale);
    const what = classifyFile(roots, file);
    if (what) return {locale, what};
  }
  return undefined;
}
