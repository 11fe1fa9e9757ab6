/** Turns the pages of one edition in one language into the files of format.ts. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {PageRecord} from './extract';
import {exactNameTerm, FIELD_WEIGHT, MANIFEST_FILE, SEARCH_FORMAT, shardOf, type SearchManifest, type SearchPage} from './format';
import {normalize, splitWords, terms} from './text';

/** Raw JSON bytes aimed at per shard and per text bundle: a few KB each once compressed. */
const SHARD_BYTES = 12_000;
const TEXT_BYTES = 12_000;

interface Weights {
  strong: number;
  body: number;
}

export interface BuiltIndex {
  readonly manifest: SearchManifest;
  readonly files: ReadonlyMap<string, string>;
}

/** Postings of one page: term → section → weights. */
function pagePostings(page: PageRecord): {postings: Map<string, Map<number, Weights>>; length: number} {
  const postings = new Map<string, Map<number, Weights>>();
  const add = (term: string, section: number, kind: keyof Weights, weight: number) => {
    let sections = postings.get(term);
    if (!sections) postings.set(term, (sections = new Map()));
    let w = sections.get(section);
    if (!w) sections.set(section, (w = {strong: 0, body: 0}));
    w[kind] += weight;
  };
  const addText = (text: string, section: number, kind: keyof Weights, weight: number, hanSingles = false) => {
    for (const term of terms(text, {hanSingles})) add(term, section, kind, weight);
  };
  addText(page.title, 0, 'strong', FIELD_WEIGHT.title, true);
  addText(page.keywords, 0, 'strong', FIELD_WEIGHT.keywords, true);
  addText(page.description, 0, 'strong', FIELD_WEIGHT.description);
  // A query that is exactly the page's title or one of its other names is after this page.
  for (const name of [page.title, ...page.keywords.split(/,\s*/)]) {
    if (name.trim()) add(exactNameTerm(normalize(name)), 0, 'strong', 1);
  }
  let length = 0;
  page.sections.forEach((section, i) => {
    if (section.heading) addText(section.heading, i, 'strong', FIELD_WEIGHT.heading);
    for (const part of section.parts) {
      addText(part.text, i, 'body', part.weight);
      length += terms(part.text).length;
    }
  });
  return {postings, length};
}

function pageTexts(page: PageRecord): SearchPage {
  return {
    u: page.url,
    t: page.title,
    c: page.crumbs,
    h: page.sections.map((s) => [s.anchor, s.heading] as const),
    // The snippet text of each section: the page's own words first, the lighter infobox after them.
    s: page.sections.map((section, i) => {
      const parts = [...section.parts].sort((a, b) => b.weight - a.weight).map((p) => p.text);
      return (i === 0 && page.description ? [page.description, ...parts] : parts).join(' ');
    }),
  };
}

export function buildIndex(pages: readonly PageRecord[]): BuiltIndex {
  const files = new Map<string, string>();
  const named = (prefix: string, content: string) => {
    const name = `${prefix}.${crypto.createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
    files.set(name, content);
    return name;
  };

  const postings = new Map<string, number[]>();
  const words = new Set<string>();
  const lengths: number[] = [];
  pages.forEach((page, doc) => {
    const {postings: own, length} = pagePostings(page);
    lengths.push(length);
    for (const [term, sections] of own) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      for (const [section, w] of sections) list.push(doc, section, Math.round(w.strong * 10), Math.round(w.body * 10));
    }
    for (const text of [page.title, page.keywords, page.description, ...page.sections.flatMap((s) => [s.heading, ...s.parts.map((p) => p.text)])]) {
      for (const word of splitWords(text).latin) words.add(word);
    }
  });

  let postingBytes = 0;
  for (const [term, list] of postings) postingBytes += term.length * 3 + list.join(',').length + 6;
  const shardCount = Math.max(1, Math.ceil(postingBytes / SHARD_BYTES));
  const shards: Record<string, number[]>[] = Array.from({length: shardCount}, () => ({}));
  for (const term of [...postings.keys()].sort()) shards[shardOf(term, shardCount)]![term] = postings.get(term)!;
  const shardNames = shards.map((shard, i) => named(`s${i}`, JSON.stringify(shard)));

  const byInitial = new Map<string, string[]>();
  for (const word of [...words].sort()) {
    const initial = [...word][0]!;
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word]);
  }
  const wordFiles = Object.fromEntries([...byInitial].map(([initial, list], i) => [initial, named(`w${i}`, JSON.stringify(list))]));

  const textNames: string[] = [];
  const textStarts: number[] = [];
  let bundle: Record<number, SearchPage> = {};
  let bundleBytes = 0;
  const flush = () => {
    if (Object.keys(bundle).length === 0) return;
    textNames.push(named(`t${textNames.length}`, JSON.stringify(bundle)));
    bundle = {};
    bundleBytes = 0;
  };
  pages.forEach((page, doc) => {
    if (Object.keys(bundle).length === 0) textStarts.push(doc);
    const texts = pageTexts(page);
    bundle[doc] = texts;
    // UTF-8 bytes, roughly: Chinese takes three per character.
    bundleBytes += Buffer.byteLength(JSON.stringify(texts));
    if (bundleBytes >= TEXT_BYTES) flush();
  });
  flush();

  const totalLength = lengths.reduce((a, b) => a + b, 0);
  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    lengths,
    avgLength: pages.length ? totalLength / pages.length : 0,
    shards: shardNames,
    words: wordFiles,
    texts: textNames,
    textStarts,
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return {manifest, files};
}

/** Replaces the folder's contents with the index, so no file of an earlier build lingers. */
export function writeIndex(dir: string, index: BuiltIndex): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const [name, content] of index.files) fs.writeFileSync(path.join(dir, name), content);
}
