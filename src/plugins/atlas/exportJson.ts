/** The machine-readable glossary at /glossary.json (and /zh-Hans/glossary.json). */
import type {AtlasGraph} from './graph';
import {glossaryIndex} from './views';
import {DEFAULT_LOCALE, LOCALES, type Locale, type TopicId} from './vocabulary';

export interface GlossaryExportEntry {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  readonly topics: readonly TopicId[];
  readonly url: string;
  readonly alternates: readonly {readonly locale: Locale; readonly term: string; readonly url: string}[];
}

export interface GlossaryExport {
  readonly locale: Locale;
  readonly count: number;
  readonly entries: readonly GlossaryExportEntry[];
}

/** `siteUrl` is the origin (e.g. https://example.org); baseUrl of the default locale is "/". */
export function localeBase(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
}

export function glossaryExport(graph: AtlasGraph, locale: Locale, siteUrl: string): GlossaryExport {
  const origin = siteUrl.replace(/\/$/, '');
  const others = LOCALES.filter((l) => l !== locale).map((l) => ({locale: l, items: new Map(glossaryIndex(graph, l).map((i) => [i.id, i]))}));
  const entries = glossaryIndex(graph, locale).map((item) => ({
    id: item.id,
    term: item.name,
    aliases: item.aliases,
    definition: item.definition,
    topics: item.topics,
    url: `${origin}${localeBase(locale)}glossary/${item.id}`,
    alternates: others.map(({locale: l, items}) => ({locale: l, term: items.get(item.id)!.name, url: `${origin}${localeBase(l)}glossary/${item.id}`})),
  }));
  return {locale, count: entries.length, entries};
}
