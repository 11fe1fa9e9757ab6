/** A small atlas glossary in two locales, a local server for it, and the plugin run from Markdown (or MDX) to HTML. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {after} from 'node:test';
import {VFile} from 'vfile';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkAtlasTerms, {clearGlossaryMemory, type Options} from '../index.js';

const SITE = 'https://atlas.test/';

const TERMS = [
  {id: 'hbm', en: 'High-bandwidth memory', zh: '高带宽内存', altIds: ['high-bandwidth-memory'], def: {en: 'Stacked DRAM beside the processor.', zh: '堆叠在处理器旁的 DRAM。'}},
  {id: 'kvcache', en: 'KV cache', zh: 'KV 缓存', altIds: ['key-value-cache', 'kv-cache'], def: {en: 'Keys and values kept for earlier tokens.', zh: '为先前词元保留的键和值。'}},
  {id: 'moe', en: 'Mixture of Experts', zh: '混合专家', altIds: ['mixture-of-experts'], def: {en: 'A model that routes each token to a few experts.', zh: '把每个词元路由到少数专家的模型。'}},
  {id: 'mooncake', en: 'Mooncake', zh: 'Mooncake', altIds: [], def: {en: 'A KV-cache-centric serving system.', zh: '以 KV 缓存为中心的推理服务系统。'}},
] as const;

type Locale = 'en' | 'zh-Hans';
const prefix = (l: Locale) => (l === 'en' ? '' : `${l}/`);
const lang = (l: Locale) => (l === 'en' ? 'en' : 'zh');

export function sampleGlossary(locale: Locale, edit: (entries: Record<string, unknown>[]) => void = () => undefined): Record<string, unknown> {
  const other: Locale = locale === 'en' ? 'zh-Hans' : 'en';
  const entries: Record<string, unknown>[] = TERMS.map((t) => ({
    id: t.id,
    term: t[lang(locale)],
    aliases: [],
    altIds: [...t.altIds],
    definition: t.def[lang(locale)],
    topics: ['memory'],
    url: `${SITE}${prefix(locale)}glossary/${t.id}`,
    alternates: [{locale: other, term: t[lang(other)], url: `${SITE}${prefix(other)}glossary/${t.id}`}],
  }));
  edit(entries);
  return {
    $schema: `${SITE}${prefix(locale)}glossary.schema.json`,
    formatVersion: 1,
    locale,
    site: SITE,
    files: locale === 'en' ? {en: 'glossary.json', 'zh-Hans': 'zh-Hans/glossary.json'} : {en: '../glossary.json', 'zh-Hans': 'glossary.json'},
    count: entries.length,
    entries,
  };
}

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-terms-'));
  made.push(dir);
  return dir;
}

/** An atlas build folder on disk: glossary.json and zh-Hans/glossary.json. */
export function atlasFolder(files: Record<string, unknown> = {'glossary.json': sampleGlossary('en'), 'zh-Hans/glossary.json': sampleGlossary('zh-Hans')}): string {
  const dir = tempDir();
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  }
  return dir;
}

/** A local atlas on 127.0.0.1: serves `files` (path → body), counts requests, and can be switched off. */
export interface FakeAtlas {
  readonly url: string;
  readonly files: Map<string, string | number>;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function fakeAtlas(files: Record<string, unknown> = {'/glossary.json': sampleGlossary('en'), '/zh-Hans/glossary.json': sampleGlossary('zh-Hans')}): Promise<FakeAtlas> {
  const served = new Map<string, string | number>(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v)]));
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    if (typeof body === 'number') res.writeHead(body).end();
    else if (body === undefined) res.writeHead(404).end('not found');
    else res.writeHead(200, {'content-type': 'application/json'}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  let closed = false;
  const close = () => (closed ? Promise.resolve() : new Promise<void>((resolve) => server.close(() => ((closed = true), resolve()))));
  after(close);
  return {url: `http://127.0.0.1:${port}/`, files: served, requests, close};
}

/** A URL where nothing listens: the port of a server that was just closed. */
export async function deadUrl(): Promise<string> {
  const atlas = await fakeAtlas();
  await atlas.close();
  return atlas.url;
}

/** Markdown → HTML through the plugin, with a fresh process memory (each call is a new build). */
export async function render(markdown: string, options: Options, file = 'docs/page.md'): Promise<{html: string; warnings: string[]}> {
  clearGlossaryMemory();
  const warnings: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkAtlasTerms, {warn: (m: string) => warnings.push(m), ...options})
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(await processor.process(new VFile({path: path.resolve(file), value: markdown})));
  return {html, warnings};
}
