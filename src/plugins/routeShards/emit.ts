/**
 * Writes a Plan (split.ts) as the modules the browser build imports instead of Docusaurus's own
 * generated ones: routes.js (the tree and the shard loaders), one module per shard,
 * routesChunkNames.js, registry.js and globalData.js (what main.js keeps).
 */
import type {RouteEntry} from './generated';
import type {Plan, Shard} from './split';

const json = (value: unknown) => JSON.stringify(value);

/**
 * A route's component (a loadable component with its chunk loaders) is made when React Router
 * first reads it: only the routes shown or preloaded need one, not every route of a loaded shard.
 */
function routeCode(route: RouteEntry, listName: Map<RouteEntry, string>): string {
  const args = [route.component.path, route.component.hash].filter((arg) => arg !== undefined).map(json).join(', ');
  const fields = [`path: ${json(route.path)}`, `get component() { return lazyComponent(this, ${args}); }`];
  for (const [key, value] of Object.entries(route)) {
    if (key !== 'path' && key !== 'component' && key !== 'routes') fields.push(`${json(key)}: ${json(value)}`);
  }
  if (route.routes) {
    fields.push(`routes: ${listName.get(route) ?? `[\n${route.routes.map((child) => routeCode(child, listName)).join(',\n')}\n]`}`);
  }
  return `{${fields.join(', ')}}`;
}

function registryCode(keys: readonly string[], registry: ReadonlyMap<string, string>): string {
  return keys
    .filter((key) => registry.has(key))
    .map((key) => `  ${json(key)}: ${registry.get(key)}`)
    .join(',\n');
}

export function shardFile(shard: Shard): string {
  return `${shard.chunkName}.js`;
}

/** File name → code. `runtime` is the import specifier of client/shards.ts. */
export function emitModules(plan: Plan, registry: ReadonlyMap<string, string>, runtime: string): Record<string, string> {
  const files: Record<string, string> = {};
  const listName = new Map(plan.groups.map((group, i) => [group.parent, `list${i}`]));
  files['routes.js'] = [
    `import {lazyComponent, registerShardGroups} from ${json(runtime)};`,
    ...plan.groups.map((_, i) => `const list${i} = [];`),
    `const routes = [\n${plan.routes.map((route) => routeCode(route, listName)).join(',\n')}\n];`,
    `registerShardGroups(routes, [`,
    ...plan.groups.map(
      (group, i) =>
        `  {routes: list${i}, starts: ${json(group.starts)}, load: [${group.shards
          .map((shard) => `() => import(/* webpackChunkName: ${json(shard.chunkName)} */ ${json(`./${shardFile(shard)}`)})`)
          .join(', ')}]},`,
    ),
    `]);`,
    `export default routes;`,
    '',
  ].join('\n');

  for (const group of plan.groups) {
    for (const shard of group.shards) {
      files[shardFile(shard)] = [
        `import registry from '@generated/registry';`,
        `import routesChunkNames from '@generated/routesChunkNames';`,
        `import {addDocs, lazyComponent} from ${json(runtime)};`,
        // Before any route's component is made: ComponentCreator looks its chunk names and loaders up.
        `Object.assign(registry, {\n${registryCode(shard.registryKeys, registry)}\n});`,
        `Object.assign(routesChunkNames, ${json(shard.chunkNames)});`,
        `addDocs(${json(shard.docs)});`,
        `export default [\n${shard.routes.map((route) => routeCode(route, listName)).join(',\n')}\n];`,
        '',
      ].join('\n');
    }
  }

  files['routesChunkNames.js'] = `export default ${json(plan.mainChunkNames)};\n`;
  files['registry.js'] = `export default {\n${registryCode(plan.mainRegistryKeys, registry)}\n};\n`;
  files['globalData.js'] = `export default ${json(plan.globalData)};\n`;
  return files;
}
