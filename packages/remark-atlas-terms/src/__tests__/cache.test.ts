/** The glossary fetched from a URL: cached for offline builds, a stale copy used with a warning, nothing half-written. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {cacheFile} from '../source.js';
import {deadUrl, fakeAtlas, render, sampleGlossary, tempDir} from './helpers.js';

const LINK = '[KV cache](atlas:kvcache)';
const HOUR = 60 * 60 * 1000;

function ageCache(file: string, ms: number): void {
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as {fetchedAt: string};
  record.fetchedAt = new Date(Date.now() - ms).toISOString();
  fs.writeFileSync(file, JSON.stringify(record));
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

test('a fetched glossary is cached, and a later build within maxAge makes no request', async () => {
  const atlas = await fakeAtlas();
  const cacheDir = tempDir();
  const first = await render(LINK, {atlas: atlas.url, cacheDir});
  assert.match(first.html, /data-atlas-term="kvcache"/);
  assert.deepEqual(atlas.requests, ['/glossary.json']);
  assert.ok(fs.existsSync(cacheFile(cacheDir, `${atlas.url}glossary.json`)));
  assert.deepEqual(leftovers(cacheDir), []);
  await render(LINK, {atlas: atlas.url, cacheDir});
  assert.deepEqual(atlas.requests, ['/glossary.json'], 'the fresh copy was used');
  assert.deepEqual(first.warnings, []);
});

test('each locale file is fetched and cached once; links in the atlas\'s URLs are rebased to `atlas`', async () => {
  const atlas = await fakeAtlas();
  const cacheDir = tempDir();
  const {html} = await render(LINK, {atlas: atlas.url, cacheDir, locale: 'zh-Hans'});
  assert.match(html, new RegExp(`href="${atlas.url}zh-Hans/glossary/kvcache"`));
  assert.deepEqual(atlas.requests, ['/glossary.json', '/zh-Hans/glossary.json']);
  await atlas.close();
  assert.match((await render(LINK, {atlas: atlas.url, cacheDir, locale: 'zh-Hans'})).html, /data-atlas-name="KV 缓存"/, 'offline, from the cache');
});

test('an old copy is fetched again; when the atlas cannot be reached the stale copy is used, with a warning', async () => {
  const atlas = await fakeAtlas();
  const cacheDir = tempDir();
  await render(LINK, {atlas: atlas.url, cacheDir});
  const file = cacheFile(cacheDir, `${atlas.url}glossary.json`);
  ageCache(file, 3 * HOUR);
  await render(LINK, {atlas: atlas.url, cacheDir, maxAge: HOUR});
  assert.equal(atlas.requests.length, 2, 'fetched again after maxAge');
  ageCache(file, 50 * HOUR);
  await atlas.close();
  const {html, warnings} = await render(LINK, {atlas: atlas.url, cacheDir, maxAge: HOUR});
  assert.match(html, /data-atlas-term="kvcache"/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, new RegExp(`cannot fetch the glossary ${atlas.url}glossary\\.json \\(ECONNREFUSED\\); using the copy cached 2 days ago`));
});

test('no cache and no atlas: the build fails saying what was tried and what to do', async () => {
  const url = await deadUrl();
  const cacheDir = tempDir();
  await assert.rejects(render(LINK, {atlas: url, cacheDir}), (err: Error) => {
    assert.match(err.message, new RegExp(`cannot fetch the glossary ${url}glossary\\.json \\(ECONNREFUSED\\) and there is no cached copy \\(${cacheDir}/[0-9a-f]{16}\\.json\\)`));
    assert.match(err.message, /Fix: check the `atlas` \/ `glossary` URL and the network, or set `glossary` to a local copy/);
    return true;
  });
  const missing = await fakeAtlas({});
  await assert.rejects(render(LINK, {atlas: missing.url, cacheDir}), /\(HTTP 404 Not Found\) and there is no cached copy/);
  assert.deepEqual(fs.readdirSync(cacheDir), [], 'nothing was written');
});

test('a glossary the atlas serves malformed is reported and never replaces the cached copy', async () => {
  const atlas = await fakeAtlas();
  const cacheDir = tempDir();
  await render(LINK, {atlas: atlas.url, cacheDir, maxAge: 0});
  const file = cacheFile(cacheDir, `${atlas.url}glossary.json`);
  const before = fs.readFileSync(file, 'utf8');
  atlas.files.set('/glossary.json', '{"formatVersion": 1, "entries": [');
  await assert.rejects(render(LINK, {atlas: atlas.url, cacheDir, maxAge: 0}), new RegExp(`${atlas.url}glossary\\.json is not valid JSON`));
  atlas.files.set('/glossary.json', JSON.stringify({...sampleGlossary('en'), formatVersion: 2}));
  await assert.rejects(render(LINK, {atlas: atlas.url, cacheDir, maxAge: 0}), /is format version 2, newer than this remark-atlas-terms reads/);
  assert.equal(fs.readFileSync(file, 'utf8'), before);
  assert.deepEqual(leftovers(cacheDir), []);
});

test('a damaged cache file is ignored with a warning and replaced by the next fetch', async () => {
  const atlas = await fakeAtlas();
  const cacheDir = tempDir();
  const file = cacheFile(cacheDir, `${atlas.url}glossary.json`);
  fs.mkdirSync(cacheDir, {recursive: true});
  fs.writeFileSync(file, '{"url": "half-writ');
  const {html, warnings} = await render(LINK, {atlas: atlas.url, cacheDir});
  assert.match(html, /data-atlas-term="kvcache"/);
  assert.match(warnings.join('\n'), /ignoring the cached copy .*\.json: /);
  assert.doesNotThrow(() => JSON.parse(fs.readFileSync(file, 'utf8')));
});

test('an id the fresh cached copy lacks makes one new fetch before the build fails: the term may have been added since', async () => {
  const atlas = await fakeAtlas({'/glossary.json': sampleGlossary('en', (entries) => entries.splice(0, 1))});
  const cacheDir = tempDir();
  await render(LINK, {atlas: atlas.url, cacheDir});
  atlas.files.set('/glossary.json', JSON.stringify(sampleGlossary('en')));
  const {html} = await render('[HBM](atlas:hbm)', {atlas: atlas.url, cacheDir});
  assert.match(html, /data-atlas-term="hbm"/);
  assert.equal(atlas.requests.length, 2);
  await assert.rejects(render('[x](atlas:nope)', {atlas: atlas.url, cacheDir}), /the atlas has no term `nope`/);
  assert.equal(atlas.requests.length, 3, 'one new fetch per build, then the error');
});

test('by default the copy is kept in node_modules/.cache/remark-atlas-terms of the working directory', async (t) => {
  const atlas = await fakeAtlas();
  const site = tempDir();
  const cwd = process.cwd();
  t.after(() => process.chdir(cwd));
  process.chdir(site);
  await render(LINK, {atlas: atlas.url});
  assert.deepEqual(fs.readdirSync(path.join(site, 'node_modules', '.cache', 'remark-atlas-terms')), [path.basename(cacheFile(site, `${atlas.url}glossary.json`))]);
});
