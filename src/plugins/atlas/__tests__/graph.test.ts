// cspell:ignore alpah storge topcis betta bob-wo
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAtlas} from '../loadAtlas';
import {formatIssue} from '../issues';
import {GOOD_SITE, siteWith, ZH_DOCS, ZH_GLOSSARY} from './helpers';

const messages = (siteDir: string) => loadAtlas(siteDir).issues.map(formatIssue);

test('the good fixture site has no problems', () => {
  assert.deepEqual(messages(GOOD_SITE), []);
});

test('inverse relations are computed from the side that owns them', () => {
  const {inverses, termRedirects} = loadAtlas(GOOD_SITE);
  assert.deepEqual(inverses.students.get('bob-wu'), [{person: 'ada-li', kind: 'phd'}]);
  assert.deepEqual(inverses.systemsOfPerson.get('ada-li'), [{system: 'sys-one', role: 'lead'}]);
  assert.deepEqual(inverses.peopleOfInstitution.get('test-institute'), [{person: 'ada-li', role: 'faculty'}]);
  assert.deepEqual(inverses.systemsOfInstitution.get('test-institute'), [{system: 'sys-one', role: 'developer'}]);
  assert.deepEqual(inverses.systemsUsingTerm.get('alpha'), ['sys-one']);
  assert.deepEqual(inverses.relatedTerms.get('beta'), ['alpha']);
  assert.deepEqual(
    inverses.backlinks.get('alpha')?.map((p) => p.id),
    ['beta', 'ada-li'],
  );
  assert.equal(termRedirects.get('first-term'), 'alpha');
});

test('English names and aliases become redirects, but never shadow an id or an explicit redirect', () => {
  const site = siteWith({'glossary/beta.mdx': (t) => t.replace('names: {en: Beta, zh: 贝塔}', 'names: {en: Beta, zh: 贝塔}\naliases: {en: [Beta Prime, Alpha!, first-term], zh: [贝塔甲]}')});
  const {termRedirects, issues} = loadAtlas(site);
  assert.deepEqual(issues, []);
  assert.equal(termRedirects.get('beta-prime'), 'beta');
  assert.equal(termRedirects.has('alpha'), false);
  assert.equal(termRedirects.get('first-term'), 'alpha');
});

test('a heading with an explicit id is a heading, not a JSX expression', () => {
  const site = siteWith({'docs/people/bob-wu.mdx': (t) => `${t}\n## Early years {#early-years}\n\nSee [alpha](/glossary/alpha).\n`});
  assert.deepEqual(messages(site), []);
  assert.ok(loadAtlas(site).inverses.backlinks.get('alpha')?.some((p) => p.id === 'bob-wu'));
});

