/** Resolves the graph into the per-page, per-locale data that components render. */
import {pinyin} from 'pinyin-pro';
import type {AtlasGraph, PageRef} from './graph';
import {entryKey, type Entry, type EntryOf} from './load';
import {entryPath, KIND_FOLDERS} from './layout';
import {GLOSSARY_ROUTE_BASE} from './paths';
import {branchOf, eventsOf, lineageTree, timelineItems} from './historyViews';
import {onboardingPages} from './onboarding';
import type {Award} from './schema';
import type {
  EntryLink,
  EntryListItem,
  EntryView,
  GlossaryIndexItem,
  LineageNode,
  OnboardingStepView,
  HomeView,
  TimelineItem,
  Names,
  PageLink,
  TooltipEntry,
} from './viewTypes';
import {DEFAULT_LOCALE, type EntryKind, type Locale} from './vocabulary';

type Lang = 'en' | 'zh';
export const langOf = (locale: Locale): Lang => (locale === DEFAULT_LOCALE ? 'en' : 'zh');
const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** "Zhai Jidong": family name first, as pinyin is usually written for Chinese readers of English. */
export function personPinyin(chineseName: string): string | undefined {
  if (!/^[\u4e00-\u9fff]+$/.test(chineseName)) return undefined;
  const [family, ...given] = pinyin(chineseName, {toneType: 'none', surname: 'head', type: 'array'});
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(family!)} ${cap(given.join(''))}`.trim();
}

function names(entry: Entry, lang: Lang): Names {
  const primary = entry.data.names[lang];
  const secondary = entry.data.names[otherLang(lang)];
  return {
    primary,
    ...(secondary !== primary ? {secondary} : {}),
    ...(entry.kind === 'person' ? {pinyin: personPinyin(entry.data.names.zh)} : {}),
  };
}

function localizedTitle(graph: AtlasGraph, locale: Locale, instance: 'docs' | 'glossary', id: string): string | undefined {
  return graph.locales.get(locale)?.files.get(`${instance}:${id}`)?.data.title;
}

/** An entry's URL in the graph's edition: the docs plugin's permalink when known, else Docusaurus's default rule. */
function urlOf(graph: AtlasGraph, kind: EntryKind, id: string): string {
  const docId = kind === 'term' ? id : `${KIND_FOLDERS[kind]}/${id}`;
  return graph.permalink?.(kind === 'term' ? 'glossary' : 'docs', docId) ?? entryPath(kind, id, graph.docsBase);
}

export function link(graph: AtlasGraph, kind: EntryKind, id: string, lang: Lang): EntryLink {
  const entry = graph.entries.get(entryKey(kind, id));
  if (!entry) throw new Error(`atlas: unresolved ${kind} \`${id}\` (the check should have caught this)`);
  const name = entry.data.names[lang];
  const otherName = entry.data.names[otherLang(lang)];
  return {kind, id, url: urlOf(graph, kind, id), name, ...(otherName !== name ? {otherName} : {})};
}

function pageLink(graph: AtlasGraph, locale: Locale, page: PageRef): PageLink {
  const lang = langOf(locale);
  if (page.kind !== 'page') {
    const l = link(graph, page.kind, page.id, lang);
    return {url: l.url, title: l.name};
  }
  const file = graph.locales.get(DEFAULT_LOCALE)!.files.get(`${page.instance}:${page.id}`)!;
  const known = graph.permalink?.(page.instance, page.id);
  if (known) return {url: known, title: localizedTitle(graph, locale, page.instance, page.id) ?? file.data.title};
  const slug = file.data.slug;
  const routeBase = page.instance === 'glossary' ? GLOSSARY_ROUTE_BASE : graph.docsBase;
  const tail = slug ?? `/${page.id.replace(/(^|\/)index$/, '')}`;
  const url = `${routeBase}${tail.startsWith('/') ? tail : `/${tail}`}`.replace(/\/$/, '') || routeBase;
  return {url, title: localizedTitle(graph, locale, page.instance, page.id) ?? file.data.title};
}

const sortByName = <T extends {name: string}>(items: T[], locale: Locale): T[] => {
  const collator = new Intl.Collator(locale === DEFAULT_LOCALE ? 'en' : 'zh-Hans-u-co-pinyin');
  return items.sort((a, b) => collator.compare(a.name, b.name));
};

