/**
 * The framework-free tooltip on a plain HTML page: Markdown linking atlas terms
 * goes through remark-atlas-terms (against the atlas's build output) to HTML,
 * and the page loads only the package's browser.js and tooltip.css.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {createRequire} from 'node:module';
import {launch, type Session} from '../browser/browser';
import {serve, type StaticServer} from '../browser/server';
import {ATLAS_BUILD, atlasEntry, checkTooltip, tempDir, tooltipColours} from './helpers';

const resolvePackageFile = (name: string) => createRequire(__filename).resolve(`remark-atlas-terms/${name}`);
const MARKUP = '<img src="x" onerror="window.atlasPwned = true">';

let root: string;
let server: StaticServer;
let session: Session;

async function toHtml(markdown: string, options: Record<string, unknown>): Promise<string> {
  const [{unified}, {default: remarkParse}, {default: remarkRehype}, {default: rehypeStringify}, {default: remarkAtlasTerms}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-rehype'),
    import('rehype-stringify'),
    import('remark-atlas-terms'),
  ]);
  return String(await unified().use(remarkParse).use(remarkAtlasTerms, options).use(remarkRehype).use(rehypeStringify).process(markdown));
}

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Notes</title><link rel="icon" href="data:,">` +
  `<link rel="stylesheet" href="/tooltip.css"><script type="module" src="/browser.js"></script></head><body><main>${body}</main></body></html>`;

before(async () => {
  root = tempDir('atlas-plain-');
  fs.copyFileSync(resolvePackageFile('browser.js'), path.join(root, 'browser.js'));
  fs.copyFileSync(resolvePackageFile('tooltip.css'), path.join(root, 'tooltip.css'));
  const glossary = path.join(ATLAS_BUILD, 'glossary.json');
  const atlas = 'https://atlas.example.org';
  fs.writeFileSync(path.join(root, 'en.html'), page('en', await toHtml('The [KV cache](atlas:kvcache) and [MoE](atlas:mixture-of-experts).', {glossary, atlas, locale: 'en'})));
  fs.writeFileSync(path.join(root, 'zh.html'), page('zh-Hans', await toHtml('[KV 缓存](atlas:kvcache)', {glossary, atlas, locale: 'zh-Hans'})));
  // A glossary carrying markup, as a compromised copy might: the same build output with one entry changed.
  const hostile = tempDir('atlas-hostile-');
  const json = JSON.parse(fs.readFileSync(glossary, 'utf8')) as {entries: {id: string; term: string; definition: string}[]};
  const kvcache = json.entries.find((e) => e.id === 'kvcache')!;
  kvcache.term = '<b>KV</b> cache';
  kvcache.definition = `${MARKUP}<script>window.atlasPwned = true</script>`;
  fs.writeFileSync(path.join(hostile, 'glossary.json'), JSON.stringify(json));
  fs.writeFileSync(path.join(root, 'markup.html'), page('en', await toHtml('A [hostile term](atlas:kvcache).', {glossary: path.join(hostile, 'glossary.json'), atlas, locale: 'en'})));
  server = await serve(root);
  session = await launch();
  const script = fs.readFileSync(path.join(root, 'browser.js'));
  console.log(`browser.js: ${script.length} bytes, ${gzipSync(script).length} gzipped; tooltip.css: ${fs.statSync(path.join(root, 'tooltip.css')).size} bytes`);
});

after(async () => {
  await session?.close();
  await server?.close();
});

async function open(route: string, colorScheme: 'light' | 'dark' = 'light') {
  const p = await session.newPage();
  await p.emulateMedia({colorScheme});
  await p.goto(`${server.origin}${route}`, {waitUntil: 'networkidle'});
  return p;
}

test('hover and keyboard focus show the definition and the other-language name; Escape closes it', async () => {
  const en = await open('/en.html');
  const kvcache = atlasEntry('en', 'kvcache');
  assert.equal(await checkTooltip(en, en.locator('a[data-atlas-term="kvcache"]')), `${kvcache.term} · ${kvcache.alternates[0]!.term}\n${kvcache.definition}`);
  const moe = en.locator('a[data-atlas-term="moe"]');
  assert.equal(await moe.getAttribute('href'), 'https://atlas.example.org/glossary/moe', 'an alias slug links the canonical page');
  const moeEntry = atlasEntry('en', 'moe');
  assert.equal(await checkTooltip(en, moe), `${moeEntry.term} · ${moeEntry.alternates[0]!.term}\n${moeEntry.definition}`);
  await en.close();
  const zh = await open('/zh.html');
  const zhEntry = atlasEntry('zh-Hans', 'kvcache');
  const text = await checkTooltip(zh, zh.locator('a[data-atlas-term="kvcache"]'));
  assert.equal(text, `${zhEntry.term} · ${zhEntry.alternates[0]!.term}\n${zhEntry.definition}`);
  assert.equal(await zh.locator('a[data-atlas-term="kvcache"]').getAttribute('href'), 'https://atlas.example.org/zh-Hans/glossary/kvcache');
  await zh.close();
});

test('a link added after the page loaded gets the tooltip too', async () => {
  const p = await open('/en.html');
  await p.evaluate(() => {
    const old = document.querySelector('a[data-atlas-term="kvcache"]')!;
    const copy = old.cloneNode(true) as HTMLAnchorElement;
    copy.id = 'added';
    document.querySelector('main')!.append(copy);
  });
  await checkTooltip(p, p.locator('#added'));
  await p.close();
});

test('a definition carrying markup is shown as text and runs no script', async () => {
  const p = await open('/markup.html');
  const link = p.locator('a[data-atlas-term]');
  await link.hover();
  const tooltip = p.locator('[role="tooltip"]');
  await tooltip.waitFor({state: 'visible'});
  assert.match(await tooltip.innerText(), new RegExp(`^<b>KV</b> cache · KV 缓存\\n${MARKUP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<script>`));
  assert.equal(await tooltip.locator('img, script, b').count(), 0);
  await p.waitForTimeout(200);
  assert.equal(await p.evaluate(() => (window as {atlasPwned?: boolean}).atlasPwned), undefined);
  await p.close();
});

test('the tooltip follows the reader\'s colour scheme, and a page\'s own data-theme wins over it', async () => {
  const light = await open('/en.html', 'light');
  const link = light.locator('a[data-atlas-term="kvcache"]');
  assert.deepEqual(await tooltipColours(light, link), {background: 'rgb(255, 255, 255)', color: 'rgb(28, 30, 33)'});
  await light.close();
  const dark = await open('/en.html', 'dark');
  const darkLink = dark.locator('a[data-atlas-term="kvcache"]');
  assert.deepEqual(await tooltipColours(dark, darkLink), {background: 'rgb(36, 37, 38)', color: 'rgb(227, 227, 227)'});
  await dark.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  assert.deepEqual(await tooltipColours(dark, darkLink), {background: 'rgb(255, 255, 255)', color: 'rgb(28, 30, 33)'});
  await dark.close();
});

test('on a touch screen the first tap shows the definition and the second follows the link', async () => {
  const touch = await launch({hasTouch: true, isMobile: true});
  try {
    await touch.context.route('https://atlas.example.org/**', (route) => route.fulfill({contentType: 'text/html', body: '<title>atlas</title>'}));
    const p = await touch.newPage();
    await p.goto(`${server.origin}/zh.html`, {waitUntil: 'networkidle'});
    const link = p.locator('a[data-atlas-term="kvcache"]');
    await link.tap();
    const tooltip = p.locator('[role="tooltip"]');
    await tooltip.waitFor({state: 'visible'});
    assert.equal(p.url(), `${server.origin}/zh.html`);
    // A tap elsewhere closes it; the next tap on the link shows it again rather than leaving.
    await p.touchscreen.tap(200, 600);
    await tooltip.waitFor({state: 'detached'});
    await link.tap();
    await tooltip.waitFor({state: 'visible'});
    await link.tap();
    await p.waitForURL('https://atlas.example.org/zh-Hans/glossary/kvcache');
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
