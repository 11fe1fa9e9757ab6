/**
 * Computed data stays fresh across builds that reuse the persistent cache: the
 * second build recompiles only the files that changed, yet the pages that show
 * an inverse relation (a student on the advisor's page) or a count (the
 * glossary index) must show the new facts.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {build, fixtureSite} from '../fixtureSite';
import {ZH_GLOSSARY} from '../../src/plugins/atlas/__tests__/helpers';

const html = (site: string, route: string) => {
  const file = [`${route}.html`, `${route}/index.html`].map((f) => path.join(site, 'build', f)).find((f) => fs.existsSync(f));
  assert.ok(file, `no page for ${route}`);
  return fs.readFileSync(file, 'utf8');
};

// The sidebar links every page too; look only where the computed data is rendered.
const infobox = (page: string) => /<aside[^>]*data-atlas-infobox[\s\S]*?<\/aside>/.exec(page)?.[0] ?? '';
const backlinks = (page: string) => /<section data-atlas-backlinks[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';

test('a rebuild on the warm cache shows changed relations and new terms on the pages that compute them', () => {
  const site = fixtureSite();
  const first = build(site);
  assert.equal(first.status, 0, first.output);
  assert.match(infobox(html(site, 'docs/people/bob-wu')), /href="?\/docs\/people\/ada-li[" >]/, 'before: Bob Wu lists his student');
  assert.match(html(site, 'glossary'), />2 entries</);

  // Ada Li no longer names Bob Wu as her advisor; a new term appears. Bob Wu's page and the glossary index are not edited.
  const ada = path.join(site, 'docs/people/ada-li.mdx');
  fs.writeFileSync(ada, fs.readFileSync(ada, 'utf8').replace('advisors: [{person: bob-wu, kind: phd}]\n', ''));
  const term = (title: string, description: string, body: string) =>
    `---\ntitle: ${title}\ndescription: ${description}\n${title === 'Gamma' ? 'names: {en: Gamma, zh: 伽马}\ntopics: [hpc]\nsources: [{source: hpc-stars, lines: "7"}]\n' : ''}---\n\n${body}\n`;
  fs.writeFileSync(path.join(site, 'glossary/gamma.mdx'), term('Gamma', 'The third test term.', 'Gamma follows [beta](/glossary/beta).'));
  fs.writeFileSync(path.join(site, ZH_GLOSSARY, 'gamma.mdx'), term('伽马', '第三个测试术语。', '伽马在[贝塔](/glossary/beta)之后。'));

  const second = build(site);
  assert.equal(second.status, 0, second.output);
  assert.doesNotMatch(infobox(html(site, 'docs/people/bob-wu')), /href="?\/docs\/people\/ada-li[" >]/, 'after: the removed relation is gone from the other side');
  assert.match(html(site, 'glossary'), />3 entries</, 'after: the index counts the new term');
  assert.match(backlinks(html(site, 'glossary/beta')), /href="?\/glossary\/gamma[" >]/, 'after: the linked term shows its new backlink');
});
