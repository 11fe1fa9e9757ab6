/**
 * The HPC Atlas plugin: loads and checks the knowledge graph once per build,
 * publishes the lazily loaded tooltip data and writes /glossary.json.
 * Per-page data is injected by src/remark/atlasEntry.ts, not sent globally.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {AtlasGraph} from './graph';
import {refreshGraph} from './store';
import {glossaryExport} from './exportJson';
import {tooltips} from './views';
import type {Locale} from './vocabulary';

export const TOOLTIPS_FILE = 'glossary-tooltips.json';

export default function atlasPlugin(context: LoadContext): Plugin<AtlasGraph> {
  const locale = context.i18n.currentLocale as Locale;
  return {
    name: 'hpc-atlas',
    async loadContent() {
      return refreshGraph(context.siteDir);
    },
    async contentLoaded({content, actions}) {
      await actions.createData(TOOLTIPS_FILE, JSON.stringify(tooltips(content, locale)));
    },
    async postBuild({content, outDir, siteConfig}) {
      await fs.writeFile(path.join(outDir, 'glossary.json'), JSON.stringify(glossaryExport(content, locale, siteConfig.url), null, 1));
    },
    getPathsToWatch() {
      return ['docs', 'glossary', 'i18n'].map((dir) => path.join(context.siteDir, dir, '**/*.{md,mdx}'));
    },
  };
}
