// cspell:ignore kvcahce transformr
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {matchLocale} from '../locale.js';
import {closest, editDistance} from '../didYouMean.js';

const ATLAS = ['en', 'zh-Hans'];

test('a page locale finds the atlas locale of the same language and script', () => {
  const cases: [string, string | undefined][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-Hant', undefined],
    ['fr', undefined],
  ];
  for (const [page, expected] of cases) assert.equal(matchLocale(page, ATLAS), expected, page);
});

test('did-you-mean counts a swap of two letters as one edit and ignores case and spacing', () => {
  assert.equal(editDistance('kvcahce', 'kvcache'), 1);
  assert.equal(closest('KV Cache', ['kvcache', 'kv-cache', 'hbm']), 'kv-cache');
  assert.equal(closest('transformr', ['transformer', 'token']), 'transformer');
  assert.equal(closest('quantum', ['transformer', 'token']), undefined);
});
