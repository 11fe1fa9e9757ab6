/**
 * Local search: after the build, every docs and glossary page of each edition is read back from
 * its HTML and indexed per language and edition (the glossary goes into every edition's index, so
 * a reader on /docs/next finds terms too). The plugin also adds the full results page at /search
 * and the client module that highlights the searched words on the page a result opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {htmlFileFor} from '../builtPages';
import {extractPage, type PageRecord} from './extract';
import {buildIndex, writeIndex} from './buildIndex';
import {PINYIN_FILE, SEARCH_DIR} from './format';
import {buildPinyinTable} from './pinyinTable';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsContentLike {
  readonly loadedVersions: readonly {versionName: string; docs: readonly {permalink: string}[]}[];
}

export default function searchPlugin(context: LoadContext): Plugin {
  return {
    name: 'hpc-atlas-search',
    getClientModules: () => [path.resolve(__dirname, '../../components/Search/highlightOnPage.ts')],
    async contentLoaded({actions}) {
      actions.addRoute({
        path: `${context.baseUrl}search`,
        component: '@site/src/components/Search/SearchPage',
        exact: true,
      });
    },
    async postBuild({outDir, plugins, baseUrl}) {
      const docsPlugins = plugins.filter((p) => p.name === DOCS_PLUGIN && p.content !== undefined);
      const reference = docsPlugins.find((p) => p.options.id === 'default');
      const glossary = docsPlugins.find((p) => p.options.id === 'glossary');
      if (!reference || !glossary) throw new Error('hpc-atlas-search: the reference and glossary docs plugins must both be loaded');
      const read = (permalink: string): PageRecord => {
        const file = htmlFileFor(outDir, baseUrl, permalink);
        // The index page of a docs instance has the permalink /glossary/; the site serves it as /glossary.
        const page = extractPage(fs.readFileSync(file, 'utf8'), permalink.replace(/(.)\/$/, '$1'));
        if (!page) throw new Error(`hpc-atlas-search: ${path.relative(outDir, file)} has no .theme-doc-markdown; is it a docs page?`);
        return page;
      };
      const glossaryPages = (glossary.content as DocsContentLike).loadedVersions.flatMap((v) => v.docs.map((d) => read(d.permalink)));
      // A term's page has no breadcrumb above it; its results are labelled with the glossary's own title.
      const glossaryIndex = glossaryPages.reduce((a, b) => (a.url.length <= b.url.length ? a : b));
      for (const [i, page] of glossaryPages.entries()) {
        if (page.crumbs.length === 0 && page !== glossaryIndex) glossaryPages[i] = {...page, crumbs: [glossaryIndex.title]};
      }
      for (const version of (reference.content as DocsContentLike).loadedVersions) {
        const pages = [...version.docs.map((d) => read(d.permalink)), ...glossaryPages];
        writeIndex(path.join(outDir, SEARCH_DIR, version.versionName), buildIndex(pages));
      }
      fs.writeFileSync(path.join(outDir, SEARCH_DIR, PINYIN_FILE), JSON.stringify(buildPinyinTable()));
    },
  };
}
