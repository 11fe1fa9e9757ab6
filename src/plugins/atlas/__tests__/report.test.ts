import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAtlas} from '../loadAtlas';
import {buildReport} from '../report';
import {formatIssue} from '../issues';
import {GOOD_SITE, siteWith} from './helpers';

test('the report warns about terms no page links to', () => {
  assert.deepEqual(buildReport(loadAtlas(GOOD_SITE)).map(formatIssue), ['glossary/beta.mdx: no page links to /glossary/beta\n  → fix: link it where the term is used, e.g. [Beta](/glossary/beta)']);
});

test('the report warns about a term named but not linked, in either language, and ignores code', () => {
  const site = siteWith({
    'docs/systems/sys-one.mdx': (t) => t.replace('Sys One stores things.', 'Sys One stores Beta values, not `Alpha`.'),
    'i18n/zh-Hans/docusaurus-plugin-content-docs/current/people/bob-wu.mdx': (t) => t.replace('吴博。', '吴博研究贝塔。'),
  });
  assert.deepEqual(buildReport(loadAtlas(site)).map(formatIssue), [
    'glossary/beta.mdx: no page links to /glossary/beta\n  → fix: link it where the term is used, e.g. [Beta](/glossary/beta)',
    'docs/systems/sys-one.mdx: mentions "Beta" without linking it\n  → fix: link the first mention: [Beta](/glossary/beta)',
    'i18n/zh-Hans/docusaurus-plugin-content-docs/current/people/bob-wu.mdx: mentions "贝塔" without linking it\n  → fix: link the first mention: [贝塔](/glossary/beta)',
  ]);
});
