/**
 * What a page receives to render an entry: plain, serialisable data already
 * resolved for the page's locale. Shared by the remark plugin that injects it
 * and the components that render it; nothing here is sent to other pages.
 */
import type {
  AdvisorKind,
  AffiliationRole,
  AwardKind,
  EntryKind,
  EventKind,
  FigureQualifier,
  InstitutionKind,
  Locale,
  OrgRole,
  Quantity,
  SourceId,
  SystemCategory,
  TopicId,
  TeamRole,
} from './vocabulary';

export interface EntryLink {
  readonly kind: EntryKind;
  readonly id: string;
  /** Site-relative URL (the locale prefix is added by the router). */
  readonly url: string;
  /** Name in the page's language. */
  readonly name: string;
  /** Name in the other language, when it differs. */
  readonly otherName?: string;
}

export interface PageLink {
  readonly url: string;
  readonly title: string;
}

export interface Names {
  readonly primary: string;
  readonly secondary?: string;
  /** Full pinyin, family name first (people only), e.g. "Zhai Jidong". */
  readonly pinyin?: string;
}

export interface SourceView {
  readonly source: SourceId;
  readonly lines: string;
}

interface ViewBase {
  readonly id: string;
  /** The entry's own events on the timeline, oldest first. */
  readonly events: readonly TimelineItem[];
  /** The page's own URL in its edition (site-relative). */
  readonly url: string;
  readonly locale: Locale;
  readonly names: Names;
  /** Other names readers type, the page's language first. */
  readonly aliases: {readonly primary: readonly string[]; readonly secondary: readonly string[]};
  readonly sources: readonly SourceView[];
}

export interface AwardView {
  readonly term: EntryLink;
  readonly year: number;
  readonly kind: AwardKind;
}

export interface PersonView extends ViewBase {
  readonly kind: 'person';
  readonly affiliations: readonly {org: EntryLink; role: AffiliationRole; since?: number; until?: number}[];
  readonly advisors: readonly {person: EntryLink; kind: AdvisorKind; year?: number}[];
  readonly students: readonly {person: EntryLink; kind: AdvisorKind}[];
  /** Advisors above (with theirs), students below (with theirs). */
  readonly branch: {readonly up: readonly LineageNode[]; readonly down: readonly LineageNode[]};
  /** People the source says this person worked with, from either side. */
  readonly workedWith: readonly EntryLink[];
  readonly systems: readonly {system: EntryLink; role: TeamRole}[];
  readonly awards: readonly AwardView[];
}

export interface SystemView extends ViewBase {
  readonly kind: 'system';
  readonly category: SystemCategory;
  readonly year?: number;
  readonly team: readonly {person: EntryLink; role: TeamRole}[];
  readonly orgs: readonly {org: EntryLink; role: OrgRole}[];
  readonly terms: readonly EntryLink[];
  readonly builtOn: readonly EntryLink[];
  readonly extendedBy: readonly EntryLink[];
  readonly venues: readonly {term: EntryLink; year: number}[];
  readonly awards: readonly AwardView[];
  readonly figures: readonly {quantity: Quantity; value: number | readonly [number, number]; qualifier?: FigureQualifier}[];
}

export interface InstitutionView extends ViewBase {
  readonly kind: 'institution';
  readonly institutionKind: InstitutionKind;
  readonly founded?: number;
  readonly parent?: EntryLink;
  readonly children: readonly EntryLink[];
  readonly people: readonly {person: EntryLink; role: AffiliationRole}[];
  readonly systems: readonly {system: EntryLink; role: OrgRole}[];
}

export interface TermView extends ViewBase {
  readonly kind: 'term';
  readonly definition: string;
  readonly topics: readonly TopicId[];
  readonly related: readonly EntryLink[];
  readonly systems: readonly EntryLink[];
  readonly honours: readonly {entry: EntryLink; year: number}[];
  readonly backlinks: readonly PageLink[];
}

export type EntryView = PersonView | SystemView | InstitutionView | TermView;

/** What a timeline row says: written text, or a computed fact the component words in the page's language. */
export type EventStatement =
  | {readonly type: 'text'; readonly text: string}
  | {readonly type: 'system'; readonly category: SystemCategory}
  | {readonly type: 'founded'}
  | {readonly type: 'award'; readonly award: EntryLink; readonly awardKind: AwardKind}
  | {readonly type: 'venue'; readonly venue: EntryLink}
  | {readonly type: 'advisor'; readonly advisor: EntryLink; readonly advisorKind: AdvisorKind};

export interface TimelineItem {
  /** Anchor on the timeline page. */
  readonly id: string;
  readonly year: number;
  readonly decade?: true;
  readonly month?: number;
  readonly kind: EventKind;
  /** The entry the event is about first. */
  readonly entities: readonly EntryLink[];
  readonly statement: EventStatement;
  readonly lines: string;
}

/** One person in the advisor tree, with the people they advised below them. */
export interface LineageNode {
  readonly person: EntryLink;
  /** How this person relates to the node above (undefined at a root). */
  readonly kind?: AdvisorKind;
  readonly formal: boolean;
  readonly children: readonly LineageNode[];
}

/** One row of the glossary index. */
export interface GlossaryIndexItem {
  readonly id: string;
  readonly name: string;
  readonly otherName: string;
  readonly aliases: readonly string[];
  readonly topics: readonly TopicId[];
  readonly definition: string;
  /** Group heading: A–Z, by pinyin initial in Chinese; "#" for anything else. */
  readonly group: string;
}

/** One row of a people/systems/institutions listing. */
export interface EntryListItem extends EntryLink {
  readonly description: string;
  readonly detail?: string;
}

/** Tooltip data for one term, loaded lazily by the glossary link component. */
export interface TooltipEntry {
  readonly name: string;
  readonly otherName: string;
  readonly definition: string;
}

/** One step of the onboarding path, as every step page and the path's overview render it. */
export interface OnboardingStepView {
  /** Page id within the reference, e.g. `onboarding/kv-cache`; the key of the reader's progress. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly step: number;
  readonly terms: readonly (EntryLink & {readonly definition: string})[];
  readonly read: readonly EntryLink[];
}

export interface HomeView {
  readonly counts: Readonly<Record<EntryKind, number>>;
  /** The most recent events of the published edition, newest first. */
  readonly latest: readonly TimelineItem[];
}
