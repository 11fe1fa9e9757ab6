/** Which locale, edition and entry a compiled MDX file belongs to, judged by its path. */
import path from 'node:path';
import {classifyFile, contentRoots} from '../plugins/atlas/layout';
import {DEFAULT_LOCALE, LOCALES, type EntryKind, type Locale} from '../plugins/atlas/vocabulary';

export interface Located {
  readonly locale: Locale;
  /** The cut edition the file belongs to; undefined for the current docs and the glossary. */
  readonly edition?: string;
  readonly what: {kind: EntryKind; id: string} | {kind: 'page'};
}

/** `versioned_docs/version-X/…` or `i18n/<locale>/docusaurus-plugin-content-docs/version-X/…` → X. */
function editionOf(siteDir: string, locale: Locale, file: string): string | undefined {
  const rel = path.relative(siteDir, file).split(path.sep);
  const folder = locale === DEFAULT_LOCALE ? (rel[0] === 'versioned_docs' ? rel[1] : undefined) : rel[0] === 'i18n' && rel[1] === locale && rel[2] === 'docusaurus-plugin-content-docs' ? rel[3] : undefined;
  return folder?.startsWith('version-') ? folder.slice('version-'.length) : undefined;
}

export function locate(siteDir: string, file: string): Located | undefined {
  for (const locale of LOCALES) {
    const edition = editionOf(siteDir, locale, file);
    const what = classifyFile(contentRoots(siteDir, locale, edition), file);
    if (what) return {locale, ...(edition ? {edition} : {}), what};
  }
  return undefined;
}
