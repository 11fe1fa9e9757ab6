/**
 * Which search engine the site uses. Local, offline search (./index.ts) is the default. Setting
 * ALGOLIA_APP_ID, ALGOLIA_API_KEY and ALGOLIA_INDEX_NAME at build time switches to Algolia
 * DocSearch (the classic preset adds its theme when themeConfig.algolia is present), searching
 * the reader's language and edition (contextualSearch). The crawler that fills the index is
 * configured in algolia/crawler-config.js.
 */
import type {PluginConfig} from '@docusaurus/types';
import localSearch from './index';

export type SearchEngine = 'local' | 'algolia';

const ALGOLIA_VARIABLES = ['ALGOLIA_APP_ID', 'ALGOLIA_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

export function searchEngine(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  const set = ALGOLIA_VARIABLES.filter((k) => env[k]);
  if (set.length === 0) return 'local';
  if (set.length < ALGOLIA_VARIABLES.length) {
    const missing = ALGOLIA_VARIABLES.filter((k) => !env[k]);
    throw new Error(
      `Algolia search needs ${ALGOLIA_VARIABLES.join(', ')}; ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not. Set all three for Algolia, or none for the local search.`,
    );
  }
  return 'algolia';
}

export function algoliaThemeConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    appId: env.ALGOLIA_APP_ID!,
    apiKey: env.ALGOLIA_API_KEY!,
    indexName: env.ALGOLIA_INDEX_NAME!,
    // Facets on the language and docs version that every page declares in its docsearch meta tags.
    contextualSearch: true,
    searchPagePath: 'search',
  };
}

/** The theme config's `algolia` entry, present only when Algolia is chosen. */
export function searchThemeConfig(env: NodeJS.ProcessEnv = process.env): {algolia?: ReturnType<typeof algoliaThemeConfig>} {
  return searchEngine(env) === 'algolia' ? {algolia: algoliaThemeConfig(env)} : {};
}

export function searchPlugins(env: NodeJS.ProcessEnv = process.env): PluginConfig[] {
  return searchEngine(env) === 'local' ? [localSearch] : [];
}
