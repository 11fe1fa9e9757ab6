/**
 * The closed vocabularies that front matter may use. They are closed so that a
 * typo fails the check instead of creating a new, empty category.
 * Labels live with the UI (src/components/Atlas/labels.ts) because they are
 * translated through code.json; the type checker keeps both lists in step.
 */

export const LOCALES = ['en', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Glossary topics, shown as filters on the glossary index. (Not `tags`: Docusaurus
 * reads that key itself and would publish untranslated tag pages.)
 */
export const TOPIC_IDS = [
  'ai-models',
  'training',
  'inference',
  'storage',
  'memory',
  'networking',
  'hardware',
  'hpc',
  'compilers',
  'data',
  'graph',
  'brain-inspired',
  'security',
  'venues',
  'awards',
  'competitions',
  'rankings',
  'history',
  'policy',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const SYSTEM_CATEGORIES = [
  'inference',
  'training',
  'storage',
  'graph',
  'compiler',
  'data-processing',
  'supercomputer',
  'chip',
  'platform',
  'model',
  'security',
] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

export const INSTITUTION_KINDS = [
  'university',
  'research-institute',
  'laboratory',
  'company',
  'government',
  'department',
  'teaching-group',
  'service-platform',
  'supercomputing-center',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** A person's position at an institution. */
export const AFFILIATION_ROLES = [
  'faculty',
  'director',
  'founder',
  'co-founder',
  'assistant-researcher',
  'postdoc',
  'phd-student',
  'masters-student',
  'student',
  'coach',
  'collaborator',
  'head',
  'member',
  'staff',
  'undergraduate',
  'visiting-researcher',
  'chief-scientist',
  'ceo',
  'party-secretary',
] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/**
 * How an advisor relation is described in the source. The first three are
 * formal supervision; the rest are informal and must never be drawn or worded
 * as if they were ("helped supervise" is not a PhD advisor).
 */
export const FORMAL_ADVISOR_KINDS = ['phd', 'postdoc', 'masters'] as const;
export const ADVISOR_KINDS = [
  ...FORMAL_ADVISOR_KINDS,
  /** Trained by the advisor, degree not stated ("郑纬民所培养的学生"). */
  'student',
  /** Did doctoral research in the advisor's group, advisor not named. */
  'phd-group',
  /** Helped the formal advisor supervise. */
  'helped-supervise',
  /** Guided the research, without being named as the advisor. */
  'guidance',
  /** An early research mentor. */
  'mentor',
  'coach',
  'thesis-committee',
] as const;
export type AdvisorKind = (typeof ADVISOR_KINDS)[number];
export const isFormalAdvisorKind = (kind: AdvisorKind): boolean => (FORMAL_ADVISOR_KINDS as readonly string[]).includes(kind);

/** A person's part in building a system. */
export const TEAM_ROLES = ['lead', 'co-lead', 'team-lead', 'developer', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** An institution's part in a system. */
export const ORG_ROLES = ['developer', 'partner', 'host', 'user'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const AWARD_KINDS = ['best-paper', 'champion', 'prize', 'research-highlight', 'paper', 'cover', 'first-place', 'honour'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** Quantities a system's key figures may state; each has a translated label and unit. */
export const QUANTITIES = [
  'parameters',
  'tokens-per-second',
  'accelerators',
  'cpus',
  'cores',
  'dram-gb',
  'speedup',
  'development-months',
  'training-tokens',
  'exaops-fp16',
  'mtbf-hours',
  'interconnect-gb-per-s',
  'bandwidth-share-percent',
  'cabinets',
  'processors-per-cabinet',
] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** How the source qualifies a figure: "about 100 hours", "almost 20×" (几乎), "over 90%", "40 million+ cores". */
export const FIGURE_QUALIFIERS = ['about', 'almost', 'over', 'at-least'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** Filters of the timeline. `context` is what happened around the institute (a policy, a model released elsewhere). */
export const EVENT_KINDS = ['people', 'systems', 'awards', 'institutions', 'context'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ENTRY_KINDS = ['term', 'person', 'system', 'institution'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The sources a page may cite; each `sources` item names one of these. */
export const SOURCE_IDS = ['hpc-stars'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
