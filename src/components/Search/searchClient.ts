/**
 * The browser side of local search: fetches the index files of one edition in one language (each
 * once), runs the query and turns the ranked pages into result groups with snippets.
 */
import {MANIFEST_FILE, textBundleOf, type SearchManifest, type SearchTexts} from '@site/src/plugins/search/format';
import {search, type IndexSource} from '@site/src/plugins/search/query';
import {matcherFor, snippet, type Segment} from '@site/src/plugins/search/snippet';
import {HIGHLIGHT_PARAM} from './params';

export interface ResultSection {
  readonly url: string;
  readonly heading: string;
  readonly snippet: readonly Segment[];
}
export interface ResultGroup {
  readonly url: string;
  readonly title: string;
  readonly crumbs: readonly string[];
  readonly snippet: readonly Segment[];
  readonly sections: readonly ResultSection[];
}
export interface SearchResults {
  readonly query: string;
  readonly groups: readonly ResultGroup[];
  /** Pages found in all, of which `groups` are the first. */
  readonly total: number;
}

const files = new Map<string, Promise<unknown>>();
function getJson<T>(url: string): Promise<T> {
  let pending = files.get(url);
  if (!pending) {
    pending = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`search index ${url}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    });
    // A failed fetch (offline for a moment, a new deploy) is tried again on the next query.
    pending.catch(() => files.delete(url));
    files.set(url, pending);
  }
  return pending as Promise<T>;
}

export function withHighlight(url: string, query: string, anchor = ''): string {
  return `${url}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${anchor ? `#${anchor}` : ''}`;
}

/** indexBase: the edition's index folder, ending in '/'; pinyinUrl: the locale's pinyin table. */
export function createSearcher(indexBase: string, pinyinUrl: string) {
  const source: IndexSource = {
    manifest: () => getJson<SearchManifest>(indexBase + MANIFEST_FILE),
    shard: (name) => getJson(indexBase + name),
    words: (name) => getJson(indexBase + name),
    pinyin: () => getJson(pinyinUrl),
  };
  return {
    /** Starts the manifest download early (the box was focused or hovered). */
    warm(): void {
      void source.manifest().catch(() => undefined);
    },
    async run(query: string, limit = 8): Promise<SearchResults> {
      if (query.trim() === '') return {query, groups: [], total: 0};
      const manifest = await source.manifest();
      const {plan, hits} = await search(source, query);
      const shown = hits.slice(0, limit);
      const bundleIds = [...new Set(shown.map((h) => textBundleOf(manifest, h.doc)))];
      const bundles = await Promise.all(bundleIds.map((x) => getJson<SearchTexts>(indexBase + manifest.texts[x]!)));
      const pages = new Map(bundles.flatMap((b) => Object.entries(b)).map(([doc, page]) => [Number(doc), page]));
      const matcher = matcherFor(query, plan.stems);
      const groups = shown.flatMap((hit): ResultGroup[] => {
        const page = pages.get(hit.doc);
        if (!page) return [];
        const top = hit.sections[0]?.score ?? 0;
        const sections = hit.sections
          .filter((s) => s.section > 0 && s.score >= top * 0.3 && page.h[s.section])
          .slice(0, 2)
          .map((s) => ({
            url: withHighlight(page.u, query, page.h[s.section]![0]),
            heading: page.h[s.section]![1],
            snippet: snippet(page.s[s.section] ?? '', matcher),
          }));
        return [{url: withHighlight(page.u, query), title: page.t, crumbs: page.c, snippet: snippet(page.s[0] ?? '', matcher), sections}];
      });
      return {query, groups, total: hits.length};
    },
  };
}
export type Searcher = ReturnType<typeof createSearcher>;
