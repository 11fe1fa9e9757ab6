// cspell:ignore Zhèng
/**
 * How text becomes search terms, shared by the indexer (Node) and the search box (browser) so that
 * both sides cut words the same way.
 *
 * Latin words are lower-cased, stripped of accents (so "Zhèng" finds "zheng") and reduced to their
 * Porter stem (so "caching" finds "cache"). Chinese has no spaces: every run of Han characters is cut
 * into overlapping pairs (分布式 → 分布, 布式), the usual bigram scheme of CJK search engines. It needs
 * no dictionary in the browser, finds any part of a word of two characters or more, and a longer
 * query simply has to match more pairs.
 */
import {stemmer} from 'stemmer';

const HAN = /\p{Script=Han}/u;
const WORDS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/** Words too common to tell pages apart. Dropped on both sides, which also keeps the index small. */
const STOP_WORDS = new Set(
  ('a an and are as at be been but by can did do does for from had has have he her his how i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we were what when where which ' +
    'who whom why will with you your').split(' '),
);

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** A Latin word's index key. */
export function stem(word: string): string {
  return /^\p{N}+$/u.test(word) || word.length < 3 ? word : stemmer(word);
}

export interface Words {
  /** Latin and digit words, normalised but not stemmed, in order; stop words dropped. */
  readonly latin: string[];
  /** Runs of Han characters, in order. */
  readonly han: string[];
}

export function splitWords(text: string): Words {
  const latin: string[] = [];
  const han: string[] = [];
  for (const [word] of normalize(text).matchAll(WORDS)) {
    if (isHan(word)) han.push(word);
    else if (!STOP_WORDS.has(word)) latin.push(word);
  }
  return {latin, han};
}

/** The overlapping character pairs of a Han run; a single character stands for itself. */
export function hanPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** Every index term of a text, with repeats (the indexer counts them). */
export function terms(text: string, options: {hanSingles?: boolean} = {}): string[] {
  const {latin, han} = splitWords(text);
  const out = latin.map(stem);
  for (const run of han) {
    out.push(...hanPairs(run));
    // Titles and names also index single characters, so that a one-character query (陈) finds them.
    if (options.hanSingles && [...run].length > 1) out.push(...run);
  }
  return out;
}
