/**
 * Plans the browser's route table in shards. Docusaurus puts every route of the site, with its
 * chunk names, its loaders and every doc's entry in the docs plugins' global data, into main.js,
 * which every page loads first: at 10× content that was 150 KiB gzip more per page. Here the long
 * lists of leaf routes (a docs version's pages, the glossary's terms) move into shards of
 * `shardSize` consecutive routes, each with what its routes need; main.js keeps the tree above
 * them and, per list, where each shard starts. The browser loads a page's shard before it renders
 * it (client/preload.ts), so a page pays for one shard, whatever the size of the site.
 */
import {shardKey} from './client/shardKey';
import {
  chunkNamesIn,
  docsVersions,
  type DocEntry,
  type GlobalData,
  type RouteEntry,
  type RoutesChunkNames,
} from './generated';

export interface Shard {
  /** The bundler's name for the shard's chunk, also its file name. */
  readonly chunkName: string;
  readonly routes: readonly RouteEntry[];
  readonly chunkNames: RoutesChunkNames;
  readonly registryKeys: readonly string[];
  /** Docs-plugin entries for its routes' docs, in every version: [plugin id, version name, entry]. */
  readonly docs: readonly (readonly [string, string, DocEntry])[];
}

export interface ShardGroup {
  /** The route whose `routes` list the shards fill. */
  readonly parent: RouteEntry;
  /** Each shard's first key (the first is always ''), for client/shardKey's shardIndex. */
  readonly starts: readonly string[];
  readonly shards: readonly Shard[];
}

export interface Plan {
  readonly routes: readonly RouteEntry[];
  readonly groups: readonly ShardGroup[];
  readonly mainChunkNames: RoutesChunkNames;
  readonly mainRegistryKeys: readonly string[];
  readonly globalData: GlobalData;
}

export interface PlanOptions {
  /** Routes per shard. */
  readonly shardSize: number;
  /** Lists shorter than this stay in main.js: a shard would cost a request and save little. */
  readonly minListSize: number;
}

const routeId = (route: RouteEntry) => `${route.component.path}-${route.component.hash}`;

/** A list the shards can hold: leaves only, each matched exactly, so their order cannot matter. */
function isShardable(routes: readonly RouteEntry[] | undefined, options: PlanOptions): routes is readonly RouteEntry[] {
  return (
    routes !== undefined &&
    routes.length >= options.minListSize &&
    routes.every((route) => route.exact === true && route.routes === undefined)
  );
}

export function planShards(
  routes: readonly RouteEntry[],
  chunkNames: RoutesChunkNames,
  globalData: GlobalData,
  options: PlanOptions,
): Plan {
  const versions = docsVersions(globalData);
  const docsAt = new Map<string, [string, string, DocEntry][]>();
  for (const [pluginId, list] of versions) {
    for (const version of list) {
      for (const doc of version.docs) docsAt.set(doc.path, [...(docsAt.get(doc.path) ?? []), [pluginId, version.name, doc]]);
    }
  }
  const sameDocEverywhere = (pluginId: string, id: string) =>
    versions.get(pluginId)!.flatMap((version) =>
      version.docs.filter((doc) => doc.id === id).map((doc) => [pluginId, version.name, doc] as [string, string, DocEntry]),
    );

  const groups: ShardGroup[] = [];
  const shardedPaths = new Set<string>();
  const visit = (list: readonly RouteEntry[]) => {
    for (const parent of list) {
      if (isShardable(parent.routes, options)) groups.push(group(parent));
      else if (parent.routes) visit(parent.routes);
    }
  };
  const group = (parent: RouteEntry): ShardGroup => {
    // Code-unit order, as shardIndex compares keys in the browser.
    const sorted = [...parent.routes!].sort((a, b) => {
      const [x, y] = [shardKey(a.path), shardKey(b.path)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const chunks: RouteEntry[][] = [];
    for (const route of sorted) {
      const current = chunks.at(-1);
      // Routes with the same key stay together: the browser can only look one shard up per key.
      const sameKey = current !== undefined && shardKey(current.at(-1)!.path) === shardKey(route.path);
      if (current && (current.length < options.shardSize || sameKey)) current.push(route);
      else chunks.push([route]);
    }
    const index = groups.length;
    const shards = chunks.map((members, i): Shard => {
      const names = Object.fromEntries(members.map((route) => [routeId(route), chunkNames[routeId(route)]!]));
      const docs = members.flatMap((route) => {
        shardedPaths.add(route.path);
        return (docsAt.get(route.path) ?? []).flatMap(([pluginId, , doc]) => sameDocEverywhere(pluginId, doc.id));
      });
      return {
        chunkName: `route-shard-${index}-${i}`,
        routes: members,
        chunkNames: names,
        registryKeys: [...new Set(Object.values(names).flatMap(chunkNamesIn))],
        docs: [...new Map(docs.map((entry) => [`${entry[1]}\n${entry[2].path}`, entry])).values()],
      };
    });
    return {parent, starts: chunks.map((members, i) => (i === 0 ? '' : shardKey(members[0]!.path))), shards};
  };
  visit(routes);

  const inShards = new Set(groups.flatMap((g) => g.shards.flatMap((s) => s.routes.map(routeId))));
  const missing = [...inShards].filter((id) => chunkNames[id] === undefined);
  if (missing.length > 0) {
    throw new Error(`hpc-atlas route shards: routesChunkNames.json has no entry for ${missing.slice(0, 3).join(', ')}`);
  }
  const mainChunkNames = Object.fromEntries(Object.entries(chunkNames).filter(([id]) => !inShards.has(id)));

  // Sharded docs leave the global data; each shard adds back its own (and their other versions), and
  // every version keeps its main doc, which the version menu links when a page has no counterpart.
  const trimmed = structuredClone(globalData);
  for (const list of docsVersions(trimmed).values()) {
    for (const version of list) {
      version.docs = version.docs.filter((doc) => !shardedPaths.has(doc.path) || doc.id === version.mainDocId);
    }
  }

  return {
    routes,
    groups,
    mainChunkNames,
    mainRegistryKeys: [...new Set(Object.values(mainChunkNames).flatMap(chunkNamesIn))],
    globalData: trimmed,
  };
}
