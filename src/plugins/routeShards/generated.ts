/**
 * Reads the route modules Docusaurus generates (routes.js, routesChunkNames.json, registry.js,
 * globalData.json) as data. routes.js and registry.js are code, written by Docusaurus's codegen in
 * a fixed shape; anything outside that shape is an error naming the file, never a guess, so a
 * Docusaurus upgrade that changes the shape stops the build here instead of shipping a wrong table.
 */
import vm from 'node:vm';

export interface RouteEntry {
  readonly path: string;
  /** `ComponentCreator(path, hash)` in the generated code; the 404 route's has no hash. */
  readonly component: {readonly path: string; readonly hash?: string};
  readonly exact?: boolean;
  readonly routes?: RouteEntry[];
  readonly [other: string]: unknown;
}

export type ChunkNames = string | {readonly [key: string]: ChunkNames} | readonly ChunkNames[];
export type RoutesChunkNames = Record<string, ChunkNames>;

export interface DocEntry {
  readonly id: string;
  readonly path: string;
  readonly sidebar?: string;
}
export interface DocsVersionData {
  readonly name: string;
  readonly mainDocId: string;
  docs: DocEntry[];
  readonly [other: string]: unknown;
}
export type GlobalData = Record<string, Record<string, unknown>>;

export const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

const FIX = 'Docusaurus may have changed the shape of its generated files; see src/plugins/routeShards.';

function fail(file: string, what: string): never {
  throw new Error(`hpc-atlas route shards: cannot read ${file}: ${what}. ${FIX}`);
}

/** Runs routes.js with a stand-in ComponentCreator that records its arguments. */
export function parseRoutes(source: string, file = 'routes.js'): RouteEntry[] {
  const body = source
    .split('\n')
    .filter((line) => !/^import .* from '[^']+';$/.test(line))
    .join('\n')
    .replace(/^export default /m, '__routes = ');
  if (!body.includes('__routes = ')) fail(file, 'no `export default`');
  const sandbox: {__routes?: unknown; ComponentCreator: (path: string, hash?: string) => RouteEntry['component']} = {
    ComponentCreator: (path, hash) => (hash === undefined ? {path} : {path, hash}),
  };
  try {
    vm.runInNewContext(body, sandbox, {filename: file, timeout: 10_000});
  } catch (error) {
    fail(file, String(error));
  }
  const routes = sandbox.__routes;
  const check = (list: unknown, where: string): RouteEntry[] => {
    if (!Array.isArray(list)) fail(file, `${where} is not an array of routes`);
    for (const route of list as RouteEntry[]) {
      if (typeof route?.path !== 'string' || typeof route.component?.path !== 'string') {
        fail(file, `a route under ${where} has no path or ComponentCreator component`);
      }
      if (route.routes !== undefined) check(route.routes, route.path);
    }
    return list as RouteEntry[];
  };
  // Plain data of this realm (the sandbox's arrays are another realm's).
  return JSON.parse(JSON.stringify(check(routes, 'the root'))) as RouteEntry[];
}

/** registry.js: one `"name": [() => import(...), "module", require.resolveWeak("module")],` per line; kept verbatim. */
export function parseRegistry(source: string, file = 'registry.js'): Map<string, string> {
  // Docusaurus ends the last entry's line with the closing `};`.
  const lines = source.trimEnd().replace(/,?\};$/, ',').split('\n');
  if (lines[0] !== 'export default {' || !source.trimEnd().endsWith('};')) fail(file, 'expected `export default {` … `};`');
  const entries = new Map<string, string>();
  if (lines.at(-1) === ',') lines.pop();
  lines.slice(1).forEach((line, index) => {
    const entry = /^\s*("(?:[^"\\]|\\.)*"): (\[\(\) => import\(.*\)\]),?$/.exec(line);
    if (!entry) fail(file, `line ${index + 2} is not a registry entry: ${line.slice(0, 120)}`);
    entries.set(JSON.parse(entry[1]!) as string, entry[2]!);
  });
  return entries;
}

/** Every chunk name a route's chunk-names tree refers to. */
export function chunkNamesIn(tree: ChunkNames | undefined): string[] {
  if (tree === undefined) return [];
  if (typeof tree === 'string') return [tree];
  return (Array.isArray(tree) ? tree : Object.values(tree)).flatMap((value) => chunkNamesIn(value as ChunkNames));
}

/** The docs plugins' versions, by plugin id, from globalData.json. */
export function docsVersions(globalData: GlobalData): Map<string, DocsVersionData[]> {
  const byPlugin = new Map<string, DocsVersionData[]>();
  for (const [pluginId, data] of Object.entries(globalData[DOCS_PLUGIN] ?? {})) {
    const versions = (data as {versions?: unknown}).versions;
    if (!Array.isArray(versions) || versions.some((v: DocsVersionData) => !Array.isArray(v?.docs))) {
      fail('globalData.json', `${DOCS_PLUGIN}/${pluginId} has no versions[].docs`);
    }
    byPlugin.set(pluginId, versions as DocsVersionData[]);
  }
  return byPlugin;
}
