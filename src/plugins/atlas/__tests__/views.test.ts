import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import {loadAtlas} from '../loadAtlas';
import {entryView, glossaryIndex, personPinyin, tooltips} from '../views';
import {glossaryExport} from '../exportJson';
import {getEntry} from '../graph';
import {GOOD_SITE, siteWith} from './helpers';

test('pinyin of a Chinese name is family name first, with surname readings', () => {
  assert.equal(personPinyin('翟季冬'), 'Zhai Jidong');
  assert.equal(personPinyin('曾少勋'), 'Zeng Shaoxun');
  assert.equal(personPinyin('Kunle Olukotun'), undefined);
});

test('a term view gathers related terms both ways, the systems that use it and the pages that link to it', () => {
  const graph = loadAtlas(GOOD_SITE);
  const view = entryView(graph, getEntry(graph, 'term', 'beta')!, 'zh-Hans');
  assert.equal(view.kind, 'term');
  if (view.kind !== 'term') return;
  assert.deepEqual(view.names, {primary: '贝塔', secondary: 'Beta'});
  assert.equal(view.definition, '第二个测试术语。');
  assert.deepEqual(view.related.map((r) => r.name), ['阿尔法']);
  const alpha = entryView(graph, getEntry(graph, 'term', 'alpha')!, 'en');
  assert.ok(alpha.kind === 'term');
  assert.deepEqual(alpha.systems.map((s) => s.url), ['/docs/systems/sys-one']);
  assert.deepEqual(alpha.backlinks, [
    {url: '/docs/people/ada-li', title: 'Ada Li'},
    {url: '/glossary/beta', title: 'Beta'},
  ]);
  assert.deepEqual(alpha.aliases, {primary: ['First term'], secondary: ['甲']});
});

test('the glossary index groups by initial letter, by pinyin in Chinese', () => {
  const graph = loadAtlas(GOOD_SITE);
  assert.deepEqual(glossaryIndex(graph, 'en').map((i) => [i.group, i.name]), [['A', 'Alpha'], ['B', 'Beta']]);
  assert.deepEqual(glossaryIndex(graph, 'zh-Hans').map((i) => [i.group, i.name, i.otherName]), [['A', '阿尔法', 'Alpha'], ['B', '贝塔', 'Beta']]);
});

test('tooltips carry the definition in the page language and the name in the other', () => {
  assert.deepEqual(tooltips(loadAtlas(GOOD_SITE), 'zh-Hans').alpha, {name: '阿尔法', otherName: 'Alpha', definition: '第一个测试术语。'});
});

test('the JSON export gives each entry its URL, its URL in the other locale and its old ids, under a format version', () => {
  const exported = glossaryExport(loadAtlas(GOOD_SITE), 'en', 'https://atlas.test/');
  assert.equal(exported.formatVersion, 1);
  assert.equal(exported.site, 'https://atlas.test/');
  assert.equal(exported.$schema, 'https://atlas.test/glossary.schema.json');
  assert.deepEqual(exported.files, {en: 'glossary.json', 'zh-Hans': 'zh-Hans/glossary.json'});
  assert.equal(exported.count, 2);
  assert.deepEqual(exported.entries[0], {
    id: 'alpha',
    term: 'Alpha',
    aliases: ['First term', '甲'],
    altIds: ['first-term'],
    definition: 'The first test term.',
    topics: ['hpc'],
    url: 'https://atlas.test/glossary/alpha',
    alternates: [{locale: 'zh-Hans', term: '阿尔法', url: 'https://atlas.test/zh-Hans/glossary/alpha'}],
  });
  const zh = glossaryExport(loadAtlas(GOOD_SITE), 'zh-Hans', 'https://atlas.test');
  assert.deepEqual(zh.files, {en: '../glossary.json', 'zh-Hans': 'glossary.json'});
  assert.equal(zh.entries[0]!.url, 'https://atlas.test/zh-Hans/glossary/alpha');
  assert.equal(zh.entries[0]!.definition, '第一个测试术语。');
});

test('an old id in redirect_from is exported with its entry, so links to it keep resolving', () => {
  const site = siteWith({'glossary/beta.mdx': (t) => t.replace('names: {en: Beta, zh: 贝塔}', 'names: {en: Beta, zh: 贝塔}\nredirect_from: [old-beta]')});
  const beta = glossaryExport(loadAtlas(site), 'en', 'https://atlas.test').entries.find((e) => e.id === 'beta');
  assert.deepEqual(beta?.altIds, ['old-beta']);
});

test('the export is valid by the published JSON Schema, and the package that reads it accepts it', async () => {
  const [{default: Ajv2020}, {default: addFormats}] = await Promise.all([import('ajv/dist/2020'), import('ajv-formats')]);
  const schemaFile = createRequire(__filename).resolve('remark-atlas-terms/glossary.schema.json');
  const validate = addFormats(new Ajv2020({allErrors: true, strict: true})).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  const {parseGlossary} = await import('remark-atlas-terms/format');
  for (const locale of ['en', 'zh-Hans'] as const) {
    const exported = JSON.parse(JSON.stringify(glossaryExport(loadAtlas(GOOD_SITE), locale, 'https://atlas.test'))) as unknown;
    assert.ok(validate(exported), JSON.stringify(validate.errors));
    assert.equal(parseGlossary(exported, locale).entries.length, 2);
  }
});

test('an alias that repeats a name, or appears in both languages, is shown once', () => {
  const site = siteWith({'glossary/beta.mdx': (t) => t.replace('names: {en: Beta, zh: 贝塔}', 'names: {en: Beta, zh: 贝塔}\naliases: {en: [BT, Beta], zh: [BT, 贝塔甲]}')});
  const graph = loadAtlas(site);
  assert.deepEqual(graph.issues, []);
  const view = entryView(graph, getEntry(graph, 'term', 'beta')!, 'en');
  assert.ok(view.kind === 'term');
  assert.deepEqual(view.aliases, {primary: ['BT'], secondary: ['贝塔甲']});
});
