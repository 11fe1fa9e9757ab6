/**
 * Golden tests for the remark plugin, with the atlas plugin's real data modules:
 * the plugin writes them (loadContent + allContentLoaded), the remark plugin makes
 * the page import them, and the page renders what it imported.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {createElement, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import {VFile} from 'vfile';
import remarkAtlasEntry from '../atlasEntry';
import type {Root} from 'mdast';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {visit} from 'unist-util-visit';
import {parse} from 'acorn';
import type {Program} from 'estree';
import atlasPlugin from '../../plugins/atlas';
import {DATA_MODULE_ROOT} from '../../plugins/atlas/pageData';
import {GOOD_SITE, siteWith, tempDir, ZH_DOCS} from '../../plugins/atlas/__tests__/helpers';

// Stand-ins for the site's components: they print the data the plugin injected.
const components = {
  AtlasInfobox: ({data}: {data: {kind: string; names: unknown}}) => createElement('aside', {'data-kind': data.kind}, JSON.stringify(data)),
  AtlasFooter: ({data}: {data: {sources: unknown}}) => createElement('footer', null, JSON.stringify(data.sources)),
  EntryList: ({kind, items}: {kind: string; items: {id: string; name: string}[]}) => createElement('ul', {'data-kind': kind}, items.map((i) => createElement('li', {key: i.id}, i.name))),
  GlossaryIndex: ({items}: {items: {group: string; name: string}[]}) => createElement('ol', null, items.map((i) => createElement('li', {key: i.name}, `${i.group} ${i.name}`))),
};

/** Runs the atlas plugin for one locale as Docusaurus would and returns the folder its createData wrote to. */
async function pluginData(siteDir: string, locale: string): Promise<string> {
  const generatedFilesDir = tempDir('atlas-generated-');
  const plugin = atlasPlugin({siteDir, generatedFilesDir, i18n: {currentLocale: locale}} as LoadContext);
  const content = await plugin.loadContent!();
  const createData = async (name: string, data: string) => {
    const file = path.join(generatedFilesDir, 'hpc-atlas', 'default', name);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, data);
    return file;
  };
  // No docs plugin ran here, so URLs follow Docusaurus's default rule (the build test checks real permalinks).
  await plugin.allContentLoaded!({allContent: {'hpc-atlas': {default: content}}, actions: {createData} as unknown as PluginContentLoadedActions});
  return path.join(generatedFilesDir, 'hpc-atlas', 'default');
}

/** Stands in for the bundler: each import of a data module becomes the JSON the plugin wrote (a missing one fails). */
const inlineDataModules = (dataDir: string) => () => (tree: Root) => {
  visit(tree, 'mdxjsEsm', (node) => {
    const match = /^import (\w+) from "(.*)";$/.exec(node.value);
    if (!match?.[2]!.startsWith(`${DATA_MODULE_ROOT}/`)) return;
    const json = fs.readFileSync(path.join(dataDir, match[2]!.slice(DATA_MODULE_ROOT.length + 1)), 'utf8');
    node.value = `const ${match[1]} = ${json};`;
    node.data = {estree: parse(node.value, {ecmaVersion: 'latest', sourceType: 'module'}) as unknown as Program};
  });
};

async function render(siteDir: string, file: string, source?: string): Promise<string> {
  const full = path.join(siteDir, file);
  const locale = file.startsWith('i18n/zh-Hans/') ? 'zh-Hans' : 'en';
  const dataDir = await pluginData(siteDir, locale);
  const vfile = new VFile({path: full, value: source ?? fs.readFileSync(full, 'utf8').replace(/^---[\s\S]*?---\n/, '')});
  // @mdx-js/mdx is ESM-only; a dynamic import keeps it on Node's ESM loader.
  const {compile, run} = await import('@mdx-js/mdx');
  const code = await compile(vfile, {
    outputFormat: 'function-body',
    remarkPlugins: [[remarkAtlasEntry, {siteDir}], inlineDataModules(dataDir)],
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
    url: '/docs/people/ada-li',
    events: [],
    locale: 'en',
    names: {primary: 'Ada Li', secondary: '李阿达', pinyin: 'Li Ada'},
    aliases: {primary: [], secondary: []},
    sources: [{source: 'hpc-stars', lines: '4-5'}],
    kind: 'person',
    affiliations: [{role: 'faculty', since: 2012, org: {kind: 'institution', id: 'test-institute', url: '/docs/institutions/test-institute', name: 'Test Institute', otherName: '测试研究所'}}],
    advisors: [{kind: 'phd', person: {kind: 'person', id: 'bob-wu', url: '/docs/people/bob-wu', name: 'Bob Wu', otherName: '吴博'}}],
    students: [],
    branch: {up: [{person: {kind: 'person', id: 'bob-wu', url: '/docs/people/bob-wu', name: 'Bob Wu', otherName: '吴博'}, kind: 'phd', formal: true, children: []}], down: []},
    workedWith: [],
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
  fs.writeFileSync(edition('versions.json'), '["2026.1"]');
  // Since the edition was cut, the current docs corrected a year.
  const current = edition('docs/people/ada-li.mdx');
  fs.writeFileSync(current, fs.readFileSync(current, 'utf8').replace('since: 2012', 'since: 2013'));
  const since = async (file: string) => (JSON.parse(/^<aside[^>]*>(.*?)<\/aside>/s.exec(unescape(await render(site, file)))![1]!) as {affiliations: {since: number}[]}).affiliations[0]!.since;
  assert.equal(await since('versioned_docs/version-2026.1/people/ada-li.mdx'), 2012);
  assert.equal(await since('i18n/zh-Hans/docusaurus-plugin-content-docs/version-2026.1/people/ada-li.mdx'), 2012);
  assert.equal(await since('docs/people/ada-li.mdx'), 2013);
});

test('infobox links stay in the edition of the page: /docs/next for the working copy, /docs for the newest edition', async () => {
  const site = siteWith({});
  fs.cpSync(path.join(site, 'docs'), path.join(site, 'versioned_docs/version-2026.1'), {recursive: true});
  fs.cpSync(path.join(site, ZH_DOCS), path.join(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs/version-2026.1'), {recursive: true});
  fs.writeFileSync(path.join(site, 'versions.json'), '["2026.1"]');
  const advisorUrl = async (file: string) => (JSON.parse(/^<aside[^>]*>(.*?)<\/aside>/s.exec(unescape(await render(site, file)))![1]!) as {advisors: {person: {url: string}}[]}).advisors[0]!.person.url;
  assert.equal(await advisorUrl('docs/people/ada-li.mdx'), '/docs/next/people/bob-wu');
  assert.equal(await advisorUrl('versioned_docs/version-2026.1/people/ada-li.mdx'), '/docs/people/bob-wu');
});
