// cspell:ignore Zhèng Wěimín cach zhangmingxing mingxingzhang zhengweimin weiminzheng regenerat mooncaek xyzzy
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {searchEngine, searchPlugins, searchThemeConfig} from '../config';
import {extractPage, type PageRecord} from '../extract';
import {buildIndex} from '../buildIndex';
import {MANIFEST_FILE, textBundleOf, type SearchManifest, type SearchTexts} from '../format';
import {search, type IndexSource} from '../query';
import {buildPinyinTable} from '../pinyinTable';
import {matcherFor, snippet} from '../snippet';
import {terms} from '../text';

test('the local search is the default; all three ALGOLIA_* variables switch to Algolia, and a partial set says what is missing', () => {
  assert.equal(searchEngine({}), 'local');
  assert.equal(searchPlugins({}).length, 1);
  assert.deepEqual(searchThemeConfig({}), {});
  const algolia = {ALGOLIA_APP_ID: 'APP', ALGOLIA_API_KEY: 'KEY', ALGOLIA_INDEX_NAME: 'atlas'};
  assert.equal(searchEngine(algolia), 'algolia');
  assert.equal(searchPlugins(algolia).length, 0);
  assert.deepEqual(searchThemeConfig(algolia).algolia, {appId: 'APP', apiKey: 'KEY', indexName: 'atlas', contextualSearch: true, searchPagePath: 'search'});
  assert.throws(() => searchEngine({ALGOLIA_APP_ID: 'APP'}), /ALGOLIA_APP_ID is set but ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME are not/);
});

test('text is cut into stemmed Latin words and overlapping Chinese pairs, accents and stop words dropped', () => {
  assert.deepEqual(terms('Zhèng Wěimín and the caching'), ['zheng', 'weimin', 'cach']);
  assert.deepEqual(terms('分布式存储'), ['分布', '布式', '式存', '存储']);
  assert.deepEqual(terms('陈康', {hanSingles: true}), ['陈康', '陈', '康']);
});

const page = (url: string, title: string, body: string, extra: Partial<PageRecord> = {}): PageRecord => ({
  url,
  title,
  crumbs: ['Test'],
  description: '',
  keywords: '',
  sections: [{anchor: '', heading: '', parts: [{text: body, weight: 1}]}],
  ...extra,
});

const PAGES: PageRecord[] = [
  page('/docs/systems/mooncake', 'Mooncake', 'A distributed inference system built around a shared KV cache pool. It serves Kimi.', {
    keywords: 'Mooncake, 月饼',
  }),
  // Mentions Mooncake many times, but is not about it.
  page('/docs/people/zhang', 'Mingxing Zhang', 'Zhang led Mooncake. Mooncake, Mooncake and again Mooncake: his Mooncake work.', {
    keywords: 'Mingxing Zhang, 章明星, Zhang Mingxing, zhangmingxing, mingxingzhang',
  }),
  page('/docs/people/zheng', '郑纬民', '郑纬民是清华大学的学者。', {keywords: '郑纬民, Weimin Zheng, Zheng Weimin, zhengweimin, weiminzheng'}),
  page('/glossary/regenerating-codes', 'Regenerating codes', 'Erasure codes that reduce repair traffic when a storage node fails.'),
];

const {files} = buildIndex(PAGES);
const table = buildPinyinTable();
const read = <T>(name: string) => JSON.parse(files.get(name)!) as T;
const source: IndexSource = {
  manifest: async () => read<SearchManifest>(MANIFEST_FILE),
  shard: async (name) => read(name),
  words: async (name) => read(name),
  pinyin: async () => table,
};
const urlOf = (doc: number) => {
  const manifest = read<SearchManifest>(MANIFEST_FILE);
  return read<SearchTexts>(manifest.texts[textBundleOf(manifest, doc)]!)[doc]!.u;
};
const urls = async (q: string) => (await search(source, q)).hits.map((h) => urlOf(h.doc));

test("the page about a thing ranks above a page that names it more often", async () => {
  assert.equal((await urls('mooncake'))[0], '/docs/systems/mooncake');
});

test('partial words, typos, names run together and descriptions find their page', async () => {
  assert.equal((await urls('regenerat'))[0], '/glossary/regenerating-codes');
  assert.equal((await urls('mooncaek'))[0], '/docs/systems/mooncake');
  assert.equal((await urls('zheng wei min'))[0], '/docs/people/zheng');
  assert.equal((await urls('mingxingzhang'))[0], '/docs/people/zhang');
  // No single page holds every word; the one holding most of them comes first.
  assert.equal((await urls('system behind kimi with a shared cache pool somewhere'))[0], '/docs/systems/mooncake');
  assert.deepEqual(await urls('xyzzy'), []);
});

test('a Chinese name typed with a wrong homophone finds the person by its pinyin', async () => {
  assert.equal((await urls('郑伟民'))[0], '/docs/people/zheng');
  assert.equal((await urls('纬民'))[0], '/docs/people/zheng');
});

test('snippets mark the query words and carry page text as text, never as markup', () => {
  const text = 'A shared KV cache <img src=x onerror=alert(1)> pool serves caching requests.';
  const segments = snippet(text, matcherFor('cache'));
  assert.deepEqual(
    segments.filter((s) => s.mark).map((s) => s.text),
    ['cache', 'caching'],
  );
  assert.ok(segments.some((s) => !s.mark && s.text.includes('<img src=x onerror=alert(1)>')));
  assert.deepEqual(
    snippet('郑纬民是清华大学的学者', matcherFor('清华')).filter((s) => s.mark).map((s) => s.text),
    ['清华'],
  );
});

test('the HTML reader skips what a page marks data-search-ignore and scales data-search-weight', () => {
  const html = `<html><head><meta name="description" content="D"><meta name="keywords" content="K1, K2"></head><body>
    <nav><ul><li class="breadcrumbs__item"><a>Systems</a></li><li class="breadcrumbs__item"><span>Mooncake</span></li></ul></nav>
    <article><div class="theme-doc-markdown markdown"><header><h1>Mooncake</h1></header>
    <aside data-search-weight="0.3">Also called M</aside><p>Intro</p>
    <h2 id="design" class="anchor">Design<a class="hash-link" href="#design">#</a></h2><p>Pool</p>
    <section data-search-ignore=""><h2 id="sources">Sources</h2><p>Article</p></section></div></article></body></html>`;
  const record = extractPage(html, '/docs/systems/mooncake')!;
  assert.equal(record.title, 'Mooncake');
  assert.deepEqual(record.crumbs, ['Systems']);
  assert.equal(record.keywords, 'K1, K2');
  assert.deepEqual(
    record.sections.map((s) => [s.anchor, s.heading, s.parts]),
    [
      ['', '', [{text: 'Also called M', weight: 0.3}, {text: 'Intro', weight: 1}]],
      ['design', 'Design', [{text: 'Pool', weight: 1}]],
    ],
  );
  assert.equal(extractPage('<html><body><p>not a doc</p></body></html>', '/x'), undefined);
});
