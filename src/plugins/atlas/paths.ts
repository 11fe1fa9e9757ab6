/** Entry folders and URLs; free of Node imports so that components can use it too. */
import type {EntryKind} from './vocabulary';

/** Entry folders relative to their instance root; the glossary's entries sit at its top. */
export const KIND_FOLDERS = {
  term: '',
  person: 'people',
  system: 'systems',
  institution: 'institutions',
} as const satisfies Record<EntryKind, string>;

/** URL of an entry, relative to the site's (locale's) base URL. */
export function entryPath(kind: EntryKind, id: string): string {
  return kind === 'term' ? `/glossary/${id}` : `/docs/${KIND_FOLDERS[kind]}/${id}`;
}
