// cspell:ignore kvcahce
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {atlasFolder, render} from './helpers.js';

const glossary = () => path.join(atlasFolder(), 'glossary.json');

test('a term link points at the term page and carries the term, the definition and the other-language name', async () => {
  const {html} = await render('Read about the [KV cache](atlas:kvcache).', {glossary: glossary()});
  assert.equal(
    html,
    '<p>Read about the <a href="https://atlas.test/glossary/kvcache" data-atlas-term="kvcache" data-atlas-name="KV cache" data-atlas-definition="Keys and values kept for earlier tokens." data-atlas-lang="en" data-atlas-other="KV 缓存" data-atlas-other-lang="zh-Hans">KV cache</a>.</p>',
  );
});

test('old ids and alias slugs lead to the canonical id', async () => {
  const {html} = await render('[a](atlas:kv-cache), [b](atlas:key-value-cache) and [c](atlas:mixture-of-experts).', {glossary: glossary()});
  assert.deepEqual([...html.matchAll(/href="([^"]+)" data-atlas-term="([^"]+)"/g)].map((m) => [m[1], m[2]]), [
    ['https://atlas.test/glossary/kvcache', 'kvcache'],
    ['https://atlas.test/glossary/kvcache', 'kvcache'],
    ['https://atlas.test/glossary/moe', 'moe'],
  ]);
});

test('a Chinese page links the Chinese page, with the Chinese definition and the English name', async () => {
  for (const locale of ['zh-Hans', 'zh-CN', 'zh']) {
    const {html} = await render('[KV 缓存](atlas:kvcache)', {glossary: glossary(), locale});
    assert.match(html, /href="https:\/\/atlas\.test\/zh-Hans\/glossary\/kvcache"/, locale);
    assert.match(html, /data-atlas-name="KV 缓存" data-atlas-definition="为先前词元保留的键和值。" data-atlas-lang="zh-Hans" data-atlas-other="KV cache" data-atlas-other-lang="en"/, locale);
  }
});

test('without a locale option the locale Docusaurus is building is used', async (t) => {
  t.after(() => delete process.env.DOCUSAURUS_CURRENT_LOCALE);
  process.env.DOCUSAURUS_CURRENT_LOCALE = 'zh-Hans';
  assert.match((await render('[x](atlas:moe)', {glossary: glossary()})).html, /zh-Hans\/glossary\/moe" data-atlas-term="moe" data-atlas-name="混合专家"/);
  process.env.DOCUSAURUS_CURRENT_LOCALE = 'en';
  assert.match((await render('[x](atlas:moe)', {glossary: glossary()})).html, /atlas\.test\/glossary\/moe" data-atlas-term="moe" data-atlas-name="Mixture of Experts"/);
});

test('the glossary file of either locale can be named; a locale the atlas lacks gets the named file, with a warning', async () => {
  const dir = atlasFolder();
  const fromZh = await render('[x](atlas:hbm)', {glossary: path.join(dir, 'zh-Hans', 'glossary.json'), locale: 'en'});
  assert.match(fromZh.html, /atlas\.test\/glossary\/hbm" data-atlas-term="hbm" data-atlas-name="High-bandwidth memory"/);
  const french = await render('[x](atlas:hbm)', {glossary: path.join(dir, 'glossary.json'), locale: 'fr'});
  assert.match(french.html, /data-atlas-name="High-bandwidth memory"/);
  assert.match(french.warnings.join('\n'), /no glossary in fr \(it has en, zh-Hans\); pages in fr link to the en terms/);
});

test('`atlas` replaces the origin the glossary was built with; a fragment is kept; the other name is left out when it is the same', async () => {
  const {html} = await render('[Mooncake](atlas:mooncake#definition)', {glossary: glossary(), atlas: 'https://docs.example.org/atlas/', locale: 'zh-Hans'});
  assert.match(html, /href="https:\/\/docs\.example\.org\/atlas\/zh-Hans\/glossary\/mooncake#definition"/);
  assert.doesNotMatch(html, /data-atlas-other/);
});

test('reference-style links resolve through their definition', async () => {
  const {html} = await render('The [cache][kv] and [again][KV].\n\n[kv]: atlas:kv-cache', {glossary: glossary()});
  assert.equal((html.match(/href="https:\/\/atlas\.test\/glossary\/kvcache" data-atlas-term="kvcache"/g) ?? []).length, 2);
});

test('other links are left alone, and a page without term links reads no glossary', async () => {
  const {html} = await render('[home](https://example.org) and [page](./other.md)', {glossary: '/nonexistent/glossary.json'});
  assert.equal(html, '<p><a href="https://example.org">home</a> and <a href="./other.md">page</a></p>');
});

test('an unknown id fails the build with the file, the line and the nearest id', async () => {
  await assert.rejects(render('# Title\n\nSee the [cache](atlas:kvcahce).', {glossary: glossary()}), (err: Error & {line?: number}) => {
    assert.match(err.message, /docs\/page\.md:3:9: the atlas has no term `kvcahce` \(nor an old id or alias of that name\); did you mean `atlas:kvcache` \(KV cache\)\?/);
    assert.match(err.message, /glossary\.json \(4 terms, en\)/);
    assert.equal(err.line, 3);
    return true;
  });
});

test('every bad link of a page is listed at once; a near old id suggests the current id', async () => {
  await assert.rejects(render('[a](atlas:nothing-like-it)\n\n[b](atlas:mixture-of-expert)', {glossary: glossary()}), (err: Error) => {
    assert.match(err.message, /2 HPC Atlas term links cannot be resolved/);
    assert.match(err.message, /docs\/page\.md:1:1: the atlas has no term `nothing-like-it` .*; find the id on the term's page: it is the last part of its URL\./);
    assert.match(err.message, /docs\/page\.md:3:1: the atlas has no term `mixture-of-expert` .*did you mean `atlas:moe` \(Mixture of Experts\)\?/);
    return true;
  });
});

test('malformed atlas: links are refused with what an id looks like', async () => {
  const cases: [string, RegExp][] = [
    ['[KV cache](atlas:)', /page\.md:1:1: `atlas:` names no term: write its id after the colon, as in \[KV cache\]\(atlas:kvcache\)/],
    ['[KV cache](<atlas:KV cache>)', /page\.md:1:1: `atlas:KV cache` is not a term id: an id is lower-case letters and digits joined by hyphens.*; did you mean `atlas:kvcache` \(KV cache\)\?/],
    ['[KV cache](atlas:KVCache)', /`atlas:KVCache` is not a term id.*did you mean `atlas:kvcache`/],
    ['Intro.\n\nSee [KV cache](atlas:kv cache) here.', /page\.md:3: `\]\(atlas:kv cache\)` is not read as a link: a link destination cannot contain a space/],
    ['[x](atlas:kv--cache)', /`atlas:kv--cache` is not a term id/],
  ];
  for (const [markdown, expected] of cases) {
    await assert.rejects(render(markdown, {glossary: glossary()}), (err: Error) => {
      assert.match(err.message, expected, markdown);
      return true;
    });
  }
});

test('without `atlas` or `glossary` the plugin says which option to set', async () => {
  await assert.rejects(render('[x](atlas:kvcache)', {}), /set `atlas` \(the atlas's URL, e\.g\. https:\/\/atlas\.example\.org\) or `glossary`/);
  await assert.rejects(render('[x](atlas:kvcache)', {atlas: 'atlas.example.org'}), /`atlas` must be the atlas's http\(s\) URL/);
});
