/**
 * Synthetic entries: people, systems, institutions and glossary terms whose
 * front matter follows the schema (src/plugins/atlas/schema.ts) and whose
 * relations (relations.ts) point at other synthetic entries or at real glossary
 * terms, so that the content check and the build treat them as real ones.
 * Every id starts with `synthetic-`, every name says "Synthetic" / "合成".
 */
import {SYSTEM_CATEGORIES, INSTITUTION_KINDS, TOPIC_IDS, type EntryKind} from '../../src/plugins/atlas/vocabulary';
import {KIND_FOLDERS} from '../../src/plugins/atlas/paths';
import {body, seeded, type LinkTarget} from './text';

export interface Counts {
  readonly person: number;
  readonly system: number;
  readonly institution: number;
  readonly term: number;
}

export interface SyntheticPage {
  readonly kind: EntryKind;
  readonly id: string;
  /** English file: every structured fact. */
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
  /** Chinese mirror: title, description and body only. */
  readonly zh: {readonly title: string; readonly description: string; readonly body: string};
}

const NOUN = {
  person: {en: 'Synthetic Person', zh: '合成人物'},
  system: {en: 'Synthetic System', zh: '合成系统'},
  institution: {en: 'Synthetic Institution', zh: '合成机构'},
  term: {en: 'Synthetic Term', zh: '合成术语'},
} as const satisfies Record<EntryKind, {en: string; zh: string}>;

const DESCRIPTION = {
  person: {en: 'A synthetic person, generated to test the site at scale; not a real person.', zh: '为测试网站规模而生成的合成人物，并非真实人物。'},
  system: {en: 'A synthetic system, generated to test the site at scale; not a real system.', zh: '为测试网站规模而生成的合成系统，并非真实系统。'},
  institution: {en: 'A synthetic institution, generated to test the site at scale; not a real organisation.', zh: '为测试网站规模而生成的合成机构，并非真实机构。'},
  term: {en: 'A synthetic glossary term, generated to test the site at scale; it defines nothing real.', zh: '为测试网站规模而生成的合成术语，不对应任何真实概念。'},
} as const satisfies Record<EntryKind, {en: string; zh: string}>;

/** Real prose is about this long per kind (characters of body, measured on today's content). */
const BODY_LENGTH: Record<EntryKind, number> = {person: 1500, system: 2200, institution: 2600, term: 2800};

const pad = (n: number) => String(n).padStart(4, '0');
export const syntheticId = (kind: EntryKind, n: number): string => `synthetic-${kind}-${pad(n)}`;
const names = (kind: EntryKind, n: number) => ({en: `${NOUN[kind].en} ${pad(n)}`, zh: `${NOUN[kind].zh} ${pad(n)}`});
// Any line of the article will do: the check validates the form of a source, and synthetic pages say they are synthetic.
const SOURCES = [{source: 'hpc-stars', lines: '1'}];

/** Where a link to an entry points, seen from a reference page (file path) or a glossary page (published URL). */
function target(kind: EntryKind, n: number, from: 'docs' | 'glossary'): LinkTarget {
  const id = syntheticId(kind, n);
  const href = kind === 'term' ? `/glossary/${id}` : from === 'docs' ? `../${KIND_FOLDERS[kind]}/${id}.mdx` : `/docs/${KIND_FOLDERS[kind]}/${id}`;
  return {label: names(kind, n), href};
}

/**
 * `count` new entries of each kind, numbered from 1. `realTerms` are glossary ids that exist
 * today; synthetic pages link some of them, as real pages do, so that their backlinks grow too.
 */
