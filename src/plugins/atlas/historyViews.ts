/** The generated history views: the timeline and the advisor tree, for a locale. */
import type {AtlasGraph} from './graph';
import {getEntry} from './graph';
import type {AtlasEvent} from './events';
import type {EntryLink, EventStatement, LineageNode, TimelineItem} from './viewTypes';
import {isFormalAdvisorKind, type AdvisorKind, type AwardKind, type Locale} from './vocabulary';

type LinkFn = (kind: EntryLink['kind'], id: string) => EntryLink;

function statement(event: AtlasEvent, graph: AtlasGraph, locale: Locale, link: LinkFn): EventStatement {
  if (!('computed' in event.text)) return {type: 'text', text: locale === 'en' ? event.text.en : event.text.zh};
  const c = event.text.computed;
  switch (c.type) {
    case 'system':
      return {type: 'system', category: getEntry(graph, 'system', event.entities[0]!.id)!.data.category};
    case 'founded':
      return {type: 'founded'};
    case 'award':
      return {type: 'award', award: link('term', c.award), awardKind: c.awardKind as AwardKind};
    case 'venue':
      return {type: 'venue', venue: link('term', c.venue)};
    case 'advisor':
      return {type: 'advisor', advisor: link('person', c.advisor), advisorKind: c.advisorKind as AdvisorKind};
  }
}

const byDate = (a: TimelineItem, b: TimelineItem) => a.year - b.year || (a.decade ? -1 : 0) - (b.decade ? -1 : 0) || (a.month ?? 13) - (b.month ?? 13) || a.id.localeCompare(b.id);

export function timelineItems(graph: AtlasGraph, locale: Locale, link: LinkFn, events: readonly AtlasEvent[] = graph.events): TimelineItem[] {
  return events
    .map((e) => ({
      id: e.id,
      year: e.year,
      ...(e.decade ? {decade: e.decade} : {}),
      ...(e.month ? {month: e.month} : {}),
      kind: e.kind,
      entities: e.entities.map((x) => link(x.kind, x.id)),
      statement: statement(e, graph, locale, link),
      lines: e.lines,
    }))
    .sort(byDate);
}

/** The events that name an entry. */
export function eventsOf(graph: AtlasGraph, kind: EntryLink['kind'], id: string, locale: Locale, link: LinkFn): TimelineItem[] {
  return timelineItems(graph, locale, link, graph.events.filter((e) => e.entities.some((x) => x.kind === kind && x.id === id)));
}

interface Edge {
  readonly advisor: string;
  readonly student: string;
  readonly kind: AdvisorKind;
}

/** Every advisor relation, from the inverse the graph already computed (only relations whose both ends exist). */
function edges(graph: AtlasGraph): Edge[] {
  return [...graph.inverses.students].flatMap(([advisor, students]) => students.map((s) => ({advisor, student: s.person, kind: s.kind})));
}

/** Students below a person, and theirs; a person met again on the same path is not expanded twice. */
function down(all: readonly Edge[], id: string, link: LinkFn, seen: ReadonlySet<string>): LineageNode[] {
  return all
    .filter((e) => e.advisor === id && !seen.has(e.student))
    .map((e) => ({person: link('person', e.student), kind: e.kind, formal: isFormalAdvisorKind(e.kind), children: down(all, e.student, link, new Set([...seen, e.student]))}))
    .sort((a, b) => Number(b.formal) - Number(a.formal) || a.person.id.localeCompare(b.person.id));
}

function up(all: readonly Edge[], id: string, link: LinkFn, seen: ReadonlySet<string>): LineageNode[] {
  return all
    .filter((e) => e.student === id && !seen.has(e.advisor))
    .map((e) => ({person: link('person', e.advisor), kind: e.kind, formal: isFormalAdvisorKind(e.kind), children: up(all, e.advisor, link, new Set([...seen, e.advisor]))}))
    .sort((a, b) => Number(b.formal) - Number(a.formal) || a.person.id.localeCompare(b.person.id));
}

export function branchOf(graph: AtlasGraph, id: string, link: LinkFn): {up: LineageNode[]; down: LineageNode[]} {
  const all = edges(graph);
  return {up: up(all, id, link, new Set([id])), down: down(all, id, link, new Set([id]))};
}

/**
 * The whole tree: every person who advised someone and has no advisor of their own
 * in the atlas is a root. Informal relations ("helped supervise", "mentor") are
 * kept, marked informal, so the component can draw them differently.
 */
export function lineageTree(graph: AtlasGraph, link: LinkFn): LineageNode[] {
  const all = edges(graph);
  const students = new Set(all.map((e) => e.student));
  const roots = [...new Set(all.map((e) => e.advisor))].filter((id) => !students.has(id)).sort();
  return roots.map((id) => ({person: link('person', id), formal: true, children: down(all, id, link, new Set([id]))}));
}
