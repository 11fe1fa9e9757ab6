/**
 * The HPC Atlas plugin: loads and checks the knowledge graph of the working copy
 * and of every cut edition, writes each page's data as a module of its own
 * (createData; see pageData.ts for why), publishes the lazily loaded tooltip
 * data and writes /glossary.json (with its schema).
 */
import path from 'node:path';
import type {LoadContext, Plugin, PluginContentLoadedActions} from '@docusaurus/types';
import type {AtlasGraph} from './graph';
import {refreshGraph} from './store';
import {editions} from './loadAtlas';
import {diagramIssues, uniqueDiagrams} from './diagrams';
import {AtlasContentError} from './issues';
import {writeGlossaryJson} from './exportJson';
import {entryList, entryView, glossaryIndex, homeView, lineage, onboardingPath, timeline, tooltips} from './views';
import {entryDataName, entryListDataName, GLOSSARY_INDEX_DATA_NAME, HOME_DATA_NAME, lineageDataName, onboardingDataName, PLUGIN_NAME, timelineDataName, TOOLTIPS_DATA_NAME} from './pageData';
import {withPermalinks} from './permalinks';
import type {Locale} from './vocabulary';

export interface AtlasContent {
  /** The working copy (docs/) and each cut edition, newest edition first. */
  readonly graphs: readonly AtlasGraph[];
  /** The graph the glossary is rendered from: the published edition's (the newest cut), or the working copy's before any cut. */
  readonly published: AtlasGraph;
}

const LIST_KINDS = ['person', 'system', 'institution'] as const;

/** Which copies of the reference this build serves (src/config/editions.ts); by default all of them. */
export interface AtlasOptions {
  /** Whether the working copy (docs/) is built. */
  readonly workingCopy?: boolean;
  /** Cut editions built into this site, newest first; the first is the published one. */
  readonly editions?: readonly string[];
}

/** Writes every page's data module (see pageData.ts for the names and why they are modules). */
export async function writePageData(content: AtlasContent, actions: Pick<PluginContentLoadedActions, 'createData'>, locale: Locale): Promise<void> {
  const writes: Promise<string>[] = [];
  const write = (name: string, data: unknown) => writes.push(actions.createData(name, JSON.stringify(data)));
  for (const graph of content.graphs) {
    for (const entry of graph.entries.values()) {
      if (entry.kind !== 'term') write(entryDataName(entry.kind, entry.id, graph.edition), entryView(graph, entry, locale));
    }
    for (const kind of LIST_KINDS) write(entryListDataName(kind, graph.edition), entryList(graph, kind, locale));
    write(timelineDataName(graph.edition), timeline(graph, locale));
    write(lineageDataName(graph.edition), lineage(graph, locale));
    write(onboardingDataName(graph.edition), onboardingPath(graph, locale));
  }
  const {published} = content;
  for (const entry of published.entries.values()) {
    if (entry.kind === 'term') write(entryDataName('term', entry.id, undefined), entryView(published, entry, locale));
  }
  write(GLOSSARY_INDEX_DATA_NAME, glossaryIndex(published, locale));
  write(TOOLTIPS_DATA_NAME, tooltips(published, locale));
  write(HOME_DATA_NAME, homeView(published, locale));
  await Promise.all(writes);
}

export default function atlasPlugin(context: LoadContext, options: AtlasOptions = {}): Plugin<AtlasContent> {
  const locale = context.i18n.currentLocale as Locale;
  return {
    name: PLUGIN_NAME,
    async loadContent() {
      // Only the copies this build serves: an archived edition has its own build (src/config/editions.ts).
      const cut = options.editions ?? editions(context.siteDir);
      const graphs = [...(options.workingCopy === false ? [] : [refreshGraph(context.siteDir)]), ...cut.map((edition) => refreshGraph(context.siteDir, edition))];
      const published = graphs.find((g) => g.edition === cut[0]) ?? graphs[0]!;
      const diagramProblems = await diagramIssues(uniqueDiagrams(graphs));
      if (diagramProblems.length > 0) throw new AtlasContentError(diagramProblems);
      return {graphs, published};
    },
    // After every plugin has loaded, so that links use the permalinks the docs plugins computed.
    async allContentLoaded({allContent, actions}) {
      const loaded = allContent[PLUGIN_NAME]?.default as AtlasContent | undefined;
      if (!loaded) throw new Error(`${PLUGIN_NAME}: its own content is missing from allContent`);
      const graphs = withPermalinks(loaded.graphs, allContent);
      const published = graphs[loaded.graphs.indexOf(loaded.published)]!;
      await writePageData({graphs, published}, actions, locale);
    },
    async postBuild({content, outDir, siteConfig}) {
      await writeGlossaryJson(outDir, context.siteDir, content.published, locale, siteConfig.url);
    },
    getPathsToWatch() {
      // The events file is YAML beside the pages; an edit to it must refresh the timeline in `npm start` too.
      return ['docs', 'glossary', 'i18n', 'versioned_docs'].map((dir) => path.join(context.siteDir, dir, '**/*.{md,mdx,yaml}'));
    },
  };
}
