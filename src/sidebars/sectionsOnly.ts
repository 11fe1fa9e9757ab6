/**
 * The sidebars list sections and their index pages, never every entry: the
 * sidebar is data that every page of a docs version carries (in the version's
 * props module and in each page's HTML), so a list of all entries would grow
 * every page with the content. The People, Systems and Institutions folders and
 * the glossary keep their index page, which lists the entries; Docusaurus
 * renders a folder left with its index only as a plain link to it.
 * Entry pages still show their section's sidebar (entrySidebar.ts) and
 * breadcrumbs (src/theme/DocBreadcrumbs).
 */
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {KIND_FOLDERS} from '../plugins/atlas/paths';

type Generator = NonNullable<DocsOptions['sidebarItemsGenerator']>;
type Items = Awaited<ReturnType<Generator>>;

/** Folders whose pages (other than index) are entries, per docs instance; the glossary's entries sit at its root. */
const ENTRY_FOLDERS = {
  docs: [KIND_FOLDERS.person, KIND_FOLDERS.system, KIND_FOLDERS.institution],
  glossary: ['.'],
} as const;

const isIndex = (id: string) => id === 'index' || id.endsWith('/index');

export function sectionsOnly(instance: keyof typeof ENTRY_FOLDERS): Generator {
  const folders: readonly string[] = ENTRY_FOLDERS[instance];
  return async ({defaultSidebarItemsGenerator, ...args}) => {
    const entries = new Set(args.docs.filter((d) => folders.includes(d.sourceDirName) && !isIndex(d.id)).map((d) => d.id));
    const prune = (items: Items): Items =>
      items.filter((item) => !(item.type === 'doc' && entries.has(item.id))).map((item) => (item.type === 'category' ? {...item, items: prune(item.items)} : item));
    return prune(await defaultSidebarItemsGenerator(args));
  };
}
