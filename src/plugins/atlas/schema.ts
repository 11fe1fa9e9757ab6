/**
 * Front-matter schemas. Our own keys are strict: an unknown key is an error,
 * because a misspelt key that is silently ignored is a fact silently lost.
 * No schema here sets a default: a value the author did not write must not
 * appear on the page.
 */
import {z} from 'zod';
import {
  ADVISOR_KINDS,
  AFFILIATION_ROLES,
  AWARD_KINDS,
  FIGURE_QUALIFIERS,
  INSTITUTION_KINDS,
  ORG_ROLES,
  QUANTITIES,
  SOURCE_IDS,
  SYSTEM_CATEGORIES,
  TOPIC_IDS,
  TEAM_ROLES,
  type EntryKind,
} from './vocabulary';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, {message: 'must be kebab-case: lower-case letters, digits and single hyphens'});
const year = z.number().int().min(1900).max(2100);
const nonEmpty = z.string().trim().min(1, {message: 'must not be empty'});

/** Docusaurus's own keys that a page may set in either locale. */
const docusaurusTranslatable = {
  title: nonEmpty,
  description: nonEmpty,
  keywords: z.array(nonEmpty).optional(),
  sidebar_label: nonEmpty.optional(),
  hide_table_of_contents: z.boolean().optional(),
};
/** Docusaurus's structural keys; they must match between locales (checked in parity). */
const docusaurusStructural = {
  slug: nonEmpty.optional(),
  sidebar_position: z.number().optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
};
export const STRUCTURAL_DOCUSAURUS_KEYS = Object.keys(docusaurusStructural);

const names = z.strictObject({en: nonEmpty, zh: nonEmpty});
const aliases = z.strictObject({en: z.array(nonEmpty).optional(), zh: z.array(nonEmpty).optional()});

const lineRange = z
  .string()
  .regex(/^\d+(?:[-–]\d+)?(?:,\s*\d+(?:[-–]\d+)?)*$/, {
    message: 'must be line numbers or ranges such as "241-283" or "109, 215"',
  });
const source = z.strictObject({source: z.enum(SOURCE_IDS), lines: lineRange});
const sources = z.array(source).min(1, {message: 'must name at least one source'});

const award = z.strictObject({term: id, year, kind: z.enum(AWARD_KINDS)});

const common = {
  ...docusaurusTranslatable,
  ...docusaurusStructural,
  names,
  /** Other names readers type, in both languages: short names, pinyin, glosses. Shown and searched. */
  aliases: aliases.optional(),
  sources,
};

export const termSchema = z.strictObject({
  ...common,
  /** Old ids and English URL aliases; each becomes a redirect to this entry. */
  redirect_from: z.array(id).optional(),
  topics: z.array(z.enum(TOPIC_IDS)).min(1, {message: 'must list at least one topic'}),
  related: z.array(id).optional(),
});

export const personSchema = z.strictObject({
  ...common,
  advisors: z.array(z.strictObject({person: id, kind: z.enum(ADVISOR_KINDS), year: year.optional()})).optional(),
  affiliations: z
    .array(
      z.strictObject({
        org: id,
        role: z.enum(AFFILIATION_ROLES),
        since: year.optional(),
        until: year.optional(),
      }),
    )
    .optional(),
  awards: z.array(award).optional(),
  /** People the source says this person worked with (symmetric; written on one side only). */
  worked_with: z.array(id).optional(),
});

export const systemSchema = z.strictObject({
  ...common,
  category: z.enum(SYSTEM_CATEGORIES),
  year: year.optional(),
  team: z.array(z.strictObject({person: id, role: z.enum(TEAM_ROLES)})).optional(),
  orgs: z.array(z.strictObject({org: id, role: z.enum(ORG_ROLES)})).optional(),
  terms: z.array(id).optional(),
  built_on: z.array(id).optional(),
  venues: z.array(z.strictObject({term: id, year})).optional(),
  awards: z.array(award).optional(),
  figures: z
    .array(
      z.strictObject({
        quantity: z.enum(QUANTITIES),
        value: z.union([z.number().positive(), z.tuple([z.number().positive(), z.number().positive()])]),
        /** As the source words it: "about 100 hours", "over 90%", "40 million+ cores". */
        qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
      }),
    )
    .optional(),
});

export const institutionSchema = z.strictObject({
  ...common,
  kind: z.enum(INSTITUTION_KINDS),
  founded: year.optional(),
  parent: id.optional(),
});

/** A zh-Hans mirror carries only what is translated. */
export const translationSchema = z.strictObject({...docusaurusTranslatable, ...docusaurusStructural});

/** An entry named in prose or a reading list: `person:zhai-jidong`, `term:moe`. */
const entryRef = z.string().regex(/^(term|person|system|institution):[a-z0-9]+(?:-[a-z0-9]+)*$/, {message: 'must be kind:id, e.g. system:mooncake or term:kvcache'});

/** A step of the onboarding path: its place, the terms it introduces and what to read. */
const onboardingStep = z.strictObject({
  step: z.number().int().min(1).max(8),
  /** Terms this step introduces; a step may link only terms introduced by itself or an earlier step. */
  terms: z.array(id).min(1, {message: 'must introduce at least one term'}),
  read: z.array(entryRef).min(1, {message: 'must give at least one page to read'}),
});

/** Pages that are not entries (home of a section, onboarding, history). */
export const pageSchema = z.strictObject({...docusaurusTranslatable, ...docusaurusStructural, sources: sources.optional(), onboarding: onboardingStep.optional()});
export type OnboardingStepFrontMatter = z.infer<typeof onboardingStep>;

export const ENTRY_SCHEMAS = {
  term: termSchema,
  person: personSchema,
  system: systemSchema,
  institution: institutionSchema,
} as const satisfies Record<EntryKind, z.ZodTypeAny>;

export type TermFrontMatter = z.infer<typeof termSchema>;
export type PersonFrontMatter = z.infer<typeof personSchema>;
export type SystemFrontMatter = z.infer<typeof systemSchema>;
export type InstitutionFrontMatter = z.infer<typeof institutionSchema>;
export type TranslationFrontMatter = z.infer<typeof translationSchema>;
export type SourceRef = z.infer<typeof source>;
export type Award = z.infer<typeof award>;
