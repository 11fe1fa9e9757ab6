/**
 * Search itself, with no DOM and no network of its own: the browser passes a source that fetches
 * the index files, the unit tests one that reads them from memory.
 *
 * A query becomes groups of alternative terms: each Latin word stands for itself, for the words it
 * begins (as-you-type) and, when it is not a word of the site, for the words one or two typos
 * away; each pair of Chinese characters stands for itself. A page scores by BM25-like weights,
 * with title, names and headings counted apart from the body so that the page about a thing ranks
 * above pages that mention it, and by how much of the query it covers, so that a description
 * typed in many words finds the page matching most of it (no word is required). Other readings
 * of the query compete as variants: its Latin words run together (zheng wei min → zhengweimin) and
 * its Chinese read as pinyin (郑伟民 → zhengweimin finds 郑纬民).
 */
import type {PinyinTable, SearchManifest, SearchShard, SearchWords} from './format';
import {exactNameTerm, shardOf} from './format';
import {hanPairs, normalize, splitWords, stem} from './text';

export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  shard(name: string): Promise<SearchShard>;
  words(name: string): Promise<SearchWords>;
  pinyin(): Promise<PinyinTable>;
}

interface Alternative {
  readonly term: string;
  readonly factor: number;
}
interface Group {
  readonly alternatives: readonly Alternative[];
}
interface Variant {
  readonly groups: readonly Group[];
  readonly factor: number;
}

export interface QueryPlan {
  readonly variants: readonly Variant[];
  /** The query as a whole, looked up among the pages' exact titles and other names. */
  readonly exact: string;
  /** Latin stems and Chinese runs that count as a match, for highlighting. */
  readonly stems: ReadonlySet<string>;
  readonly han: readonly string[];
}

export interface SectionHit {
  readonly section: number;
  readonly score: number;
}
export interface PageHit {
  /** The page's number: its index in manifest.lengths and its key in its text bundle. */
  readonly doc: number;
  readonly score: number;
  /** Sections containing query terms, best first. */
  readonly sections: readonly SectionHit[];
}

const PREFIX_LIMIT = 24;
const TYPO_LIMIT = 8;
const K1 = 1.2;
const B = 0.5;

/** The first index of `words` (sorted) not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function wordsStartingWith(words: readonly string[], prefix: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) out.push(words[i]!);
  return out.sort((a, b) => a.length - b.length).slice(0, PREFIX_LIMIT);
}

/** Optimal string alignment distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

function latinGroup(word: string, words: readonly string[]): Group {
  const alternatives = new Map<string, number>([[stem(word), 1]]);
  const add = (term: string, factor: number) => {
    if ((alternatives.get(term) ?? 0) < factor) alternatives.set(term, factor);
  };
  const known = words[lowerBound(words, word)] === word;
  const completions = word.length >= 2 ? wordsStartingWith(words, word) : [];
  for (const w of completions) add(stem(w), word.length >= 4 ? 0.8 : 0.5);
  if (!known && completions.length === 0 && word.length >= 4 && !/^\p{N}+$/u.test(word)) {
    const max = word.length >= 8 ? 2 : 1;
    const near = words
      .filter((w) => Math.abs(w.length - word.length) <= max && editDistance(word, w, max) <= max)
      .slice(0, TYPO_LIMIT);
    for (const w of near) add(stem(w), 0.6);
  }
  return {alternatives: [...alternatives].map(([term, factor]) => ({term, factor}))};
}

/** The readings of a run of Chinese characters in pinyin, run together (a few at most). */
const readingsCache = new WeakMap<PinyinTable, Map<string, string[]>>();
function readingsByChar(table: PinyinTable): Map<string, string[]> {
  let byChar = readingsCache.get(table);
  if (!byChar) {
    byChar = new Map();
    for (const [syllable, chars] of Object.entries(table)) for (const ch of chars) byChar.set(ch, [...(byChar.get(ch) ?? []), syllable]);
    readingsCache.set(table, byChar);
  }
  return byChar;
}

export function pinyinReadings(run: string, table: PinyinTable, limit = 6): string[] {
  const byChar = readingsByChar(table);
  let readings = [''];
  for (const ch of run) {
    const syllables = byChar.get(ch);
    if (!syllables) return [];
    readings = readings.flatMap((r) => syllables.map((s) => r + s)).slice(0, limit);
  }
  return readings;
}

/** The first characters whose word lists a query needs. */
export function initialsOf(query: string): string[] {
  return [...new Set(splitWords(query).latin.map((w) => [...w][0]!))];
}

/** `words(initial)`: the edition's sorted Latin words starting with that character (empty if none). */
export function planQuery(query: string, words: (initial: string) => readonly string[], pinyin?: PinyinTable): QueryPlan {
  const {latin, han} = splitWords(query);
  const listFor = (word: string) => words([...word][0]!);
  const latinGroups = latin.map((w) => latinGroup(w, listFor(w)));
  const hanGroups = han.flatMap((run) => hanPairs(run).map((pair) => ({alternatives: [{term: pair, factor: 1}]})));
  const variants: Variant[] = [{groups: [...latinGroups, ...hanGroups], factor: 1}];
  if (latin.length >= 2) {
    // Names typed with spaces where the site has none, or the other way round: "zheng wei min", "moon cake".
    variants.push({groups: [latinGroup(latin.join(''), listFor(latin[0]!)), ...hanGroups], factor: 1});
  }
  if (pinyin && han.length > 0) {
    const readings = han.flatMap((run) => ([...run].length <= 8 ? pinyinReadings(run, pinyin) : []));
    if (readings.length > 0) {
      variants.push({groups: [...latinGroups, {alternatives: readings.map((r) => ({term: stem(r), factor: 1}))}], factor: 0.7});
    }
  }
  const stems = new Set(variants.flatMap((v) => v.groups.flatMap((g) => g.alternatives.map((a) => a.term))));
  return {variants, exact: exactNameTerm(normalize(query)), stems, han};
}

