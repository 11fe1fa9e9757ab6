/** Where each kind of page lives, in each locale; the one place that knows the folder layout. */
import path from 'node:path';
import {DEFAULT_LOCALE, type EntryKind, type Locale} from './vocabulary';

export interface ContentRoots {
  /** Folder of the reference docs for this locale (docs/, a versioned_docs folder, or its i18n mirror). */
  readonly docs: string;
  /** Folder of the glossary for this locale. */
  readonly glossary: string;
}

export {KIND_FOLDERS, entryPath, docsRouteBase} from './paths';
import {KIND_FOLDERS} from './paths';

export const GLOSSARY_INSTANCE_ID = 'glossary';

/**
 * Content folders of a locale, for the current docs or for a cut edition (its
 * versioned copy). The glossary is not versioned: every edition shares it.
 */
export function contentRoots(siteDir: string, locale: Locale, edition?: string): ContentRoots {
  const i18nDocs = path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs');
  if (locale === DEFAULT_LOCALE) {
    return {
      docs: edition ? path.join(siteDir, 'versioned_docs', `version-${edition}`) : path.join(siteDir, 'docs'),
      glossary: path.join(siteDir, 'glossary'),
    };
  }
  return {
    docs: path.join(i18nDocs, edition ? `version-${edition}` : 'current'),
    glossary: path.join(siteDir, 'i18n', locale, `docusaurus-plugin-content-docs-${GLOSSARY_INSTANCE_ID}`, 'current'),
  };
}

/** The root folder of one docs instance within a locale's roots. */
export const instanceRoot = (roots: ContentRoots, instance: 'docs' | 'glossary'): string => (instance === 'glossary' ? roots.glossary : roots.docs);

/** Which entry, if any, a content file is, judged by its path. */
export function classifyFile(
  roots: ContentRoots,
  file: string,
): {kind: EntryKind; id: string} | {kind: 'page'} | undefined {
  const ext = path.extname(file);
  if (ext !== '.md' && ext !== '.mdx') return undefined;
  const base = path.basename(file, ext);
  for (const [root, isGlossary] of [
    [roots.glossary, true],
    [roots.docs, false],
  ] as const) {
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (base.startsWith('_') || rel.split(path.sep).some((part) => part.startsWith('_'))) return undefined;
    if (base === 'index') return {kind: 'page'};
    const dir = path.dirname(rel);
    if (isGlossary) return dir === '.' ? {kind: 'term', id: base} : {kind: 'page'};
    for (const kind of ['person', 'system', 'institution'] as const) {
      if (dir === KIND_FOLDERS[kind]) return {kind, id: base};
    }
    return {kind: 'page'};
  }
  return undefined;
}
