/**
 * The timeline's events. Most are computed from front matter (a system's year,
 * an institution's founding, an award, a dated advisor relation), so a fact is
 * never written twice; the events file holds only what no entry can say: a
 * policy, a model released elsewhere, a step in someone's life.
 *
 * The file lives in the reference (`docs/history/_events.yaml`) so that each
 * cut edition keeps the events it was cut with. Its texts are in both languages
 * side by side: an event is one fact, and splitting it over two files would let
 * them drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {z} from 'zod';
import type {AtlasGraph} from './graph';
import {describeSchemaIssues, entryKey} from './load';
import {didYouMean, type AtlasIssue} from './issues';
import {ENTRY_KINDS, EVENT_KINDS, type EntryKind, type EventKind} from './vocabulary';
import {ID_PATTERN} from './schema';

export const EVENTS_FILE = 'history/_events.yaml';

const eventSchema = z.strictObject({
  /** The anchor on the timeline: #<id>. */
  id: z.string().regex(ID_PATTERN, {message: 'must be kebab-case'}),
  year: z.number().int().min(1900).max(2100),
  /** "1970s": the source gives only the decade. */
  decade: z.literal(true).optional(),
  /** Month, when the source gives it. */
  month: z.number().int().min(1).max(12).optional(),
  kind: z.enum(EVENT_KINDS),
  /** Entries the event is about, as `kind:id` (person:zheng-weimin, term:document-18). */
  entities: z.array(z.string().regex(/^(term|person|system|institution):[a-z0-9-]+$/, {message: 'must be kind:id, e.g. person:zheng-weimin'})).min(1),
  en: z.string().trim().min(1),
  zh: z.string().trim().min(1),
  lines: z.string().regex(/^\d+(?:[-–]\d+)?(?:,\s*\d+(?:[-–]\d+)?)*$/, {message: 'must be line numbers or ranges such as "53" or "57-59"'}),
});
export type EventRecord = z.infer<typeof eventSchema>;

/** One event, from the file or computed, before it is resolved for a locale. */
export interface AtlasEvent {
  readonly id: string;
  readonly year: number;
  readonly decade?: true;
  readonly month?: number;
  readonly kind: EventKind;
  readonly entities: readonly {kind: EntryKind; id: string}[];
  /** Written text (from the file), or a computed event described by its parts. */
  readonly text: {en: string; zh: string} | {computed: ComputedEvent};
  readonly lines: string;
  /** Where it is recorded: the events file or the entry's file. */
  readonly file: string;
}

export type ComputedEvent =
  | {type: 'system'}
  | {type: 'founded'}
  | {type: 'award'; award: string; awardKind: string}
  | {type: 'venue'; venue: string}
  | {type: 'advisor'; advisor: string; advisorKind: string};

const parseRef = (ref: string) => {
  const [kind, id] = ref.split(':') as [EntryKind, string];
  return {kind, id};
};

/** Events computed from front matter: every dated fact an entry records. */
function computedEvents(graph: AtlasGraph): AtlasEvent[] {
  const events: AtlasEvent[] = [];
  const lines = (entry: {data: {sources: readonly {lines: string}[]}}) => entry.data.sources.map((s) => s.lines).join(', ');
  for (const entry of graph.entries.values()) {
    const self = {kind: entry.kind, id: entry.id};
    switch (entry.kind) {
      case 'system':
        if (entry.data.year !== undefined) events.push({id: `${entry.id}-${entry.data.year}`, year: entry.data.year, kind: 'systems', entities: [self], text: {computed: {type: 'system'}}, lines: lines(entry), file: entry.file});
        for (const a of entry.data.awards ?? []) {
          events.push({id: `${entry.id}-${a.term}-${a.year}`, year: a.year, kind: 'awards', entities: [self, {kind: 'term', id: a.term}], text: {computed: {type: 'award', award: a.term, awardKind: a.kind}}, lines: lines(entry), file: entry.file});
        }
        for (const v of entry.data.venues ?? []) {
          // A paper that won an award at that venue that year is one event: the award.
          if ((entry.data.awards ?? []).some((a) => a.term === v.term && a.year === v.year)) continue;
          events.push({id: `${entry.id}-at-${v.term}-${v.year}`, year: v.year, kind: 'systems', entities: [self, {kind: 'term', id: v.term}], text: {computed: {type: 'venue', venue: v.term}}, lines: lines(entry), file: entry.file});
        }
        break;
      case 'institution':
        if (entry.data.founded !== undefined) events.push({id: `${entry.id}-founded`, year: entry.data.founded, kind: 'institutions', entities: [self], text: {computed: {type: 'founded'}}, lines: lines(entry), file: entry.file});
        break;
      case 'person':
        for (const a of entry.data.awards ?? []) {
          events.push({id: `${entry.id}-${a.term}-${a.year}`, year: a.year, kind: 'awards', entities: [self, {kind: 'term', id: a.term}], text: {computed: {type: 'award', award: a.term, awardKind: a.kind}}, lines: lines(entry), file: entry.file});
        }
        for (const a of entry.data.advisors ?? []) {
          if (a.year === undefined) continue;
          events.push({id: `${entry.id}-${a.kind}-${a.person}`, year: a.year, kind: 'people', entities: [self, {kind: 'person', id: a.person}], text: {computed: {type: 'advisor', advisor: a.person, advisorKind: a.kind}}, lines: lines(entry), file: entry.file});
        }
        break;
      case 'term':
        break;
    }
  }
  return events;
}

