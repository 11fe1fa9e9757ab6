/**
 * Cutting an edition with the documented command gives a versioned reference,
 * and a reader on the work-in-progress pages (/docs/next) still finds glossary
 * terms: the glossary is put into every edition's search index.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {build, fixtureSite, run} from '../fixtureSite';

test('after `npm run cut-edition`, the glossary is in the search index of /docs/next as well as /docs', () => {
  const site = fixtureSite();
  const cut = run(site, 'npm', ['run', '--silent', 'cut-edition', '--', '2026.1']);
  assert.equal(cut.status, 0, cut.output);
  assert.ok(fs.existsSync(path.join(site, 'versioned_docs/version-2026.1/people/ada-li.mdx')));
  assert.ok(fs.existsSync(path.join(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs/version-2026.1/people/ada-li.mdx')));
  const zhLabel = (file: string) => JSON.parse(fs.readFileSync(path.join(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs', file), 'utf8'))['version.label'].message;
  assert.equal(zhLabel('version-2026.1.json'), '2026.1');
  assert.equal(zhLabel('current.json'), '下一版');
  // Work goes on in the working copy: a new person whose advisor is in the edition too.
  const person = (title: string, zh: string) => `---\ntitle: ${title}\ndescription: ${title === 'Cy New' ? 'A new test person.' : '新的测试人物。'}\n${title === 'Cy New' ? `names: {en: Cy New, zh: ${zh}}\nadvisors: [{person: bob-wu, kind: phd}]\nsources: [{source: hpc-stars, lines: "8"}]\n` : ''}---\n\n${title}.\n`;
  fs.writeFileSync(path.join(site, 'docs/people/cy-new.mdx'), person('Cy New', '新成'));
  fs.writeFileSync(path.join(site, 'i18n/zh-Hans/docusaurus-plugin-content-docs/current/people/cy-new.mdx'), person('新成', ''));
  const built = build(site);
  assert.equal(built.status, 0, built.output);
  const page = (route: string) => /<aside[^>]*data-atlas-infobox[\s\S]*?<\/aside>/.exec(fs.readFileSync(path.join(site, 'build', `${route}.html`), 'utf8'))?.[0] ?? '';
  // Infobox links stay in the reader's edition: the working copy's advisor lists the new student there.
  assert.match(page('docs/next/people/bob-wu'), /href="?\/docs\/next\/people\/cy-new[" >]/);
  assert.doesNotMatch(page('docs/people/bob-wu'), /cy-new/);
  assert.match(page('docs/next/people/ada-li'), /href="?\/docs\/next\/people\/bob-wu[" >]/);

  // Each edition has its own search index (build/search/<version>/), and each holds the glossary.
  const urlsIn = (version: string) => {
    const dir = path.join(site, 'build', 'search', version);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {texts: string[]};
    const bundles = manifest.texts.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, {u: string}>);
    return new Set(bundles.flatMap((bundle) => Object.values(bundle).map((page) => page.u)));
  };
  const [edition] = JSON.parse(fs.readFileSync(path.join(site, 'versions.json'), 'utf8')) as string[];
  const latest = urlsIn(edition!);
  const next = urlsIn('current');
  assert.ok(latest.has('/docs/people/ada-li') && latest.has('/glossary/alpha'), [...latest].join(' '));
  assert.ok(next.has('/docs/next/people/ada-li') && next.has('/glossary/alpha'), [...next].join(' '));
});

test('cutting an edition refuses a malformed or repeated name', () => {
  const site = fixtureSite();
  const bad = run(site, 'npm', ['run', '--silent', 'cut-edition', '--', 'v1']);
  assert.equal(bad.status, 2);
  assert.match(bad.output, /usage: npm run cut-edition -- <year> or <year>\.<n>/);
});
