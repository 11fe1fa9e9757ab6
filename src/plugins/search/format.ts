/**
 * The local search index as it is written to `<locale>/search/<edition>/` and read by the browser.
 *
 * The browser first fetches `manifest.json` (page titles, headings, the Latin word list for
 * as-you-type and typo matching, file names). The postings are spread over shards by a hash of the
 * term, so a query downloads only the few shards its terms fall into; section texts for snippets
 * come in bundles fetched for the pages shown. Shard and text files carry a content hash in their
 * names and can be cached forever; the manifest keeps its name and is revalidated.
 */
export const SEARCH_FORMAT = 1;
export const SEARCH_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';
/** Han-character → pinyin table for the whole site (one per locale folder), for homophone typos. */
export const PINYIN_FILE = 'pinyin.json';

/** Weight of a term in the title, the other names, the description and a section heading. */
export const FIELD_WEIGHT = {title: 3, keywords: 2, description: 1, heading: 1} as const;

export interface SearchDoc {
  /** URL path (with locale prefix and base URL). */
  readonly u: string;
  /** Title. */
  readonly t: string;
  /** Index into manifest.crumbs of the breadcrumb labels above the page. */
  readonly c: number;
  /** Length of the body in terms, for length normalisation. */
  readonly n: number;
  /** Index into manifest.texts of the bundle holding this page's section texts. */
  readonly x: number;
}

export interface SearchManifest {
  readonly format: typeof SEARCH_FORMAT;
  readonly docs: readonly SearchDoc[];
  /** Breadcrumb trails, shared by the pages of a section (Systems, Glossary …). */
  readonly crumbs: readonly (readonly string[])[];
  /** Every Latin word of the edition, normalised and sorted, for prefix and typo expansion. */
  readonly words: readonly string[];
  readonly shards: readonly string[];
  readonly texts: readonly string[];
  readonly avgLength: number;
}

/**
 * A shard: term → flat postings, four numbers each: page, section, weight in title/names/headings
 * (×10) and weight in the body (×10).
 */
export type SearchShard = Readonly<Record<string, readonly number[]>>;
/** One page's sections in a text bundle: [anchor, heading] and the text (description first for the top). */
export interface SearchPageTexts {
  readonly h: readonly (readonly [string, string])[];
  readonly t: readonly string[];
}
/** A text bundle: page index → its sections. Fetched only for the pages a search shows. */
export type SearchTexts = Readonly<Record<string, SearchPageTexts>>;
/** Pinyin syllable (no tones) → the characters read that way. */
export type PinyinTable = Readonly<Record<string, string>>;

/** FNV-1a over UTF-16 code units: cheap, the same in Node and the browser. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}
