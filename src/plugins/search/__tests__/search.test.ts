import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LoadedPlugin} from '@docusaurus/types';
import {withGlossaryInEveryVersion} from '../glossaryInEveryVersion';
import {algoliaThemeConfig, searchEngine} from '../config';
import {chineseDictionary} from '../../atlas/searchDictionary';
import {loadAtlas} from '../../atlas/loadAtlas';
import {GOOD_SITE} from '../../atlas/__tests__/helpers';

const docsPlugin = (id: string, versions: {isLast: boolean; docs: string[]}[]) =>
  ({
    name: 'docusaurus-plugin-content-docs',
    options: {id},
    content: {loadedVersions: versions.map((v) => ({isLast: v.isLast, docs: v.docs.map((permalink) => ({permalink}))}))},
  }) as unknown as LoadedPlugin;

test('glossary pages are added to the search index of every docs version, not only the latest', () => {
  const docs = docsPlugin('default', [
    {isLast: true, docs: ['/docs/intro']},
    {isLast: false, docs: ['/docs/next/intro']},
  ]);
  const glossary = docsPlugin('glossary', [{isLast: true, docs: ['/glossary/moe']}]);
  const result = withGlossaryInEveryVersion([docs, glossary]);
  const versions = (result[0]!.content as {loadedVersions: {isLast: boolean; docs: {permalink: string}[]}[]}).loadedVersions;
  assert.deepEqual(versions.map((v) => v.docs.map((d) => d.permalink)), [['/docs/intro'], ['/docs/next/intro', '/glossary/moe']]);
  assert.equal(result[1], glossary);
  // The plugin's own data is left as it was.
  assert.deepEqual((docs.content as {loadedVersions: {docs: unknown[]}[]}).loadedVersions[1]!.docs.length, 1);
});

test('the search engine is local unless configured, and a hosted engine says what it lacks', () => {
  assert.equal(searchEngine({}), 'local');
  assert.equal(searchEngine({ATLAS_SEARCH: 'algolia'}), 'algolia');
  assert.throws(() => searchEngine({ATLAS_SEARCH: 'typesense-cloud'}), /ATLAS_SEARCH must be "local" or "algolia", not "typesense-cloud"/);
  assert.throws(() => algoliaThemeConfig({ALGOLIA_APP_ID: 'x'}), /ATLAS_SEARCH=algolia needs ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME/);
});

test('the Chinese search dictionary keeps every Chinese name and alias whole', () => {
  const words = chineseDictionary([loadAtlas(GOOD_SITE)]).split('\n');
  assert.ok(words.includes('阿尔法 100 n'));
  assert.ok(words.includes('测试研究所 100 n'));
  assert.ok(!words.some((w) => w.startsWith('Alpha')));
});
