/**
 * Permalinks as the docs plugins computed them (slugs, version paths, locale base URL),
 * so that the atlas never re-implements Docusaurus's URL rules for links it renders.
 */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {AtlasGraph} from './graph';
import {editionKey} from './pageData';
import {GLOSSARY_INSTANCE_ID} from './layout';

type ByDocId = ReadonlyMap<string, string>;

function versions(content: LoadedContent | undefined): Map<string, ByDocId> {
  return new Map((content?.loadedVersions ?? []).map((v) => [v.versionName, new Map(v.docs.map((d) => [d.id, d.permalink]))]));
}

/** Each graph gets the permalinks of its own edition; all share the glossary's (it is not versioned). */
export function withPermalinks(graphs: readonly AtlasGraph[], allContent: AllContent): AtlasGraph[] {
  const docs = allContent['docusaurus-plugin-content-docs'] as Record<string, LoadedContent | undefined> | undefined;
  const reference = versions(docs?.default);
  const glossary = versions(docs?.[GLOSSARY_INSTANCE_ID]).get('current');
  if (reference.size === 0 || !glossary) return [...graphs];
  return graphs.map((graph) => {
    const own = reference.get(editionKey(graph.edition));
    return {...graph, permalink: (instance, docId) => (instance === 'glossary' ? glossary : own)?.get(docId)};
  });
}