export function entryView(graph: AtlasGraph, entry: Entry, locale: Locale): EntryView {
  const lang = langOf(locale);
  const inv = graph.inverses;
  const to = (kind: EntryKind, id: string) => link(graph, kind, id, lang);
  const base = {
    id: entry.id,
    url: urlOf(graph, entry.kind, entry.id),
    locale,
    names: names(entry, lang),
    aliases: aliasesOf(entry, lang),
    events: eventsOf(graph, entry.kind, entry.id, locale, to),
    sources: entry.data.sources,
  };
  const awards = (list: readonly Award[] | undefined) =>
    (list ?? []).map((a) => ({term: link(graph, 'term', a.term, lang), year: a.year, kind: a.kind}));
  switch (entry.kind) {
    case 'person': {
      const d = entry.data;
      return {
        ...base,
        kind: 'person',
        affiliations: (d.affiliations ?? []).map((a) => ({...a, org: link(graph, 'institution', a.org, lang)})),
        advisors: (d.advisors ?? []).map((a) => ({...a, person: link(graph, 'person', a.person, lang)})),
        students: (inv.students.get(entry.id) ?? []).map((s) => ({kind: s.kind, person: link(graph, 'person', s.person, lang)})),
        branch: branchOf(graph, entry.id, to),
        workedWith: sortByName((inv.workedWith.get(entry.id) ?? []).map((p) => link(graph, 'person', p, lang)), locale),
        systems: (inv.systemsOfPerson.get(entry.id) ?? []).map((s) => ({role: s.role, system: link(graph, 'system', s.system, lang)})),
        awards: awards(d.awards),
      };
    }
    case 'system': {
      const d = entry.data;
      return {
        ...base,
        kind: 'system',
        category: d.category,
        ...(d.year !== undefined ? {year: d.year} : {}),
        team: (d.team ?? []).map((t) => ({role: t.role, person: link(graph, 'person', t.person, lang)})),
        orgs: (d.orgs ?? []).map((o) => ({role: o.role, org: link(graph, 'institution', o.org, lang)})),
        terms: (d.terms ?? []).map((t) => link(graph, 'term', t, lang)),
        builtOn: (d.built_on ?? []).map((s) => link(graph, 'system', s, lang)),
        extendedBy: (inv.systemsBuiltOn.get(entry.id) ?? []).map((s) => link(graph, 'system', s, lang)),
        venues: (d.venues ?? []).map((v) => ({year: v.year, term: link(graph, 'term', v.term, lang)})),
        awards: awards(d.awards),
        figures: d.figures ?? [],
      };
    }
    case 'institution': {
      const d = entry.data;
      return {
        ...base,
        kind: 'institution',
        institutionKind: d.kind,
        ...(d.founded !== undefined ? {founded: d.founded} : {}),
        ...(d.parent ? {parent: link(graph, 'institution', d.parent, lang)} : {}),
        children: (inv.childInstitutions.get(entry.id) ?? []).map((c) => link(graph, 'institution', c, lang)),
        people: (inv.peopleOfInstitution.get(entry.id) ?? []).map((p) => ({role: p.role, person: link(graph, 'person', p.person, lang)})),
        systems: (inv.systemsOfInstitution.get(entry.id) ?? []).map((s) => ({role: s.role, system: link(graph, 'system', s.system, lang)})),
      };
    }
    case 'term': {
      const d = entry.data;
      const related = [...new Set([...(d.related ?? []), ...(inv.relatedTerms.get(entry.id) ?? [])])];
      return {
        ...base,
        kind: 'term',
        definition: localizedDescription(graph, locale, entry),
        topics: d.topics,
        related: sortByName(related.map((r) => link(graph, 'term', r, lang)), locale),
        systems: sortByName((inv.systemsUsingTerm.get(entry.id) ?? []).map((s) => link(graph, 'system', s, lang)), locale),
        honours: (inv.honoursOfTerm.get(entry.id) ?? []).map((h) => ({year: h.year, entry: link(graph, h.kind, h.id, lang)})).sort((a, b) => a.year - b.year),
        backlinks: (inv.backlinks.get(entry.id) ?? []).map((p) => pageLink(graph, locale, p)).sort((a, b) => a.title.localeCompare(b.title)),
      };
    }
  }
}

function localizedDescription(graph: AtlasGraph, locale: Locale, entry: Entry): string {
  const instance = entry.kind === 'term' ? 'glossary' : 'docs';
  const key = entry.kind === 'term' ? entry.id : `${KIND_FOLDERS[entry.kind]}/${entry.id}`;
  return graph.locales.get(locale)?.files.get(`${instance}:${key}`)?.data.description ?? entry.data.description;
}

