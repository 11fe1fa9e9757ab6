import type {LoadedPlugin} from '@docusaurus/types';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface LoadedVersionLike {
  readonly isLast: boolean;
  readonly docs: readonly {permalink: string}[];
}
interface DocsContentLike {
  readonly loadedVersions: readonly LoadedVersionLike[];
}

/**
 * Returns the plugin list with the glossary's docs added to each non-latest
 * version of every other docs instance, so that each version's search index
 * also holds the glossary. The originals are not mutated.
 */
export function withGlossaryInEveryVersion(plugins: readonly LoadedPlugin[], glossaryId = 'glossary'): LoadedPlugin[] {
  const isDocs = (p: LoadedPlugin) => p.name === DOCS_PLUGIN && p.content !== undefined;
  const glossary = plugins.find((p) => isDocs(p) && p.options.id === glossaryId);
  if (!glossary) return [...plugins];
  const glossaryDocs = (glossary.content as DocsContentLike).loadedVersions.flatMap((v) => v.docs);
  return plugins.map((p) => {
    if (!isDocs(p) || p === glossary) return p;
    const content = p.content as DocsContentLike;
    return {
      ...p,
      content: {
        ...content,
        loadedVersions: content.loadedVersions.map((v) => (v.isLast ? v : {...v, docs: [...v.docs, ...glossaryDocs]})),
      },
    };
  });
}
