/**
 * The local search index as it is written to `<locale>/search/<edition>/` and read by the browser.
 *
 * The browser first fetches `manifest.json`: file names and one number per page, so it stays small
 * as the site grows. A query then fetches only what it needs: the word list of each letter its
 * Latin words begin with (for as-you-type and typo matching), the shards its terms hash to (the
 * postings), and, for the pages it shows, the bundles holding their titles and section texts. Those
 * files carry a content hash in their names and can be cached forever; the manifest keeps its name
 * and is revalidated.
 */
export const SEARCH_FORMAT = 2;
export const SEARCH_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';
/** Han-character → pinyin table for the whole site (one per locale folder), for homophone typos. */
export const PINYIN_FILE = 'pinyin.json';
/** Prefix of the term that marks a page's exact title or other name (=mooncake, =八卦炉). */
export const EXACT_NAME = '=';

/** Weight of a term in the title, the other names, the description and a section heading. */
export const FIELD_WEIGHT = {title: 3, keywords: 2, description: 1, heading: 1} as const;

export interface SearchManifest {
  readonly format: typeof SEARCH_FORMAT;
  /** Length of each page's body in terms, for length normalisation; its index is the page's number. */
  readonly lengths: readonly number[];
  readonly avgLength: number;
  /** Shard files, by shardOf(term). */
  readonly shards: readonly string[];
  /** Word-list files by the first character of the words they hold. */
  readonly words: Readonly<Record<string, string>>;
  /** Text bundles, each holding consecutive pages starting at textStarts[i]. */
  readonly texts: readonly string[];
  readonly textStarts: readonly number[];
}

/**
 * A shard: term → flat postings, four numbers each: page, section, weight in title/names/headings
 * (×10) and weight in the body (×10).
 */
export type SearchShard = Readonly<Record<string, readonly number[]>>;
/** A word list: the Latin words of the edition starting with one character, normalised and sorted. */
export type SearchWords = readonly string[];

/** What the results show of one page. */
export interface SearchPage {
  /** URL path (with locale prefix and base URL). */
  readonly u: string;
  /** Title. */
  readonly t: string;
  /** Breadcrumb labels above the page. */
  readonly c: readonly string[];
  /** Sections: [anchor, heading]; the first is the top of the page, ['', '']. */
  readonly h: readonly (readonly [string, string])[];
  /** Each section's text (the description first for the top). */
  readonly s: readonly string[];
}
/** A text bundle: page number → page. */
export type SearchTexts = Readonly<Record<string, SearchPage>>;
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

/** The bundle holding page `doc`: the last bundle starting at or before it. */
export function textBundleOf(manifest: SearchManifest, doc: number): number {
  let lo = 0;
  let hi = manifest.textStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (manifest.textStarts[mid]! <= doc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The key of a page's exact title or other name: normalised, spaces collapsed. */
export function exactNameTerm(normalizedName: string): string {
  return EXACT_NAME + normalizedName.replace(/\s+/g, ' ').trim();
}
