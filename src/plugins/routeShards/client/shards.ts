/**
 * The browser's side of the route shards (see ../split.ts): main.js registers the lists the shards
 * fill; before a path is shown (preload.ts) or prefetched, its shard is loaded and its routes join
 * the list, so React Router, Docusaurus and the docs plugin then find them where they expect.
 * With no registered lists (the dev server) every call resolves at once.
 */
import type {RouteConfig} from 'react-router-config';
import {matchRoutes} from 'react-router-config';
import globalData from '@generated/globalData';
import ComponentCreator from '@docusaurus/ComponentCreator';
import {shardIndex, shardKey} from './shardKey';

interface ShardGroup {
  readonly routes: RouteConfig[];
  readonly starts: readonly string[];
  readonly load: readonly (() => Promise<{default: RouteConfig[]}>)[];
}

interface DocEntry {
  readonly id: string;
  readonly path: string;
  readonly sidebar?: string;
}

let root: readonly RouteConfig[] = [];
/** By the list each group fills, the object React Router hands back in a match. */
const groups = new Map<RouteConfig[], ShardGroup & {readonly id: number}>();
const loading = new Map<string, Promise<void>>();

export function registerShardGroups(routes: readonly RouteConfig[], list: readonly ShardGroup[]): void {
  root = routes;
  list.forEach((group, id) => groups.set(group.routes, {...group, id}));
}

function loadShard(group: ShardGroup & {readonly id: number}, index: number): Promise<void> {
  const id = `${group.id}-${index}`;
  let done = loading.get(id);
  if (!done) {
    done = group.load[index]!().then((shard) => {
      group.routes.push(...shard.default);
    });
    // A failed load may be retried (a later navigation, after a network blip).
    done.catch(() => loading.delete(id));
    loading.set(id, done);
  }
  return done;
}

function decoded(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Loads the shards that may hold `pathname`'s route (the deepest list it reaches that is still empty of it). */
export function ensureRoutesFor(pathname: string): Promise<void> {
  if (groups.size === 0) return Promise.resolve();
  const candidates = new Set(
    [pathname, decoded(pathname)].flatMap((path) => [path, path.replace(/(?:\/index)?\.html$/, '') || '/']),
  );
  const loads: Promise<void>[] = [];
  for (const candidate of candidates) {
    const deepest = matchRoutes(root as RouteConfig[], candidate).at(-1)?.route;
    const group = deepest?.routes && groups.get(deepest.routes);
    if (group) loads.push(loadShard(group, shardIndex(group.starts, shardKey(candidate))));
  }
  return Promise.all(loads).then(() => undefined);
}

/** Puts a shard's docs back into the docs plugins' global data (the version menu and banner read it). */
export function addDocs(entries: readonly (readonly [string, string, DocEntry])[]): void {
  const plugins = (globalData as Record<string, Record<string, {versions: {name: string; docs: DocEntry[]}[]}>>)[
    'docusaurus-plugin-content-docs'
  ];
  for (const [pluginId, versionName, doc] of entries) {
    const docs = plugins?.[pluginId]?.versions.find((version) => version.name === versionName)?.docs;
    if (docs && !docs.some((known) => known.path === doc.path)) docs.push(doc);
  }
}

const components = new WeakMap<object, ReturnType<typeof ComponentCreator>>();

/** The route's component, made once, on first use (see ../emit.ts). */
export function lazyComponent(route: object, path: string, hash?: string): ReturnType<typeof ComponentCreator> {
  let component = components.get(route);
  if (!component) {
    component = ComponentCreator(path, hash as string);
    components.set(route, component);
  }
  return component;
}