export function termsOf(plan: QueryPlan): string[] {
  return [...new Set([plan.exact, ...plan.variants.flatMap((v) => v.groups.flatMap((g) => g.alternatives.map((a) => a.term)))])];
}

/** Fetches the shards a plan needs and ranks the pages. */
export async function search(source: IndexSource, query: string, options: {limit?: number} = {}): Promise<{plan: QueryPlan; hits: PageHit[]}> {
  const manifest = await source.manifest();
  const [pinyin, lists] = await Promise.all([
    /\p{Script=Han}/u.test(query) ? source.pinyin().catch(() => undefined) : undefined,
    Promise.all(initialsOf(query).map(async (initial) => [initial, manifest.words[initial] ? await source.words(manifest.words[initial]) : []] as const)),
  ]);
  const words = new Map<string, readonly string[]>(lists);
  const plan = planQuery(query, (initial) => words.get(initial) ?? [], pinyin);
  const terms = termsOf(plan);
  const shardIds = [...new Set(terms.map((t) => shardOf(t, manifest.shards.length)))];
  const shards = await Promise.all(shardIds.map((id) => source.shard(manifest.shards[id]!)));
  const postings = new Map<string, readonly number[]>();
  for (const shard of shards) for (const term of terms) if (shard[term]) postings.set(term, shard[term]);
  return {plan, hits: rank(manifest, plan, postings).slice(0, options.limit ?? 50)};
}

function documentFrequency(list: readonly number[]): number {
  let count = 0;
  let last = -1;
  for (let i = 0; i < list.length; i += 4) {
    if (list[i] !== last) count++;
    last = list[i]!;
  }
  return count;
}

export function rank(manifest: SearchManifest, plan: QueryPlan, postings: ReadonlyMap<string, readonly number[]>): PageHit[] {
  const total = manifest.lengths.length;
  const idf = new Map<string, number>();
  for (const [term, list] of postings) {
    const df = documentFrequency(list);
    idf.set(term, Math.log(1 + (total - df + 0.5) / (df + 0.5)));
  }
  const best = new Map<number, {score: number; sections: Map<number, number>}>();
  for (const variant of plan.variants) {
    // Groups none of whose terms the site contains are left out, as a search engine ignores an unknown word.
    const groups = variant.groups.filter((g) => g.alternatives.some((a) => postings.has(a.term)));
    if (groups.length === 0) continue;
    const groupWeight = groups.map((g) => Math.max(...g.alternatives.map((a) => idf.get(a.term) ?? 0)));
    const weightSum = groupWeight.reduce((a, b) => a + b, 0);
    const perDoc = new Map<number, {sum: number; covered: number; sections: Map<number, number>}>();
    groups.forEach((group, gi) => {
      // The best alternative of this group in each page, and the sections it was found in.
      const groupBest = new Map<number, {score: number; sections: Map<number, number>}>();
      for (const {term, factor} of group.alternatives) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf.get(term)! * factor;
        const byDoc = new Map<number, {strong: number; body: number; sections: Map<number, number>}>();
        for (let i = 0; i < list.length; i += 4) {
          const [doc, section, strong, body] = [list[i]!, list[i + 1]!, list[i + 2]! / 10, list[i + 3]! / 10];
          let entry = byDoc.get(doc);
          if (!entry) byDoc.set(doc, (entry = {strong: 0, body: 0, sections: new Map()}));
          entry.strong += strong;
          entry.body += body;
          entry.sections.set(section, (entry.sections.get(section) ?? 0) + weight * (strong + Math.min(body, 2)));
        }
        for (const [doc, entry] of byDoc) {
          const norm = 1 - B + (B * manifest.lengths[doc]!) / (manifest.avgLength || 1);
          const body = (entry.body * (K1 + 1)) / (entry.body + K1 * norm);
          const score = weight * (entry.strong + body);
          const previous = groupBest.get(doc);
          if (!previous || previous.score < score) groupBest.set(doc, {score, sections: entry.sections});
        }
      }
      for (const [doc, {score, sections}] of groupBest) {
        let entry = perDoc.get(doc);
        if (!entry) perDoc.set(doc, (entry = {sum: 0, covered: 0, sections: new Map()}));
        entry.sum += score;
        entry.covered += groupWeight[gi]!;
        for (const [s, v] of sections) entry.sections.set(s, (entry.sections.get(s) ?? 0) + v);
      }
    });
    for (const [doc, entry] of perDoc) {
      const coverage = weightSum > 0 ? entry.covered / weightSum : 0;
      const score = entry.sum * coverage * coverage * variant.factor;
      const previous = best.get(doc);
      if (!previous || previous.score < score) best.set(doc, {score, sections: entry.sections});
    }
  }
  const named = new Set<number>();
  const exact = postings.get(plan.exact) ?? [];
  for (let i = 0; i < exact.length; i += 4) named.add(exact[i]!);
  const hits: PageHit[] = [];
  for (const [doc, {score, sections}] of best) {
    hits.push({
      doc,
      // A query that is the page's title or one of its other names is after that page.
      score: named.has(doc) ? score * 2 : score,
      sections: [...sections].map(([section, s]) => ({section, score: s})).sort((a, b) => b.score - a.score),
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