/** Aliases in the page's language first; one written the same in both lists ("KVCache"), or equal to a name, is shown once. */
function aliasesOf(entry: Pick<Entry, 'kind' | 'data'>, lang: Lang): {primary: string[]; secondary: string[]} {
  const {data} = entry;
  // A person's pinyin has its own row; an alias that repeats it is not shown again.
  const pinyin = entry.kind === 'person' ? personPinyin(data.names.zh) : undefined;
  const seen = new Set([data.names.en, data.names.zh, ...(pinyin ? [pinyin] : [])].map((n) => n.toLowerCase()));
  const keep = (a: string) => !seen.has(a.toLowerCase()) && Boolean(seen.add(a.toLowerCase()));
  const primary = (data.aliases?.[lang] ?? []).filter(keep);
  const secondary = (data.aliases?.[otherLang(lang)] ?? []).filter(keep);
  return {primary, secondary};
}

function groupOf(name: string, lang: Lang): string {
  const first = lang === 'zh' ? pinyin(name.charAt(0), {pattern: 'first', toneType: 'none'}) : name.charAt(0);
  const letter = first.charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export function glossaryIndex(graph: AtlasGraph, locale: Locale): GlossaryIndexItem[] {
  const lang = langOf(locale);
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-Hans-u-co-pinyin', {sensitivity: 'base', numeric: true});
  return [...graph.entries.values()]
    .filter((e): e is EntryOf<'term'> => e.kind === 'term')
    .map((term) => {
      const {primary, secondary} = aliasesOf(term, lang);
      return {
        id: term.id,
        name: term.data.names[lang],
        otherName: term.data.names[otherLang(lang)],
        aliases: [...primary, ...secondary],
        topics: term.data.topics,
        definition: localizedDescription(graph, locale, term),
        group: groupOf(term.data.names[lang], lang),
      };
    })
    .sort((a, b) => (a.group === b.group ? collator.compare(a.name, b.name) : a.group === '#' ? 1 : b.group === '#' ? -1 : a.group.localeCompare(b.group)));
}

export function entryList(graph: AtlasGraph, kind: Exclude<EntryKind, 'term'>, locale: Locale): EntryListItem[] {
  const lang = langOf(locale);
  const items = [...graph.entries.values()]
    .filter((e) => e.kind === kind)
    .map((e) => ({...link(graph, kind, e.id, lang), description: localizedDescription(graph, locale, e)}));
  // People by family name (their ids are pinyin, family name first), as in the sidebar; the rest by name.
  return kind === 'person' ? items.sort((a, b) => a.id.localeCompare(b.id)) : sortByName(items, locale);
}

export function tooltips(graph: AtlasGraph, locale: Locale): Record<string, TooltipEntry> {
  return Object.fromEntries(
    glossaryIndex(graph, locale).map((item) => [item.id, {name: item.name, otherName: item.otherName, definition: item.definition}]),
  );
}


export function timeline(graph: AtlasGraph, locale: Locale): TimelineItem[] {
  return timelineItems(graph, locale, (kind, id) => link(graph, kind, id, langOf(locale)));
}

export function lineage(graph: AtlasGraph, locale: Locale): LineageNode[] {
  return lineageTree(graph, (kind, id) => link(graph, kind, id, langOf(locale)));
}

export function onboardingPath(graph: AtlasGraph, locale: Locale): OnboardingStepView[] {
  const lang = langOf(locale);
  return onboardingPages(graph).map((page) => ({
    id: page.id,
    ...pageLink(graph, locale, {instance: 'docs', id: page.id, kind: 'page'}),
    step: page.step.step,
    terms: page.step.terms.map((t) => ({...link(graph, 'term', t, lang), definition: localizedDescription(graph, locale, graph.entries.get(entryKey('term', t))!)})),
    read: page.step.read.map((ref) => {
      const [kind, id] = ref.split(':') as [EntryKind, string];
      return link(graph, kind, id, lang);
    }),
  }));
}

export function homeView(graph: AtlasGraph, locale: Locale): HomeView {
  const counts = {term: 0, person: 0, system: 0, institution: 0};
  for (const entry of graph.entries.values()) counts[entry.kind] += 1;
  return {counts, latest: timeline(graph, locale).filter((e) => !e.decade).slice(-3).reverse()};
}
