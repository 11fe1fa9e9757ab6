// cspell:ignore kvcahce
/**
 * A second Docusaurus site (tests/linking-site) installs remark-atlas-terms from
 * the workspace and links atlas terms in English and Chinese. It is built
 * against the atlas's own build output; an unknown id fails its build with the
 * file and line; in the browser its links show the atlas's definitions in a
 * tooltip, from the page itself, without a request to the atlas.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {launch, type Session} from '../browser/browser';
import {serve, type StaticServer} from '../browser/server';
import {atlasEntry, buildSite, checkTooltip, linkingSite, tooltipColours} from './helpers';

let site: string;
let server: StaticServer;
let session: Session;

before(async () => {
  site = linkingSite();
  const built = buildSite(site);
  assert.equal(built.status, 0, built.output);
  console.log(`linking site (en, zh-Hans) built in ${built.seconds.toFixed(1)} s`);
  server = await serve(path.join(site, 'build'));
  session = await launch();
});

after(async () => {
  await session?.close();
  await server?.close();
});

const termLinks = (html: string) => [...html.matchAll(/<a href=([^ >]+) data-atlas-term=([^ >]+)>([^<]*)/g)].map((m) => [m[3], m[1], m[2]]);

test('every atlas: link is resolved, aliases and old ids included, to the term page in the page\'s locale', () => {
  assert.deepEqual(termLinks(fs.readFileSync(path.join(site, 'build/index.html'), 'utf8')), [
    ['KV cache', 'https://atlas.example.org/glossary/kvcache', 'kvcache'],
    ['kv-cache', 'https://atlas.example.org/glossary/kvcache', 'kvcache'],
    ['key-value cache', 'https://atlas.example.org/glossary/kvcache', 'kvcache'],
    ['Mixture of Experts', 'https://atlas.example.org/glossary/moe', 'moe'],
    ['PD disaggregation', 'https://atlas.example.org/glossary/pd-disaggregation', 'pd-disaggregation'],
  ]);
  assert.deepEqual(termLinks(fs.readFileSync(path.join(site, 'build/zh-Hans/index.html'), 'utf8')), [
    ['KV 缓存', 'https://atlas.example.org/zh-Hans/glossary/kvcache', 'kvcache'],
    ['kv-cache', 'https://atlas.example.org/zh-Hans/glossary/kvcache', 'kvcache'],
    ['混合专家', 'https://atlas.example.org/zh-Hans/glossary/moe', 'moe'],
    ['PD 分离', 'https://atlas.example.org/zh-Hans/glossary/pd-disaggregation', 'pd-disaggregation'],
  ]);
});

test('a page linking an id the atlas does not have fails the build with its file, line and a did-you-mean', () => {
  const faulty = linkingSite({'docs/faulty.md': '---\ntitle: Faulty\n---\n\nOur decoder keeps the [KV cache](atlas:kvcahce) in memory.\n'});
  const {status, output} = buildSite(faulty, ['--locale', 'en']);
  assert.notEqual(status, 0, `the build succeeded:\n${output}`);
  assert.match(output, /docs\/faulty\.md:5:23: the atlas has no term `kvcahce` \(nor an old id or alias of that name\); did you mean `atlas:kvcache` \(KV cache\)\?/);
});

test('the tooltip shows the atlas\'s definition and the other-language name on hover and keyboard focus; Escape closes it', async () => {
  const page = await session.newPage();
  await page.goto(`${server.origin}/`, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const kvcache = atlasEntry('en', 'kvcache');
  const text = await checkTooltip(page, page.locator('article a[data-atlas-term="kvcache"]').first());
  assert.equal(text, `${kvcache.term} · ${kvcache.alternates[0]!.term}\n${kvcache.definition}`);
  // An old id shows the entry it leads to.
  assert.equal(await checkTooltip(page, page.locator('article a[data-atlas-term="kvcache"]').nth(1)), text);
  await page.close();

  const zh = await session.newPage();
  await zh.goto(`${server.origin}/zh-Hans/`, {waitUntil: 'networkidle'});
  await zh.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const moe = atlasEntry('zh-Hans', 'moe');
  assert.equal(await checkTooltip(zh, zh.locator('article a[data-atlas-term="moe"]')), `${moe.term} · ${moe.alternates[0]!.term}\n${moe.definition}`);
  assert.equal(await zh.locator('.atlas-term-tooltip, [role="tooltip"]').count(), 0);
  await zh.close();
});

test('a definition carrying markup is shown as text and runs no script', async () => {
  const page = await session.newPage();
  await page.goto(`${server.origin}/markup`, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const link = page.locator('article a[data-atlas-term]');
  await link.hover();
  const tooltip = page.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  assert.match(await tooltip.innerText(), /^<b>KV<\/b> cache · KV 缓存\n<img src="x" onerror="window\.atlasPwned = true"><script>/);
  assert.equal(await tooltip.locator('img, script, b').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as {atlasPwned?: boolean}).atlasPwned), undefined);
  await page.close();
});

test('the tooltip follows the site\'s colour mode, light and dark', async () => {
  const page = await session.newPage();
  await page.goto(`${server.origin}/`, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const link = page.locator('article a[data-atlas-term="moe"]');
  assert.deepEqual(await tooltipColours(page, link), {background: 'rgb(255, 255, 255)', color: 'rgb(28, 30, 33)'});
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  assert.deepEqual(await tooltipColours(page, link), {background: 'rgb(36, 37, 38)', color: 'rgb(227, 227, 227)'});
  await page.close();
});

test('on a touch screen the first tap shows the definition and the second follows the link', async () => {
  const touch = await launch({hasTouch: true, isMobile: true});
  try {
    // The atlas is not contacted: its page is answered here.
    await touch.context.route('https://atlas.example.org/**', (route) => route.fulfill({contentType: 'text/html', body: '<title>atlas</title>'}));
    const page = await touch.newPage();
    await page.goto(`${server.origin}/zh-Hans/`, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const link = page.locator('article a[data-atlas-term="kvcache"]').first();
    await link.tap();
    const tooltip = page.locator('[role="tooltip"]');
    await tooltip.waitFor({state: 'visible'});
    assert.match(await tooltip.innerText(), /KV cache/);
    assert.equal(page.url(), `${server.origin}/zh-Hans/`);
    await link.tap();
    await page.waitForURL('https://atlas.example.org/zh-Hans/glossary/kvcache');
    assert.deepEqual(touch.errors, []);
  } finally {
    await touch.close();
  }
});

test('no page asked any host but the local server, and the console stayed clean', () => {
  const foreign = session.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(session.errors, []);
});
