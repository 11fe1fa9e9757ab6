/** Entry folders and URLs; free of Node imports so that components can use it too. */
import type {EntryKind} from './vocabulary';

/** Entry folders relative to their instance root; the glossary's entries sit at its top. */
export const KIND_FOLDERS = {
  term: '',
  person: 'people',
  system: 'systems',
  institution: 'institutions',
} as const satisfies Record<EntryKind, string>;

/** Where the reference is served when no edition has been cut, and where the newest edition is served after. */
export const DOCS_ROUTE_BASE = '/docs';
export const GLOSSARY_ROUTE_BASE = '/glossary';

/**
 * The route base of the reference as one edition sees it, by Docusaurus's own rule
 * for versions: the newest cut edition at /docs, older ones at /docs/<name>, the
 * working copy at /docs/next once an edition exists (at /docs before).
 */
export function docsRouteBase(edition: string | undefined, cutEditions: readonly string[]): string {
  if (edition === undefined) return cutEditions.length > 0 ? `${DOCS_ROUTE_BASE}/next` : DOCS_ROUTE_BASE;
  return edition === cutEditions[0] ? DOCS_ROUTE_BASE : `${DOCS_ROUTE_BASE}/${edition}`;
}

/** URL of an entry, relative to the site's (locale's) base URL, within the edition served at `docsBase`. */
export function entryPath(kind: EntryKind, id: string, docsBase: string = DOCS_ROUTE_BASE): string {
  return kind === 'term' ? `${GLOSSARY_ROUTE_BASE}/${id}` : `${docsBase}/${KIND_FOLDERS[kind]}/${id}`;
}