const cases: {name: string; edits: Parameters<typeof siteWith>[0]; expected: string}[] = [
  {
    name: 'an unknown glossary id in a link names the file, the line and the closest id',
    edits: {'docs/people/ada-li.mdx': (t) => t.replace('(/glossary/alpha)', '(/glossary/alpah)')},
    expected: 'docs/people/ada-li.mdx:10: link to unknown glossary id `alpah`\n  → fix: did you mean `alpha`? Link to an existing file in glossary/, or add glossary/alpah.mdx.',
  },
  {
    name: 'an unknown glossary id in a translation',
    edits: {[`${ZH_DOCS}/people/ada-li.mdx`]: (t) => t.replace('(/glossary/alpha)', '(/glossary/gamma)')},
    expected: `${ZH_DOCS}/people/ada-li.mdx:6: link to unknown glossary id \`gamma\`\n  → fix: Link to an existing file in glossary/, or add glossary/gamma.mdx.`,
  },
  {
    name: 'an unknown topic',
    edits: {'glossary/beta.mdx': (t) => t.replace('topics: [storage]', 'topics: [storge]')},
    expected: 'glossary/beta.mdx › topics.0: `storge` is not an allowed value\n  → fix: did you mean `storage`? Use one of: ai-models, training, inference, storage, memory, networking, hardware, hpc, compilers, data, graph, brain-inspired, security, venues, awards, competitions, rankings, history, policy (the list is in src/plugins/atlas/vocabulary.ts).',
  },
  {
    name: 'a missing required field',
    edits: {'docs/systems/sys-one.mdx': (t) => t.replace('category: storage\n', '')},
    expected: 'docs/systems/sys-one.mdx › category: required field `category` is missing\n  → fix: add `category:` (\'inference\' | \'training\' | \'storage\' | \'graph\' | \'compiler\' | \'data-processing\' | \'supercomputer\' | \'chip\' | \'platform\' | \'model\' | \'security\') to the front matter',
  },
  {
    name: 'an unknown front-matter key, with the key it was probably meant to be',
    edits: {'glossary/beta.mdx': (t) => t.replace('topics:', 'topcis: [hpc]\ntopics:')},
    expected: 'glossary/beta.mdx › topcis: unknown key `topcis`\n  → fix: did you mean `topics`? Rename it.',
  },
  {
    name: 'an alias used by two entries',
    edits: {'glossary/beta.mdx': (t) => t.replace('names: {en: Beta, zh: 贝塔}', 'names: {en: Beta, zh: 贝塔}\naliases: {en: [First term]}')},
    expected: 'glossary/beta.mdx › aliases: the name or alias "first term" is also used by glossary/alpha.mdx\n  → fix: a name must lead to one entry; remove it from one of the two, or link the two with `related`',
  },
  {
    name: 'a redirect that duplicates another entry\'s id',
    edits: {'glossary/alpha.mdx': (t) => t.replace('redirect_from: [first-term]', 'redirect_from: [first-term, beta]')},
    expected: 'glossary/alpha.mdx › redirect_from.1: `beta` is already the id of glossary/beta.mdx\n  → fix: remove it from redirect_from: an id cannot also redirect elsewhere',
  },
  {
    name: 'a relation to a missing entry',
    edits: {'docs/people/ada-li.mdx': (t) => t.replace('person: bob-wu', 'person: bob-wo')},
    expected: 'docs/people/ada-li.mdx › advisors.0.person: no person has the id `bob-wo`\n  → fix: did you mean `bob-wu`? Use the id of a file in docs/people/, or add docs/people/bob-wo.mdx first.',
  },
  {
    name: 'a translation whose id has no default-locale entry',
    edits: {[`${ZH_GLOSSARY}/betta.mdx`]: '---\ntitle: 贝塔\ndescription: 多余。\n---\n\n正文。\n'},
    expected: `${ZH_GLOSSARY}/betta.mdx: this zh-Hans translation has no default-locale page\n  → fix: rename it to match \`beta\`, or add the English page first`,
  },
  {
    name: 'missing translations are listed file by file',
    edits: {[`${ZH_GLOSSARY}/beta.mdx`]: null, [`${ZH_DOCS}/people/bob-wu.mdx`]: null},
    expected: `i18n/zh-Hans: 2 pages have no zh-Hans translation:\n    - ${ZH_GLOSSARY}/beta.mdx\n    - ${ZH_DOCS}/people/bob-wu.mdx\n  → fix: write each missing file with a translated title, description and body (no structured fields)`,
  },
  {
    name: 'a structured fact in a translation',
    edits: {[`${ZH_DOCS}/people/bob-wu.mdx`]: (t) => t.replace('title: 吴博', 'title: 吴博\nnames: {en: Bob Wu, zh: 吴博}')},
    expected: `${ZH_DOCS}/people/bob-wu.mdx › names: \`names\` is not a translated field\n  → fix: structured facts live only in docs/people/bob-wu.mdx; remove \`names\` here (a translation may set only title, description, keywords, sidebar_label, hide_table_of_contents, slug, sidebar_position, pagination_next, pagination_prev)`,
  },
  {
    name: 'front matter that is not YAML',
    edits: {'glossary/beta.mdx': (t) => t.replace('topics: [storage]', 'topics: [storage')},
    expected: 'glossary/beta.mdx: front matter is not valid YAML: missed comma between flow collection entries at line 6, column 1\n  → fix: check the block between the two `---` lines: indentation, colons and quotes',
  },
  {
    name: 'a link to an alias instead of the id',
    edits: {'docs/people/ada-li.mdx': (t) => t.replace('(/glossary/alpha)', '(/glossary/first-term)')},
    expected: 'docs/people/ada-li.mdx:10: `/glossary/first-term` is an old id or alias of `alpha`\n  → fix: link the entry itself: /glossary/alpha (aliases redirect for readers, but links inside the atlas use ids)',
  },
  {
    name: 'an absolute link between reference pages, which would leave the reader\'s edition',
    edits: {'docs/people/ada-li.mdx': (t) => `${t}\nHer advisor is [Bob Wu](/docs/people/bob-wu#early-years).\n`},
    expected: "docs/people/ada-li.mdx:12: `/docs/people/bob-wu#early-years` is an absolute link: from an edition or the working copy it would lead to the published edition\n  → fix: link the file instead, which Docusaurus resolves within the reader's edition and language: (./bob-wu.mdx#early-years)",
  },
  {
    name: 'a file link to a page that does not exist',
    edits: {[`${ZH_DOCS}/people/ada-li.mdx`]: (t) => `${t}\n见[吴博](./bob-wo.mdx)。\n`},
    expected: `${ZH_DOCS}/people/ada-li.mdx:8: \`./bob-wo.mdx\` leads to no file (${ZH_DOCS}/people/bob-wo.mdx)\n  → fix: did you mean \`bob-wu\`? link a file that exists in this locale's folder, e.g. ../people/<id>.mdx`,
  },
  {
    name: 'a glossary link to a reference page that does not exist',
    edits: {'glossary/beta.mdx': (t) => `${t}\nBuilt by [Bob](/docs/people/bob-wo).\n`},
    expected: 'glossary/beta.mdx:11: `/docs/people/bob-wo` leads to no page of the reference\n  → fix: did you mean `bob-wu`? link an existing page: /docs/people/<id>, /docs/systems/<id>, /docs/institutions/<id>, or a list page such as /docs/systems#<anchor>',
  },
  {
    name: 'a formula KaTeX cannot typeset',
    edits: {'glossary/beta.mdx': (t) => `${t}\nSpeed-up is $S = \\frac{T_1}{T_p$.\n`},
    expected: "glossary/beta.mdx:11: KaTeX cannot typeset `S = \\frac{T_1}{T_p`: Unexpected end of input in a macro argument, expected '}' at end of input: … \\frac{T_1}{T_p\n  → fix: correct the TeX (it would render as red text)",
  },
  {
    name: 'emphasis that CommonMark leaves as literal asterisks',
    edits: {[`${ZH_GLOSSARY}/beta.mdx`]: (t) => `${t}\n这是 **粗体 ** 文字。\n`},
    expected: `${ZH_GLOSSARY}/beta.mdx:8: \`**\` or \`$$\` would show literally in "这是 **粗体 ** 文字。"\n  → fix: close the emphasis or formula where CommonMark can see it (e.g. move \`**\` before the full-width punctuation), or escape it as \`\\*\\*\``,
  },
  {
    name: 'a term with invalid front matter, reported once in its own file and not again by every page that links it',
    edits: {'glossary/alpha.mdx': (t) => t.replace('topics: [', 'topics: [storge, ')},
    expected: 'glossary/alpha.mdx › topics.0: `storge` is not an allowed value\n  → fix: did you mean `storage`? Use one of: ai-models, training, inference, storage, memory, networking, hardware, hpc, compilers, data, graph, brain-inspired, security, venues, awards, competitions, rankings, history, policy (the list is in src/plugins/atlas/vocabulary.ts).',
  },
];

for (const {name, edits, expected} of cases) {
  test(`fails on ${name}`, () => {
    assert.deepEqual(messages(siteWith(edits)), [expected]);
  });
}
