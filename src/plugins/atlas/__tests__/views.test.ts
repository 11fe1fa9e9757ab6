import {test} from 'node:test';
import assert from 'node:assert/strict';
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

test('the JSON export gives each entry its URL and its URL in the other locale', () => {
  const exported = glossaryExport(loadAtlas(GOOD_SITE), 'en', 'https://atlas.test/');
  assert.equal(exported.count, 2);
  assert.deepEqual(exported.entries[0], {
    id: 'alpha',
    term: 'Alpha',
    aliases: ['First term', '甲'],
    definition: 'The first test term.',
    topics: ['hpc'],
    url: 'https://atlas.test/glossary/alpha',
    alternates: [{locale: 'zh-Hans', term: '阿尔法', url: 'https://atlas.test/zh-Hans/glossary/alpha'}],
  });
});

test('an alias that repeats a name, or appears in both languages, is shown once', () => {
  const site = siteWith({'glossary/beta.mdx': (t) => t.replace('names: {en: Beta, zh: 贝塔}', 'names: {en: Beta, zh: 贝塔}\naliases: {en: [BT, Beta], zh: [BT, 贝塔甲]}')});
  const graph = loadAtlas(site);
  assert.deepEqual(graph.issues, []);
  const view = entryView(graph, getEntry(graph, 'term', 'beta')!, 'en');
  assert.ok(view.kind === 'term');
  assert.deepEqual(view.aliases, {primary: ['BT'], secondary: ['贝塔甲']});
});
