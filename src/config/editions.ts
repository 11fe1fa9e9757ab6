/**
 * Which editions of the reference a build serves. Every edition adds a full
 * copy of the reference's routes to the site's route table, which every page
 * downloads, so a build keeps at most LIVE_EDITIONS copies live: the working
 * copy (/docs/next) and the newest cut edition (/docs). Older editions keep
 * their sources in versioned_docs/ and are built on their own, as static sites
 * served under /editions/<name>/ (`npm run build:edition -- <name>`, with
 * ATLAS_ARCHIVE_EDITION=<name>), which the live site's version menu links to.
 * Computed from versions.json only; no content is read here.
 */
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {DEFAULT_LOCALE} from '../plugins/atlas/vocabulary';

/** The working copy and the newest edition. */
export const LIVE_EDITIONS = 2;
export const ARCHIVE_BASE = '/editions';

export interface EditionPlan {
  /** The site's base URL: `/`, or `/editions/<name>/` for an archived edition's own build. */
  readonly baseUrl: string;
  /** Whether the working copy (docs/) is built. */
  readonly workingCopy: boolean;
  /** Cut editions built into this site, newest first. */
  readonly live: readonly string[];
  /** Cut editions left out of this build, each served as its own static build under /editions/<name>/. */
  readonly archived: readonly string[];
  /** Set when this build is the static build of one archived edition. */
  readonly archiveOf?: string;
}

/** `cut` is versions.json, newest first; ATLAS_ARCHIVE_EDITION=<name> builds that edition alone. */
export function editionPlan(cut: readonly string[], env: NodeJS.ProcessEnv = process.env): EditionPlan {
  const archiveOf = env.ATLAS_ARCHIVE_EDITION;
  if (archiveOf !== undefined) {
    if (!cut.includes(archiveOf)) throw new Error(`ATLAS_ARCHIVE_EDITION=${archiveOf} names no edition; versions.json lists: ${cut.join(', ') || 'none'}`);
    return {baseUrl: `${ARCHIVE_BASE}/${archiveOf}/`, workingCopy: false, live: [archiveOf], archived: cut.filter((e) => e !== archiveOf), archiveOf};
  }
  const live = cut.slice(0, LIVE_EDITIONS - 1);
  return {baseUrl: '/', workingCopy: true, live, archived: cut.slice(live.length)};
}

/** The reference's docs-plugin options that follow from the plan. */
export function docsEditionOptions(plan: EditionPlan): Pick<DocsOptions, 'onlyIncludeVersions' | 'lastVersion' | 'versions'> {
  if (plan.archiveOf) {
    return {onlyIncludeVersions: [plan.archiveOf], lastVersion: plan.archiveOf, versions: {[plan.archiveOf]: {banner: 'none'}}};
  }
  const hasEditions = plan.live.length > 0;
  return {
    onlyIncludeVersions: ['current', ...plan.live],
    versions: {current: {label: hasEditions ? 'Next' : 'Current', banner: hasEditions ? 'unreleased' : 'none'}},
  };
}

/**
 * Version-menu entries for the archived editions: plain links (pathname://, no base URL added) that
 * leave this site's router for the edition's own build, in the reader's language.
 */
export function archivedEditionLinks(plan: EditionPlan, locale: string | undefined = process.env.DOCUSAURUS_CURRENT_LOCALE) {
  const localePath = locale && locale !== DEFAULT_LOCALE ? `/${locale}` : '';
  return plan.archived.map((name) => ({label: name, href: `pathname://${ARCHIVE_BASE}/${name}${localePath}/docs`, autoAddBaseUrl: false}));
}

/** A line at the top of every page of an archived edition's build, pointing back to the live site. */
export function archiveNotice(plan: EditionPlan, locale: string | undefined = process.env.DOCUSAURUS_CURRENT_LOCALE) {
  if (!plan.archiveOf) return undefined;
  const zh = locale !== undefined && locale !== DEFAULT_LOCALE;
  const live = `${zh ? `/${locale}` : ''}/docs`;
  const content = zh
    ? `这是 ${plan.archiveOf} 版的存档，内容不再更新。<a href="${live}">查看当前版本</a>。`
    : `This is the archived ${plan.archiveOf} edition; it is no longer updated. <a href="${live}">Read the current edition</a>.`;
  return {id: `archived-edition-${plan.archiveOf}`, content, isCloseable: false};
}
