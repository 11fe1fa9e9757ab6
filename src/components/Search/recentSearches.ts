/** The searches a reader opened a result from, kept in this browser only (localStorage), per language. */
export interface RecentSearch {
  readonly query: string;
  readonly title: string;
  readonly url: string;
}

const LIMIT = 6;
const key = (locale: string) => `hpc-atlas.recent-searches.${locale}`;

export function readRecent(locale: string): RecentSearch[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(locale)) ?? '[]');
    return Array.isArray(value)
      ? value.filter((v): v is RecentSearch => typeof v?.query === 'string' && typeof v?.title === 'string' && typeof v?.url === 'string')
      : [];
  } catch {
    return [];
  }
}

export function rememberSearch(locale: string, entry: RecentSearch): RecentSearch[] {
  const list = [entry, ...readRecent(locale).filter((r) => r.url !== entry.url)].slice(0, LIMIT);
  try {
    localStorage.setItem(key(locale), JSON.stringify(list));
  } catch {
    // Storage full or disabled (private mode): the search still works, it is just not remembered.
  }
  return list;
}

export function forgetSearch(locale: string, url: string): RecentSearch[] {
  const list = readRecent(locale).filter((r) => r.url !== url);
  try {
    localStorage.setItem(key(locale), JSON.stringify(list));
  } catch {
    // As above.
  }
  return list;
}
