/**
 * What the reader sees of a match: a window of a section's text around the query's words, with
 * those words marked. Returned as segments, never as HTML, so page text can carry no markup into
 * the results list.
 */
import {hanPairs, normalize, stem} from './text';

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

export interface Matcher {
  /** Latin stems that count as a match (the query's words and what they expanded to). */
  readonly stems: ReadonlySet<string>;
  /** Latin words as typed, which also match the words they begin. */
  readonly prefixes: readonly string[];
  /** Chinese character pairs (and single characters) of the query. */
  readonly hanPairs: ReadonlySet<string>;
}

export function matcherFor(query: string, stems: Iterable<string> = []): Matcher {
  const words = normalize(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const latin = words.filter((w) => !/\p{Script=Han}/u.test(w));
  const han = words.filter((w) => /\p{Script=Han}/u.test(w));
  return {
    stems: new Set([...stems, ...latin.map(stem)]),
    prefixes: latin.filter((w) => w.length >= 2),
    hanPairs: new Set(han.flatMap(hanPairs)),
  };
}

/** [start, end) ranges of `text` that match. */
export function matchRanges(text: string, matcher: Matcher): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const start = m.index;
    if (/\p{Script=Han}/u.test(word)) {
      const chars = [...word];
      let from = -1;
      for (let i = 0; i <= chars.length; i++) {
        const hit =
          i < chars.length &&
          (matcher.hanPairs.has(chars[i]! + (chars[i + 1] ?? '')) || (i > 0 && matcher.hanPairs.has(chars[i - 1]! + chars[i]!)) || matcher.hanPairs.has(chars[i]!));
        if (hit && from < 0) from = i;
        if (!hit && from >= 0) {
          ranges.push([start + chars.slice(0, from).join('').length, start + chars.slice(0, i).join('').length]);
          from = -1;
        }
      }
      continue;
    }
    const lower = normalize(word);
    if (matcher.stems.has(stem(lower)) || matcher.prefixes.some((p) => lower.startsWith(p))) ranges.push([start, start + word.length]);
  }
  return ranges;
}

/** About `length` characters of text around its densest run of matches. */
export function snippet(text: string, matcher: Matcher, length = 160): Segment[] {
  const ranges = matchRanges(text, matcher);
  let from = 0;
  if (ranges.length > 0) {
    let bestCount = 0;
    for (const [start] of ranges) {
      const count = ranges.filter(([s, e]) => s >= start && e <= start + length).length;
      if (count > bestCount) {
        bestCount = count;
        from = start;
      }
    }
    from = Math.max(0, from - Math.floor(length / 5));
    // Start at a word boundary, not in the middle of one.
    const space = text.lastIndexOf(' ', from);
    if (from > 0 && space >= 0 && from - space < 20) from = space + 1;
  }
  const to = Math.min(text.length, from + length);
  const segments: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) segments.push({text: text.slice(at, start), mark: false});
    segments.push({text: text.slice(start, end), mark: true});
    at = end;
  }
  if (at < to) segments.push({text: text.slice(at, to), mark: false});
  if (from > 0) segments.unshift({text: '… ', mark: false});
  if (to < text.length) segments.push({text: ' …', mark: false});
  return segments;
}