export function syntheticPages(count: Counts, realTerms: readonly string[]): SyntheticPage[] {
  if (count.person < 1 || count.system < 1 || count.institution < 1 || count.term < 1) return [];
  const random = seeded(2025);
  const pick = (n: number) => 1 + Math.floor(random() * n);
  const distinct = (n: number, max: number, not?: number) => [...new Set(Array.from({length: n}, () => pick(max)))].filter((x) => x !== not);
  const realTerm = () => realTerms[Math.floor(random() * realTerms.length)]!;
  // Every tenth synthetic term is a venue, so that awards and venues have something to name.
  const venues = Array.from({length: Math.max(1, Math.floor(count.term / 10))}, (_, i) => i * 10 + 1).filter((n) => n <= count.term);
  const pages: SyntheticPage[] = [];

  const page = (kind: EntryKind, n: number, facts: Record<string, unknown>, links: LinkTarget[], extra: {formula?: boolean; diagram?: boolean} = {}): SyntheticPage => {
    const withRealTerm = [...links, {label: {en: 'a real glossary term', zh: '一个真实术语'}, href: `/glossary/${realTerm()}`}];
    const seed = random();
    const text = (lang: 'en' | 'zh') => body({lang, links: withRealTerm, length: BODY_LENGTH[kind], ...extra, random: seeded(Math.floor(seed * 1e9))});
    return {
      kind,
      id: syntheticId(kind, n),
      frontMatter: {title: names(kind, n).en, description: DESCRIPTION[kind].en, names: names(kind, n), ...facts, sources: SOURCES},
      body: text('en'),
      zh: {title: names(kind, n).zh, description: DESCRIPTION[kind].zh, body: text('zh')},
    };
  };

  for (let n = 1; n <= count.institution; n++) {
    const parent = n > 5 && n % 3 === 0 ? Math.floor(n / 5) : undefined;
    const links = [target('institution', pick(count.institution), 'docs'), target('person', pick(count.person), 'docs'), target('system', pick(count.system), 'docs'), target('term', pick(count.term), 'docs')].filter((l) => !l.href.includes(syntheticId('institution', n)));
    pages.push(
      page('institution', n, {kind: INSTITUTION_KINDS[n % INSTITUTION_KINDS.length], founded: 1950 + (n % 70), ...(parent ? {parent: syntheticId('institution', parent)} : {})}, links),
    );
  }

  for (let n = 1; n <= count.person; n++) {
    // A forest of advisors: each person's advisor is an earlier person, four students each.
    const advisor = n > 4 ? Math.floor((n - 1) / 4) : undefined;
    const kind = ['phd', 'masters', 'helped-supervise', 'phd'][n % 4]!;
    const org = 1 + (n % count.institution);
    const peer = n > 1 && n % 2 === 0 ? n - 1 : undefined;
    const facts = {
      ...(advisor ? {advisors: [{person: syntheticId('person', advisor), kind, year: 1980 + (n % 45)}]} : {}),
      affiliations: [{org: syntheticId('institution', org), role: 'faculty', since: 1985 + (n % 40)}],
      ...(n % 7 === 0 ? {awards: [{term: syntheticId('term', venues[n % venues.length]!), year: 2000 + (n % 25), kind: 'best-paper'}]} : {}),
      ...(peer ? {worked_with: [syntheticId('person', peer)]} : {}),
    };
    const links = [
      ...(advisor ? [target('person', advisor, 'docs')] : []),
      target('institution', org, 'docs'),
      ...distinct(3, count.term).map((t) => target('term', t, 'docs')),
      ...distinct(2, count.system).map((s) => target('system', s, 'docs')),
    ];
    pages.push(page('person', n, facts, links));
  }

  for (let n = 1; n <= count.system; n++) {
    const team = distinct(3, count.person);
    const terms = distinct(3, count.term);
    const facts = {
      category: SYSTEM_CATEGORIES[n % SYSTEM_CATEGORIES.length],
      year: 1990 + (n % 35),
      team: team.map((p, i) => ({person: syntheticId('person', p), role: i === 0 ? 'lead' : 'developer'})),
      orgs: [{org: syntheticId('institution', 1 + (n % count.institution)), role: 'developer'}],
      terms: terms.map((t) => syntheticId('term', t)),
      ...(n > 1 && n % 4 === 0 ? {built_on: [syntheticId('system', n - 1)]} : {}),
      ...(n % 5 === 0 ? {venues: [{term: syntheticId('term', venues[n % venues.length]!), year: 2000 + (n % 25)}]} : {}),
    };
    const links = [...team.map((p) => target('person', p, 'docs')), ...terms.map((t) => target('term', t, 'docs')), target('institution', 1 + (n % count.institution), 'docs')];
    pages.push(page('system', n, facts, links, {diagram: n % 14 === 0, formula: n % 14 === 7}));
  }

  for (let n = 1; n <= count.term; n++) {
    const isVenue = venues.includes(n);
    const related = distinct(2, count.term, n);
    const facts = {
      topics: isVenue ? ['venues'] : [TOPIC_IDS[n % TOPIC_IDS.length]!],
      ...(related.length > 0 ? {related: related.map((t) => syntheticId('term', t))} : {}),
    };
    const links = [...related.map((t) => target('term', t, 'glossary')), target('system', pick(count.system), 'glossary'), target('person', pick(count.person), 'glossary')];
    pages.push(page('term', n, facts, links, {formula: n % 3 !== 0, diagram: n % 20 === 0}));
  }
  return pages;
}
