/**
 * The machine-readable glossary at /glossary.json (and /zh-Hans/glossary.json),
 * with its JSON Schema beside it. The format is the contract other sites build
 * against (remark-atlas-terms reads it); its version and schema live in that
 * package, so the writer and the reader cannot drift apart unnoticed.
 */
import fs from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {GLOSSARY_FORMAT_VERSION, type GlossaryFile} from 'remark-atlas-terms/format';
import type {AtlasGraph} from './graph';
import {glossaryIndex} from './views';
import {DEFAULT_LOCALE, LOCALES, type Locale, type TopicId} from './vocabulary';

export const GLOSSARY_JSON = 'glossary.json';
export const GLOSSARY_SCHEMA_JSON = 'glossary.schema.json';

export interface GlossaryExportEntry {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  /** Old ids and the URL slugs of its English names and aliases: every other id that redirects to this entry. */
  readonly altIds: readonly string[];
  readonly definition: string;
  readonly topics: readonly TopicId[];
  readonly url: string;
  readonly alternates: readonly {readonly locale: Locale; readonly term: string; readonly url: string}[];
}

export interface GlossaryExport extends GlossaryFile {
  readonly locale: Locale;
  readonly entries: readonly GlossaryExportEntry[];
}

/** `siteUrl` is the origin (e.g. https://example.org); baseUrl of the default locale is "/". */
export function localeBase(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
}

export function glossaryExport(graph: AtlasGraph, locale: Locale, siteUrl: string): GlossaryExport {
  const origin = siteUrl.replace(/\/$/, '');
  const others = LOCALES.filter((l) => l !== locale).map((l) => ({locale: l, items: new Map(glossaryIndex(graph, l).map((i) => [i.id, i]))}));
  const altIds = new Map<string, string[]>();
  for (const [alt, id] of graph.termRedirects) altIds.set(id, [...(altIds.get(id) ?? []), alt]);
  const entries = glossaryIndex(graph, locale).map((item) => ({
    id: item.id,
    term: item.name,
    aliases: item.aliases,
    altIds: (altIds.get(item.id) ?? []).sort(),
    definition: item.definition,
    topics: item.topics,
    url: `${origin}${localeBase(locale)}glossary/${item.id}`,
    alternates: others.map(({locale: l, items}) => ({locale: l, term: items.get(item.id)!.name, url: `${origin}${localeBase(l)}glossary/${item.id}`})),
  }));
  return {
    $schema: `${origin}${localeBase(locale)}${GLOSSARY_SCHEMA_JSON}`,
    formatVersion: GLOSSARY_FORMAT_VERSION,
    locale,
    site: `${origin}/`,
    // Relative to this file, so that a copy on disk (an atlas build folder) finds its siblings as the published one does.
    files: Object.fromEntries(LOCALES.map((l) => [l, path.posix.relative(localeBase(locale), `${localeBase(l)}${GLOSSARY_JSON}`)])),
    count: entries.length,
    entries,
  };
}

/** Writes glossary.json and its schema into one locale's build folder. */
export async function writeGlossaryJson(outDir: string, siteDir: string, graph: AtlasGraph, locale: Locale, siteUrl: string): Promise<void> {
  const exported = glossaryExport(graph, locale, siteUrl);
  const schemaFile = createRequire(path.join(siteDir, 'package.json')).resolve(`remark-atlas-terms/${GLOSSARY_SCHEMA_JSON}`);
  const schema = JSON.parse(await fs.readFile(schemaFile, 'utf8')) as Record<string, unknown>;
  await fs.writeFile(path.join(outDir, GLOSSARY_JSON), JSON.stringify(exported, null, 1));
  await fs.writeFile(path.join(outDir, GLOSSARY_SCHEMA_JSON), JSON.stringify({$id: exported.$schema, ...schema}, null, 1));
}
