/**
 * The sidebars list sections and index pages, not every entry, so that a page's
 * sidebar does not grow with the content; an entry page still shows its
 * section's sidebar with the section marked, and breadcrumbs Section › Entry.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {resolveFile} from '../browser/server';

const BUILD = path.resolve(__dirname, '../../build');
const html = (route: string) => fs.readFileSync(resolveFile(BUILD, route)!, 'utf8');
const sidebar = (page: string) => /<nav\b[^>]*\bclass="menu [^"]*"[^>]*>[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
const breadcrumbs = (page: string) => /<nav\b[^>]*theme-doc-breadcrumbs[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const links = (fragment: string) => [...fragment.matchAll(/<a\b[^>]*\bhref="?([^" >]+)/g)].map((m) => m[1]!);
const active = (fragment: string) => [...fragment.matchAll(/<a\b[^>]*menu__link--active[^>]*\bhref="?([^" >]+)|<a\b[^>]*\bhref="?([^" >]+)[^>]*menu__link--active/g)].map((m) => m[1] ?? m[2]);

test('an entry page shows the sections, with its own section marked, and no list of entries', () => {
  for (const [route, section, prefix] of [
    ['/docs/people/zhai-jidong', '/docs/people', ''],
    ['/zh-Hans/docs/systems/mooncake', '/zh-Hans/docs/systems', '/zh-Hans'],
  ] as const) {
    const nav = sidebar(html(route));
    const hrefs = links(nav);
    for (const s of ['people', 'systems', 'institutions']) assert.ok(hrefs.includes(`${prefix}/docs/${s}`), `${route}: the sidebar links the ${s} index (${hrefs.join(' ')})`);
    assert.ok(!hrefs.some((h) => /\/docs\/(people|systems|institutions)\/./.test(h)), `${route}: the sidebar lists no entries (${hrefs.join(' ')})`);
    assert.deepEqual(active(nav), [section], `${route}: its section is the marked item`);
  }
});

test('an entry page has breadcrumbs to its section, in both locales', () => {
  const person = breadcrumbs(html('/docs/people/zhai-jidong'));
  assert.ok(links(person).includes('/docs/people'), person);
  assert.match(text(person), /People Jidong Zhai$/);
  const zh = breadcrumbs(html('/zh-Hans/docs/people/zhai-jidong'));
  assert.ok(links(zh).includes('/zh-Hans/docs/people'), zh);
  assert.match(text(zh), /翟季冬$/);
  const term = breadcrumbs(html('/glossary/kvcache'));
  assert.ok(links(term).includes('/glossary'), term);
  assert.match(text(term), /KV cache$/);
});
