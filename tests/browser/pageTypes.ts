/** One page of each type, as the accessibility, offline and Lighthouse checks visit them, in both locales. */
export const PAGE_TYPES = [
  {type: 'home', path: '/'},
  {type: 'glossary index', path: '/glossary'},
  {type: 'term with diagram', path: '/glossary/moe'},
  {type: 'term', path: '/glossary/kvcache'},
  {type: 'system', path: '/docs/systems/mooncake'},
  {type: 'person', path: '/docs/people/zheng-weimin'},
  {type: 'timeline', path: '/docs/history/timeline'},
  {type: 'lineage', path: '/docs/history/lineage'},
  {type: 'onboarding', path: '/docs/onboarding'},
] as const;

export const LOCALE_PREFIX = {en: '', 'zh-Hans': '/zh-Hans'} as const;
export type Locale = keyof typeof LOCALE_PREFIX;

/** The page's path in the locale: `/zh-Hans/` for the Chinese home page, `/zh-Hans/glossary` for the index. */
export function localePath(path: string, locale: Locale): string {
  return path === '/' ? `${LOCALE_PREFIX[locale]}/` : `${LOCALE_PREFIX[locale]}${path}`;
}
