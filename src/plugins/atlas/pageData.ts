/**
 * Names of the data modules the plugin writes with `createData` and the pages
 * import. One naming scheme, shared by the writer (the plugin) and the reader
 * (the remark plugin that adds the import), so that the two cannot drift.
 *
 * Why modules and not props baked into the compiled MDX: a page's data depends
 * on other files (a student's page names their advisor; the glossary index
 * lists every term). The bundler tracks an imported module, so when another
 * file changes the page gets fresh data, even from the persistent cache, which
 * recompiles only the MDX file that was edited.
 */
import type {EntryKind} from './vocabulary';

export const PLUGIN_NAME = 'hpc-atlas';
/** The plugin's createData folder as the bundler resolves it. */
export const DATA_MODULE_ROOT = `@generated/${PLUGIN_NAME}/default`;

/** The reference of the working copy is keyed `current`, a cut edition by its name. */
export const editionKey = (edition: string | undefined): string => edition ?? 'current';

/** Data of one entry page: reference entries per edition, terms once (the glossary is not versioned). */
export function entryDataName(kind: EntryKind, id: string, edition: string | undefined): string {
  return kind === 'term' ? `views/glossary/${id}.json` : `views/docs/${editionKey(edition)}/${kind}/${id}.json`;
}

export function entryListDataName(kind: Exclude<EntryKind, 'term'>, edition: string | undefined): string {
  return `lists/docs/${editionKey(edition)}/${kind}.json`;
}

/** The generated history views of one copy of the reference. */
export const timelineDataName = (edition: string | undefined): string => `history/${editionKey(edition)}/timeline.json`;
export const lineageDataName = (edition: string | undefined): string => `history/${editionKey(edition)}/lineage.json`;

export const onboardingDataName = (edition: string | undefined): string => `onboarding/${editionKey(edition)}.json`;

/** The home page's highlights: counts and the latest milestones of the published edition. */
export const HOME_DATA_NAME = 'home.json';

export const GLOSSARY_INDEX_DATA_NAME = 'lists/glossary.json';
export const TOOLTIPS_DATA_NAME = 'glossary-tooltips.json';

export const dataModule = (name: string): string => `${DATA_MODULE_ROOT}/${name}`;
