/** Golden tests for the remark plugins: MDX from the fixture site in, HTML out. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {createElement, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import {VFile} from 'vfile';
import remarkGlossaryLinks from '../glossaryLinks';
import remarkAtlasEntry from '../atlasEntry';
import {GOOD_SITE, siteWith, ZH_DOCS} from '../../plugins/atlas/__tests__/helpers';

// Stand-ins for the site's components: they print the data the plugin injected.
const components = {
  AtlasInfobox: ({data}: {data: {kind: string; names: unknown}}) => createElement('aside', {'data-kind': data.kind}, JSON.stringify(data)),
  AtlasFooter: ({data}: {data: {sources: unknown}}) => createElement('footer', null, JSON.stringify(data.sources)),
  EntryList: ({kind, items}: {kind: string; items: {id: string; name: string}[]}) => createElement('ul', {'data-kind': kind}, items.map((i) => createElement('li', {key: i.id}, i.name))),
  GlossaryIndex: ({items}: {items: {group: string; name: string}[]}) => createElement('ol', null, items.map((i) => createElement('li', {key: i.name}, `${i.group} ${i.name}`))),
};

async function render(siteDir: string, file: string, source?: string): Promise<string> {
  const full = path.join(siteDir, file);
  const vfile = new VFile({path: full, value: source ?? fs.readFileSync(full, 'utf8').replace(/^---[\s\S]*?---\n/, '')});
  // @mdx-js/mdx is ESM-only; a dynamic import keeps it on Node's ESM loader.
  const {compile, run} = await import('@mdx-js/mdx');
  const code = await compile(vfile, {
    outputFormat: 'function-body',
    remarkPlugins: [[remarkGlossaryLinks, {siteDir}], [remarkAtlasEntry, {siteDir}]],
  });
  const {default: Content} = await run(code, {...runtime, baseUrl: `file://${__filename}`});
  return renderToStaticMarkup(createElement(Content as (p: {components: typeof components}) => ReactNode, {components}));
}

const unescape = (html: string) => html.replaceAll('&quot;', '"');

test('an English entry page gets its infobox first and its sources last', async () => {
  const html = unescape(await render(GOOD_SITE, 'docs/people/ada-li.mdx'));
  const match = /^<aside data-kind="person">(.*)<\/aside>\n(.*)$/s.exec(html);
  assert.ok(match, html);
  assert.deepEqual(JSON.parse(match[1]!), {
    id: 'ada-li',
    locale: 'en',
    names: {primary: 'Ada Li', secondary: '李阿达', pinyin: 'Li Ada'},
    sources: [{source: 'hpc-stars', lines: '4-5'}],
    kind: 'person',
    affiliations: [{role: 'faculty', since: 2012, org: {kind: 'institution', id: 'test-institute', url: '/docs/institutions/test-institute', name: 'Test Institute', otherName: '测试研究所'}}],
    advisors: [{kind: 'phd', person: {kind: 'person', id: 'bob-wu', url: '/docs/people/bob-wu', name: 'Bob Wu', otherName: '吴博'}}],
    students: [],
    systems: [{role: 'lead', system: {kind: 'system', id: 'sys-one', url: '/docs/systems/sys-one', name: 'Sys One', otherName: '系统一'}}],
    awards: [],
  });
  assert.equal(match[2], '<p>Ada Li works on <a href="/glossary/alpha">Alpha</a>.</p>\n<footer>[{"source":"hpc-stars","lines":"4-5"}]</footer>');
});

test('a Chinese entry page gets the same facts in Chinese', async () => {
  const html = await render(GOOD_SITE, `${ZH_DOCS}/people/bob-wu.mdx`);
  assert.match(html, /^<aside data-kind="person">/);
  assert.match(html, /&quot;names&quot;:\{&quot;primary&quot;:&quot;吴博&quot;,&quot;secondary&quot;:&quot;Bob Wu&quot;,&quot;pinyin&quot;:&quot;Wu Bo&quot;\}/);
  assert.match(html, /&quot;students&quot;:\[\{&quot;kind&quot;:&quot;phd&quot;,&quot;person&quot;:\{[^}]*&quot;name&quot;:&quot;李阿达&quot;/);
});

test('a link to a glossary alias is rewritten to the entry id', async () => {
  const html = await render(GOOD_SITE, 'docs/intro.mdx', 'See [the first term](/glossary/first-term#top).');
  assert.equal(html, '<p>See <a href="/glossary/alpha#top">the first term</a>.</p>');
});

test('a link to an unknown glossary id fails with the file, line and column', async () => {
  await assert.rejects(render(GOOD_SITE, 'docs/intro.mdx', 'Line one.\n\nSee [beta](/glossary/betta).'), (err: Error & {line?: number; column?: number; file?: string}) => {
    assert.equal(err.message, 'Unknown glossary id `betta` in link /glossary/betta. Did you mean `beta`? Link to a file in glossary/ or add glossary/betta.mdx.');
    assert.equal(err.line, 3);
    assert.equal(err.column, 5);
    assert.equal(err.file, path.join(GOOD_SITE, 'docs/intro.mdx'));
    return true;
  });
});

test('index pages get their lists filled in, Chinese grouped and sorted by pinyin', async () => {
  assert.equal(await render(GOOD_SITE, 'docs/people/index.mdx', '<EntryList kind="person" />'), '<ul data-kind="person"><li>Ada Li</li><li>Bob Wu</li></ul>');
  const site = siteWith({});
  assert.equal(
    await render(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs-glossary/current/index.mdx', '<GlossaryIndex />'),
    '<ol><li>A 阿尔法</li><li>B 贝塔</li></ol>',
  );
});

test('an EntryList without a valid kind fails and says which kinds exist', async () => {
  await assert.rejects(render(GOOD_SITE, 'docs/people/index.mdx', '<EntryList kind="people" />'), /<EntryList> needs kind="person", "system" or "institution" \(got "people"\)\./);
});

test('a page of a cut edition shows the facts it had when the edition was cut', async () => {
  const site = siteWith({});
  const edition = (root: string) => path.join(site, root);
  fs.cpSync(edition('docs'), edition('versioned_docs/version-2026.1'), {recursive: true});
  fs.cpSync(edition(ZH_DOCS), edition('i18n/zh-Hans/docusaurus-plugin-content-docs/version-2026.1'), {recursive: true});
  // Since the edition was cut, the current docs corrected a year.
  const current = edition('docs/people/ada-li.mdx');
  fs.writeFileSync(current, fs.readFileSync(current, 'utf8').replace('since: 2012', 'since: 2013'));
  const since = async (file: string) => (JSON.parse(/^<aside[^>]*>(.*?)<\/aside>/s.exec(unescape(await render(site, file)))![1]!) as {affiliations: {since: number}[]}).affiliations[0]!.since;
  assert.equal(await since('versioned_docs/version-2026.1/people/ada-li.mdx'), 2012);
  assert.equal(await since('i18n/zh-Hans/docusaurus-plugin-content-docs/version-2026.1/people/ada-li.mdx'), 2012);
  assert.equal(await since('docs/people/ada-li.mdx'), 2013);
});
