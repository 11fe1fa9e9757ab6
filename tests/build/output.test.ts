/** Checks on the production build itself: the pages that must exist, and nothing loaded from another host. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {resolveFile} from '../browser/server';

const BUILD = path.resolve(__dirname, '../../build');

test('the build has the pages a reader and a linking site expect, in both locales', () => {
  for (const route of ['/', '/zh-Hans/', '/glossary/moe', '/zh-Hans/glossary/moe', '/docs/systems/mooncake', '/zh-Hans/docs/people/zhai-jidong', '/glossary.json', '/zh-Hans/glossary.json', '/404.html', '/sitemap.xml', '/glossary/mixture-of-experts', '/zh-Hans/glossary/mixture-of-experts', '/glossary/key-value-cache']) {
    assert.ok(resolveFile(BUILD, route), `${route} is in the build`);
  }
});

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

// Anything the browser would fetch by itself: scripts, stylesheets, images, fonts, frames, preloads and CSS url()/@import.
const LOADS = [
  /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc=["']?(https?:)?\/\/[^"' >]+/gi,
  /<link\b(?=[^>]*\srel=["']?(?:stylesheet|preload|prefetch|modulepreload|icon|manifest|preconnect|dns-prefetch))[^>]*\shref=["']?(https?:)?\/\/[^"' >]+/gi,
  /url\(\s*["']?(https?:)?\/\/[^)]+\)/gi,
  /@import\s+(?:url\()?["']?(https?:)?\/\//gi,
];

test('the built HTML and CSS load nothing from another host', () => {
  const offenders: string[] = [];
  for (const file of walk(BUILD)) {
    if (!/\.(html|css)$/.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of LOADS) {
      for (const match of text.matchAll(pattern)) offenders.push(`${path.relative(BUILD, file)}: ${match[0].slice(0, 120)}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('each locale page declares its language', () => {
  const lang = (route: string) => /<html[^>]*\slang="?([^"\s>]+)/.exec(fs.readFileSync(resolveFile(BUILD, route)!, 'utf8'))?.[1];
  assert.equal(lang('/glossary/moe'), 'en');
  assert.equal(lang('/zh-Hans/glossary/moe'), 'zh-Hans');
  assert.equal(lang('/zh-Hans/docs/people/zhai-jidong'), 'zh-Hans');
});

function jsonLd(route: string): {'@type': string; [key: string]: unknown}[] {
  const html = fs.readFileSync(resolveFile(BUILD, route)!, 'utf8');
  return [...html.matchAll(/<script[^>]*type="?application\/ld\+json"?[^>]*>(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

test('schema.org data: DefinedTermSet on the index, DefinedTerm on each term, Person on people pages', () => {
  const set = jsonLd('/glossary').find((d) => d['@type'] === 'DefinedTermSet');
  assert.ok(set, 'the glossary index has a DefinedTermSet');
  assert.ok((set.hasDefinedTerm as unknown[]).length >= 14);
  const term = jsonLd('/zh-Hans/glossary/moe').find((d) => d['@type'] === 'DefinedTerm');
  assert.equal(term?.name, '混合专家模型');
  assert.equal(term?.termCode, 'moe');
  assert.match(String((term?.inDefinedTermSet as {url: string}).url), /\/zh-Hans\/glossary$/);
  const person = jsonLd('/docs/people/zhai-jidong').find((d) => d['@type'] === 'Person');
  assert.equal(person?.name, 'Jidong Zhai');
  assert.deepEqual(person?.alternateName, ['翟季冬', 'Zhai Jidong']);
});

test('the stylesheet every page loads carries no inlined fonts (KaTeX fonts are separate files)', () => {
  const cssDir = path.join(BUILD, 'assets/css');
  for (const file of fs.readdirSync(cssDir)) {
    const css = fs.readFileSync(path.join(cssDir, file), 'utf8');
    assert.doesNotMatch(css, /url\(["']?data:font\//, `${file} inlines a font`);
    assert.match(css, /KaTeX_Main-Regular[-.][0-9a-f]+\.woff2/, `${file} refers to KaTeX's font files`);
  }
});

test('the code every page loads first names no entry page; each entry page brings the shard holding its route', () => {
  for (const locale of ['', 'zh-Hans']) {
    const js = path.join(BUILD, locale, 'assets/js');
    const initial = fs.readdirSync(js).filter((file) => /^(main|runtime~main)\.[0-9a-f]+\.js$/.test(file));
    assert.equal(initial.length, 2, `${js}: main and runtime`);
    const [main, runtime] = initial.sort().map((file) => fs.readFileSync(path.join(js, file), 'utf8'));
    const prefix = locale ? `/${locale}` : '';
    for (const route of [`${prefix}/docs/next/people/zheng-weimin`, `${prefix}/glossary/kvcache`, `${prefix}/docs/systems/mooncake`]) {
      assert.ok(!main!.includes(`"${route}"`), `main.js names ${route}`);
      const html = fs.readFileSync(resolveFile(BUILD, route)!, 'utf8');
      const shard = /<script src="([^"]+\/route-shard-[\d-]+\.js)" defer><\/script><script src=["']?[^"' >]*runtime~main/.exec(html);
      assert.ok(shard, `${route}: its shard's script comes before the runtime`);
      const shardCode = fs.readFileSync(path.join(BUILD, shard[1]!.slice(1)), 'utf8');
      assert.ok(shardCode.includes(`"${route}"`), `${shard[1]} holds ${route}`);
    }
    // The runtime finds lazy chunks by name, without a table of every page's chunk.
    assert.doesNotMatch(runtime!, /[{,]"?\w+"?:"[0-9a-f]{8}"/, `${locale || 'en'}: the runtime carries a chunk table`);
  }
});
