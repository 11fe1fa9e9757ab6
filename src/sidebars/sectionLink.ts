/**
 * Where an entry page sits in a sidebar that lists only sections: the section
 * whose link is the longest path prefix of the page's URL (/docs/people for
 * /docs/people/zhai-jidong, /glossary for /glossary/kvcache). Runs in the browser.
 */
import type {PropSidebarItem, PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';

const trim = (p: string) => p.replace(/\/$/, '');
const within = (href: string, path: string) => trim(path).startsWith(`${trim(href)}/`);

function hrefs(items: readonly PropSidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'category') return [...(item.href ? [item.href] : []), ...hrefs(item.items)];
    return item.type === 'link' ? [item.href] : [];
  });
}

/** The href of the section `path` belongs to, or undefined when the sidebar lists the page itself or no section holds it. */
export function sectionHref(items: readonly PropSidebarItem[], path: string): string | undefined {
  const all = hrefs(items);
  if (all.some((h) => trim(h) === trim(path))) return undefined;
  return all.filter((h) => within(h, path)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The sidebar with the current page placed under its section: the section's link becomes a
 * category holding the page, so that breadcrumbs read Section › Page. Returns `items` itself
 * when there is nothing to add.
 */
export function withCurrentPage(items: readonly PropSidebarItem[], page: {href: string; label: string; docId: string}): readonly PropSidebarItem[] {
  const section = sectionHref(items, page.href);
  if (!section) return items;
  const current: PropSidebarItemLink = {type: 'link', href: page.href, label: page.label, docId: page.docId};
  const place = (list: readonly PropSidebarItem[]): PropSidebarItem[] =>
    list.map((item): PropSidebarItem => {
      if (item.type === 'category') return item.href === section ? {...item, items: [...item.items, current]} : {...item, items: place(item.items)};
      if (item.type === 'link' && item.href === section) {
        const category: PropSidebarItemCategory = {type: 'category', label: item.label, href: item.href, items: [current], collapsed: false, collapsible: true, ...(item.className ? {className: item.className} : {})};
        return category;
      }
      return item;
    });
  return place(items);
}