/** Reads the events file of the graph's copy of the reference, checks it against the graph, and adds the computed events. */
export function loadEvents(graph: AtlasGraph, docsRoot: string): {events: AtlasEvent[]; issues: AtlasIssue[]} {
  const file = path.join(docsRoot, EVENTS_FILE);
  const rel = path.relative(graph.siteDir, file);
  const events = computedEvents(graph);
  const issues: AtlasIssue[] = [];
  if (!fs.existsSync(file)) return {events, issues};
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return {events, issues: [{file: rel, message: `not valid YAML: ${(err as Error).message.split('\n')[0]}`, fix: 'each event is a list item (`- id: …`) with the keys id, year, kind, entities, en, zh, lines'}]};
  }
  const list = z.array(z.unknown()).safeParse(raw);
  if (!list.success) return {events, issues: [{file: rel, message: 'must be a list of events', fix: 'start each event with `- id:`'}]};
  const ids = new Set(events.map((e) => e.id));
  list.data.forEach((item, index) => {
    const parsed = eventSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...describeSchemaIssues(rel, parsed.error, Object.keys(eventSchema.shape), undefined).map((i) => ({...i, field: `[${index}]${i.field ? `.${i.field}` : ''}`})));
      return;
    }
    const e = parsed.data;
    if (ids.has(e.id)) {
      issues.push({file: rel, field: `[${index}].id`, message: `\`${e.id}\` is already an event id`, fix: 'give each event its own id (it is the anchor on the timeline)'});
      return;
    }
    ids.add(e.id);
    const entities = e.entities.map(parseRef);
    let ok = true;
    entities.forEach((ref, i) => {
      if (!(ENTRY_KINDS as readonly string[]).includes(ref.kind) || graph.entries.has(entryKey(ref.kind, ref.id))) return;
      ok = false;
      const hint = didYouMean(ref.id, [...graph.entries.values()].filter((x) => x.kind === ref.kind).map((x) => x.id));
      issues.push({file: rel, field: `[${index}].entities.${i}`, message: `no ${ref.kind} has the id \`${ref.id}\``, fix: `${hint ? `${hint} ` : ''}name an entry that has a page`});
    });
    // "Mooncake, 2024" is the system's own year: its front matter says so already.
    const only = entities.length === 1 ? entities[0]! : undefined;
    const duplicate = only && events.find((c) => 'computed' in c.text && c.entities.length === 1 && c.year === e.year && c.entities[0]!.kind === only.kind && c.entities[0]!.id === only.id);
    if (duplicate) {
      issues.push({file: rel, field: `[${index}]`, message: `this event is already computed from ${duplicate.file}`, fix: 'remove it here: the entry\'s front matter is its one source'});
      return;
    }
    if (ok) events.push({id: e.id, year: e.year, ...(e.decade ? {decade: true as const} : {}), ...(e.month ? {month: e.month} : {}), kind: e.kind, entities, text: {en: e.en, zh: e.zh}, lines: e.lines, file: rel});
  });
  return {events, issues};
}
