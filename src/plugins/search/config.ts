/**
 * Which search engine the site uses. Local, offline search is the default;
 * a hosted engine is a configuration switch (ATLAS_SEARCH=algolia with
 * ALGOLIA_APP_ID, ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME), handled in themeConfig.
 */
import fs from 'node:fs';
import path from 'node:path';
import {JIEBA_DICT_FILE} from '../atlas/searchDictionary';
import {PLUGIN_NAME} from '../atlas/pageData';
import type {PluginConfig} from '@docusaurus/types';
import atlasSearch from './index';

export type SearchEngine = 'local' | 'algolia';

export function searchEngine(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  const value = env.ATLAS_SEARCH ?? 'local';
  if (value !== 'local' && value !== 'algolia') {
    throw new Error(`ATLAS_SEARCH must be "local" or "algolia", not "${value}"`);
  }
  return value;
}

export function algoliaThemeConfig(env: NodeJS.ProcessEnv = process.env) {
  const missing = ['ALGOLIA_APP_ID', 'ALGOLIA_API_KEY', 'ALGOLIA_INDEX_NAME'].filter((k) => !env[k]);
  if (missing.length > 0) throw new Error(`ATLAS_SEARCH=algolia needs ${missing.join(', ')}`);
  return {appId: env.ALGOLIA_APP_ID!, apiKey: env.ALGOLIA_API_KEY!, indexName: env.ALGOLIA_INDEX_NAME!, contextualSearch: true};
}

export function searchPlugin(siteDir: string): PluginConfig[] {
  if (searchEngine() !== 'local') return [];
  return [
    [
      atlasSearch,
      {
        language: ['en', 'zh'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: ['docs', 'glossary'],
        docsPluginIdForPreferredVersion: 'default',
        hashed: 'filename',
        docsDir: ['docs', 'glossary', 'versioned_docs', 'i18n'].filter((dir) => fs.existsSync(path.join(siteDir, dir))),
        ignoreCssSelectors: ['.katex-mathml'],
        // Chinese names and aliases stay whole tokens (负载均衡, 混合专家模型); a substring still matches.
        // Written by the atlas plugin from the content (the config must not read content); read only at postBuild.
        zhUserDictPath: path.join(siteDir, '.docusaurus', PLUGIN_NAME, JIEBA_DICT_FILE),
        highlightSearchTermsOnTargetPage: true,
        searchResultLimits: 10,
        searchBarShortcutHint: true,
      },
    ],
  ];
}
