/**
 * The graph of the current build, shared between the Docusaurus plugin (which
 * loads it once per build, and again on each change in dev) and the remark
 * plugins. It lives on globalThis because the config loader and the MDX loader
 * may each import their own copy of this module.
 */
import {loadAtlas} from './loadAtlas';
import {AtlasContentError} from './issues';
import type {AtlasGraph} from './graph';

const KEY = Symbol.for('hpc-atlas.graph');
type Store = Map<string, AtlasGraph>;
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Store;

const keyOf = (siteDir: string, edition?: string) => (edition ? `${siteDir}#${edition}` : siteDir);

/** Loads and checks the content (of an edition, if named); throws with every problem listed when there are any. */
export function refreshGraph(siteDir: string, edition?: string): AtlasGraph {
  const graph = loadAtlas(siteDir, edition);
  if (graph.issues.length > 0) throw new AtlasContentError(graph.issues);
  store.set(keyOf(siteDir, edition), graph);
  return graph;
}

/** The graph of the current content, or of an edition (loaded once per build: editions do not change). */
export function currentGraph(siteDir: string, edition?: string): AtlasGraph {
  return store.get(keyOf(siteDir, edition)) ?? refreshGraph(siteDir, edition);
}
