/**
 * The relations of the knowledge graph, as one table: for each kind of entry,
 * every front-matter field that names another entry, the kind it must name,
 * and the inverse it feeds (a person's advisors feed the advisor's students).
 * buildGraph walks this table; adding a relation means adding a row here.
 */
import type {EntryOf} from './load';
import type {AdvisorKind, AffiliationRole, EntryKind, OrgRole, TeamRole} from './vocabulary';

export interface PageRef {
  readonly instance: 'docs' | 'glossary';
  /** Entry id or page path. */
  readonly id: string;
  readonly kind: EntryKind | 'page';
}

export interface Inverses {
  readonly students: ReadonlyMap<string, readonly {person: string; kind: AdvisorKind}[]>;
  /** Symmetric: written on one side, shown on both. */
  readonly workedWith: ReadonlyMap<string, readonly string[]>;
  readonly systemsOfPerson: ReadonlyMap<string, readonly {system: string; role: TeamRole}[]>;
  readonly peopleOfInstitution: ReadonlyMap<string, readonly {person: string; role: AffiliationRole}[]>;
  readonly systemsOfInstitution: ReadonlyMap<string, readonly {system: string; role: OrgRole}[]>;
  readonly childInstitutions: ReadonlyMap<string, readonly string[]>;
  readonly systemsUsingTerm: ReadonlyMap<string, readonly string[]>;
  readonly systemsBuiltOn: ReadonlyMap<string, readonly string[]>;
  readonly relatedTerms: ReadonlyMap<string, readonly string[]>;
  /** Entries whose awards or venues name this glossary term (a venue, prize or ranking). */
  readonly honoursOfTerm: ReadonlyMap<string, readonly {kind: 'person' | 'system'; id: string; year: number}[]>;
  readonly backlinks: ReadonlyMap<string, readonly PageRef[]>;
}

type Mutable<T> = {[K in keyof T]: T[K] extends ReadonlyMap<infer A, readonly (infer B)[]> ? Map<A, B[]> : never};
export type MutableInverses = Mutable<Inverses>;

export const emptyInverses = (): MutableInverses => ({
  students: new Map(),
  workedWith: new Map(),
  systemsOfPerson: new Map(),
  peopleOfInstitution: new Map(),
  systemsOfInstitution: new Map(),
  childInstitutions: new Map(),
  systemsUsingTerm: new Map(),
  systemsBuiltOn: new Map(),
  relatedTerms: new Map(),
  honoursOfTerm: new Map(),
  backlinks: new Map(),
});

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One reference from an entry: where it is written, what it must name, and how it feeds the inverses. */
export interface RelationRef {
  readonly field: string;
  readonly target: EntryKind;
  readonly id: string;
  /** Records the inverse; returns a problem if the relation conflicts with one already recorded. */
  readonly link: (inverses: MutableInverses, from: string) => string | undefined;
}

const record = (effect: () => void) => {
  effect();
  return undefined;
};

/** Records a pair in both directions, once. */
const both = (map: Map<string, string[]>, a: string, b: string) => {
  if (!map.get(a)?.includes(b)) push(map, a, b);
  if (!map.get(b)?.includes(a)) push(map, b, a);
};

/** A symmetric relation is written once; the same pair written from the other side is a conflict. */
const symmetric = (map: Map<string, string[]>, from: string, to: string, otherFile: string): string | undefined => {
  if (map.get(from)?.includes(to)) return `\`${to}\` is also listed the other way round, in ${otherFile}`;
  push(map, from, to);
  push(map, to, from);
  return undefined;
};

export const RELATIONS: {readonly [K in EntryKind]: (data: EntryOf<K>['data']) => RelationRef[]} = {
  term: (d) => [
    // Related terms may be listed on both sides (each page chooses its "read next"); the inverse is the union.
    ...(d.related ?? []).map((other, i): RelationRef => ({field: `related.${i}`, target: 'term', id: other, link: (inv, from) => record(() => both(inv.relatedTerms, from, other))})),
  ],
  person: (d) => [
    ...(d.advisors ?? []).map((a, i): RelationRef => ({field: `advisors.${i}.person`, target: 'person', id: a.person, link: (inv, from) => record(() => push(inv.students, a.person, {person: from, kind: a.kind}))})),
    ...(d.worked_with ?? []).map((other, i): RelationRef => ({field: `worked_with.${i}`, target: 'person', id: other, link: (inv, from) => symmetric(inv.workedWith, from, other, `docs/people/${other}.mdx`)})),
    ...(d.affiliations ?? []).map((a, i): RelationRef => ({field: `affiliations.${i}.org`, target: 'institution', id: a.org, link: (inv, from) => record(() => push(inv.peopleOfInstitution, a.org, {person: from, role: a.role}))})),
    ...(d.awards ?? []).map((a, i): RelationRef => ({field: `awards.${i}.term`, target: 'term', id: a.term, link: (inv, from) => record(() => push(inv.honoursOfTerm, a.term, {kind: 'person', id: from, year: a.year}))})),
  ],
  system: (d) => [
    ...(d.team ?? []).map((t, i): RelationRef => ({field: `team.${i}.person`, target: 'person', id: t.person, link: (inv, from) => record(() => push(inv.systemsOfPerson, t.person, {system: from, role: t.role}))})),
    ...(d.orgs ?? []).map((o, i): RelationRef => ({field: `orgs.${i}.org`, target: 'institution', id: o.org, link: (inv, from) => record(() => push(inv.systemsOfInstitution, o.org, {system: from, role: o.role}))})),
    ...(d.terms ?? []).map((t, i): RelationRef => ({field: `terms.${i}`, target: 'term', id: t, link: (inv, from) => record(() => push(inv.systemsUsingTerm, t, from))})),
    ...(d.built_on ?? []).map((s, i): RelationRef => ({field: `built_on.${i}`, target: 'system', id: s, link: (inv, from) => record(() => push(inv.systemsBuiltOn, s, from))})),
    ...(d.venues ?? []).map((v, i): RelationRef => ({field: `venues.${i}.term`, target: 'term', id: v.term, link: (inv, from) => record(() => push(inv.honoursOfTerm, v.term, {kind: 'system', id: from, year: v.year}))})),
    ...(d.awards ?? []).map((a, i): RelationRef => ({field: `awards.${i}.term`, target: 'term', id: a.term, link: (inv, from) => record(() => push(inv.honoursOfTerm, a.term, {kind: 'system', id: from, year: a.year}))})),
  ],
  institution: (d) => (d.parent ? [{field: 'parent', target: 'institution', id: d.parent, link: (inv, from) => record(() => push(inv.childInstitutions, d.parent!, from))}] : []),
};

/** Lists whose items must not repeat, per kind, with what makes two items the same. */
export const UNIQUE_LISTS: {readonly [K in EntryKind]: (data: EntryOf<K>['data']) => {field: string; keys: string[]}[]} = {
  term: (d) => [{field: 'related', keys: d.related ?? []}],
  person: (d) => [
    {field: 'advisors', keys: (d.advisors ?? []).map((a) => `${a.person}/${a.kind}`)},
    {field: 'worked_with', keys: d.worked_with ?? []},
  ],
  system: (d) => [
    {field: 'team', keys: (d.team ?? []).map((t) => t.person)},
    {field: 'terms', keys: d.terms ?? []},
  ],
  institution: () => [],
};
