/** Turns the pages of one edition in one language into the files of format.ts. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {PageRecord} from './extract';
import {FIELD_WEIGHT, MANIFEST_FILE, SEARCH_FORMAT, shardOf, type SearchDoc, type SearchManifest, type SearchPageTexts} from './format';
import {splitWords, terms} from './text';

/** Raw JSON bytes aimed at per shard and per text bundle: about 5–8 KB once compressed. */
const SHARD_BYTES = 16_000;
const TEXT_BYTES = 24_000;

interface Weights {
  strong: number;
  body: number;
}

export interface BuiltIndex {
  readonly manifest: SearchManifest;
  readonly files: ReadonlyMap<string, string>;
}

export function buildIndex(pages: readonly PageRecord[]): BuiltIndex {
  const postings = new Map<string, number[]>();
  const words = new Set<string>();
  const docs: SearchDoc[] = [];
  const texts: SearchPageTexts[] = [];
  const crumbs: string[] = [];
  let totalLength = 0;

  pages.forEach((page, docIndex) => {
    // term → section → weights
    const perTerm = new Map<string, Map<number, Weights>>();
    const add = (text: string, section: number, kind: keyof Weights, weight: number, hanSingles = false) => {
      for (const word of splitWords(text).latin) words.add(word);
      for (const term of terms(text, {hanSingles})) {
        let sections = perTerm.get(term);
        if (!sections) perTerm.set(term, (sections = new Map()));
        let w = sections.get(section);
        if (!w) sections.set(section, (w = {strong: 0, body: 0}));
        w[kind] += weight;
      }
    };
    add(page.title, 0, 'strong', FIELD_WEIGHT.title, true);
    add(page.keywords, 0, 'strong', FIELD_WEIGHT.keywords, true);
    add(page.description, 0, 'strong', FIELD_WEIGHT.description);
    let length = 0;
    page.sections.forEach((section, i) => {
      if (section.heading) add(section.heading, i, 'strong', FIELD_WEIGHT.heading);
      for (const part of section.parts) {
        add(part.text, i, 'body', part.weight);
        length += terms(part.text).length;
      }
    });
    totalLength += length;
    for (const [term, sections] of perTerm) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      for (const [section, w] of sections) list.push(docIndex, section, Math.round(w.strong * 10), Math.round(w.body * 10));
    }
    // The snippet text of each section: the page's own words first, the lighter infobox after them.
    texts.push({
      h: page.sections.map((s) => [s.anchor, s.heading] as const),
      t: page.sections.map((section, i) => {
        const parts = [...section.parts].sort((a, b) => b.weight - a.weight).map((p) => p.text);
        return (i === 0 && page.description ? [page.description, ...parts] : parts).join(' ');
      }),
    });
    const trail = JSON.stringify(page.crumbs);
    if (!crumbs.includes(trail)) crumbs.push(trail);
    docs.push({u: page.url, t: page.title, c: crumbs.indexOf(trail), n: length, x: 0});
  });

  const files = new Map<string, string>();
  const named = (prefix: string, content: string) => {
    const name = `${prefix}.${crypto.createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
    files.set(name, content);
    return name;
  };

  let postingBytes = 0;
  for (const [term, list] of postings) postingBytes += term.length * 3 + list.join(',').length + 6;
  const shardCount = Math.max(1, Math.ceil(postingBytes / SHARD_BYTES));
  const shards: Record<string, number[]>[] = Array.from({length: shardCount}, () => ({}));
  for (const term of [...postings.keys()].sort()) shards[shardOf(term, shardCount)]![term] = postings.get(term)!;
  const shardNames = shards.map((shard, i) => named(`s${i}`, JSON.stringify(shard)));

  const textNames: string[] = [];
  let bundle: Record<number, SearchPageTexts> = {};
  let bundleBytes = 0;
  const flush = () => {
    if (Object.keys(bundle).length === 0) return;
    textNames.push(named(`t${textNames.length}`, JSON.stringify(bundle)));
    bundle = {};
    bundleBytes = 0;
  };
  texts.forEach((page, docIndex) => {
    bundle[docIndex] = page;
    docs[docIndex] = {...docs[docIndex]!, x: textNames.length};
    bundleBytes += page.t.reduce((sum, s) => sum + s.length * 2, 0);
    if (bundleBytes >= TEXT_BYTES) flush();
  });
  flush();

  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    docs,
    crumbs: crumbs.map((trail) => JSON.parse(trail) as string[]),
    words: [...words].sort(),
    shards: shardNames,
    texts: textNames,
    avgLength: pages.length ? totalLength / pages.length : 0,
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
