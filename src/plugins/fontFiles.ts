/**
 * Keeps fonts as files. Docusaurus inlines any asset under 10 kB as a data URL,
 * which put a dozen of KaTeX's fonts (woff and woff2 alike) into the one CSS
 * file that every page downloads; as files, a browser fetches only the woff2
 * faces a page actually uses.
 */
import type {Plugin} from '@docusaurus/types';

interface UrlLoaderUse {
  loader?: string;
  options?: {limit?: number | boolean};
}

export default function fontFilesPlugin(): Plugin {
  return {
    name: 'font-files',
    configureWebpack(config) {
      for (const rule of config.module?.rules ?? []) {
        if (!rule || typeof rule !== 'object' || !(rule.test instanceof RegExp) || !rule.test.test('font.woff2')) continue;
        for (const use of Array.isArray(rule.use) ? rule.use : []) {
          const loader = use as UrlLoaderUse;
          if (loader.options && loader.loader?.includes('url-loader')) loader.options.limit = false;
        }
      }
      return {};
    },
  };
}
