import assert from 'node:assert/strict';
import {test} from 'node:test';
import vm from 'node:vm';
import {shardIndex, shardKey} from '../client/shardKey';
import {chunkNamesIn, parseRegistry, parseRoutes, type GlobalData, type RouteEntry, type RoutesChunkNames} from '../generated';
import {emitModules} from '../emit';
import {planShards} from '../split';

/** A site shaped like ours: a docs version with `n` pages, a glossary with `n` terms, a few pages. */
function site(n: number) {
  const docs = Array.from({length: n}, (_, i) => `/docs/next/people/p${String(i).padStart(3, '0')}`);
  const terms = Array.from({length: n}, (_, i) => `/glossary/t${String(i).padStart(3, '0')}`);
  const leaf = (path: string, i: number) =>
    `      {\n        path: '${path}',\n        component: ComponentCreator('${path}', 'h${i}'),\n        exact: true,\n        sidebar: "reference"\n      }`;
  const routesSource = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/search',
    component: ComponentCreator('/search', 's00'),
    exact: true
  },
  {
    path: '/docs/next',
    component: ComponentCreator('/docs/next', 'v00'),
    routes: [
${docs.map(leaf).join(',\n')}
    ]
  },
  {
    path: '/glossary',
    component: ComponentCreator('/glossary', 'g00'),
    routes: [
${terms.map(leaf).join(',\n')}
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;
  const chunkNames: RoutesChunkNames = {
    '/search-s00': {__comp: 'search'},
    '/docs/next-v00': {__comp: 'docRoot', __props: 'versionProps'},
    '/glossary-g00': {__comp: 'docRoot', __props: 'glossaryProps'},
  };
  [...docs, ...terms].forEach((path, i) => {
    chunkNames[`${path}-h${i % n}`] = {__comp: 'docItem', content: `content${path.replace(/\W/g, '')}`};
  });
  const names = [...new Set(Object.values(chunkNames).flatMap(chunkNamesIn))];
  const registrySource = `export default {\n${names
    .map((name) => `  "${name}": [() => import(/* webpackChunkName: "${name}" */ "@site/${name}.mdx"), "@site/${name}.mdx", require.resolveWeak("@site/${name}.mdx")],`)
    .join('\n')}};\n`;
  const globalData: GlobalData = {
    'docusaurus-plugin-content-docs': {
      default: {
        path: '/docs',
        versions: [
          {name: 'current', mainDocId: 'people/p000', docs: docs.map((path) => ({id: path.slice(11), path, sidebar: 'reference'}))},
          {name: '2025', mainDocId: 'people/p000', docs: docs.slice(0, 5).map((path) => ({id: path.slice(11), path: path.replace('/next', ''), sidebar: 'reference'}))},
        ],
      },
      glossary: {path: '/glossary', versions: [{name: 'current', mainDocId: 't000', docs: terms.map((path) => ({id: path.slice(10), path}))}]},
    },
  };
  return {docs, terms, routesSource, chunkNames, registrySource, globalData};
}

const options = {shardSize: 10, minListSize: 8};

test('reads the route table and the registry Docusaurus generates', () => {
  const {routesSource, registrySource} = site(3);
  const routes = parseRoutes(routesSource);
  assert.deepEqual(
    routes.map((route) => route.path),
    ['/search', '/docs/next', '/glossary', '*'],
  );
  assert.deepEqual(routes[1]!.routes![2], {path: '/docs/next/people/p002', component: {path: '/docs/next/people/p002', hash: 'h2'}, exact: true, sidebar: 'reference'});
  const registry = parseRegistry(registrySource);
  assert.match(registry.get('docItem')!, /^\[\(\) => import\(\/\* webpackChunkName: "docItem" \*\/ "@site\/docItem\.mdx"\)/);
});

test('a generated file of another shape is an error naming it, not a guess', () => {
  assert.throws(() => parseRegistry('export default {\n  "a": require("x"),\n};'), /cannot read registry\.js: line 2 is not a registry entry/);
  assert.throws(() => parseRoutes('export default [{path: "/x"}];'), /cannot read routes\.js: a route under the root has no path or ComponentCreator/);
});

test('every leaf route lands in exactly one shard, the one the browser looks up for its path', () => {
  const {docs, terms, routesSource, chunkNames, globalData} = site(57);
  const plan = planShards(parseRoutes(routesSource), chunkNames, globalData, options);
  assert.equal(plan.groups.length, 2);
  for (const [group, paths] of [[plan.groups[0]!, docs], [plan.groups[1]!, terms]] as const) {
    assert.equal(group.shards.length, 6);
    assert.ok(group.shards.every((shard) => shard.routes.length <= options.shardSize));
    for (const path of paths) {
      const holders = group.shards.filter((shard) => shard.routes.some((route) => route.path === path));
      assert.equal(holders.length, 1, path);
      // As the browser asks: any case, with a trailing slash.
      const asked = `${path.toUpperCase()}/`;
      assert.equal(group.shards[shardIndex(group.starts, shardKey(asked))], holders[0], asked);
    }
  }
});

test('main keeps the tree and chunk names above the shards; each shard carries its own', () => {
  const {routesSource, chunkNames, globalData} = site(30);
  const plan = planShards(parseRoutes(routesSource), chunkNames, globalData, options);
  assert.deepEqual(Object.keys(plan.mainChunkNames).sort(), ['/docs/next-v00', '/glossary-g00', '/search-s00']);
  assert.deepEqual([...plan.mainRegistryKeys].sort(), ['docRoot', 'glossaryProps', 'search', 'versionProps']);
  const shard = plan.groups[0]!.shards[1]!;
  assert.deepEqual(shard.registryKeys, ['docItem', ...shard.routes.map((route) => `content${route.path.replace(/\W/g, '')}`)]);
  const all = plan.groups.flatMap((group) => group.shards.flatMap((s) => Object.keys(s.chunkNames)));
  assert.equal(all.length + Object.keys(plan.mainChunkNames).length, Object.keys(chunkNames).length);
});

test('sharded docs leave the global data except main docs, and come back with their other versions', () => {
  const {routesSource, chunkNames, globalData} = site(30);
  const plan = planShards(parseRoutes(routesSource), chunkNames, globalData, options);
  const versions = (plan.globalData['docusaurus-plugin-content-docs']!.default as {versions: {docs: {id: string}[]}[]}).versions;
  assert.deepEqual(versions.map((version) => version.docs.map((doc) => doc.id)), [['people/p000'], ['people/p000', 'people/p001', 'people/p002', 'people/p003', 'people/p004']]);
  const first = plan.groups[0]!.shards[0]!;
  assert.deepEqual(
    first.docs.filter(([, , doc]) => doc.id === 'people/p003').map(([plugin, version, doc]) => `${plugin} ${version} ${doc.path}`),
    ['default current /docs/next/people/p003', 'default 2025 /docs/people/p003'],
  );
  // The input is not changed.
  assert.equal((globalData['docusaurus-plugin-content-docs']!.default as {versions: {docs: unknown[]}[]}).versions[0]!.docs.length, 30);
});

test('short lists stay in main.js', () => {
  const {routesSource, chunkNames, globalData} = site(5);
  const plan = planShards(parseRoutes(routesSource), chunkNames, globalData, options);
  assert.equal(plan.groups.length, 0);
  assert.equal(Object.keys(plan.mainChunkNames).length, Object.keys(chunkNames).length);
});

test('the emitted modules rebuild the same route table once every shard is loaded', async () => {
  const {routesSource, chunkNames, registrySource, globalData} = site(25);
  const original = parseRoutes(routesSource);
  const plan = planShards(original, chunkNames, globalData, options);
  const files = emitModules(plan, parseRegistry(registrySource), 'runtime');
  assert.deepEqual(Object.keys(files).sort(), [
    'globalData.js', 'registry.js', 'route-shard-0-0.js', 'route-shard-0-1.js', 'route-shard-0-2.js',
    'route-shard-1-0.js', 'route-shard-1-1.js', 'route-shard-1-2.js', 'routes.js', 'routesChunkNames.js',
  ]);
  assert.doesNotMatch(files['routes.js']!, /p007/);
  assert.doesNotMatch(files['registry.js']!, /content/);

  // Evaluate the modules with stand-ins for their imports, as the bundler would link them.
  const registry: Record<string, unknown> = {};
  const routesChunkNames: Record<string, unknown> = {};
  const groups: {routes: RouteEntry[]; load: (() => Promise<{default: RouteEntry[]}>)[]}[] = [];
  let made = 0;
  const run = (code: string): unknown => {
    const sandbox = {
      lazyComponent: (_route: object, path: string, hash?: string) => {
        made += 1;
        if (hash === undefined) return {path};
        assert.ok(routesChunkNames[`${path}-${hash}`], `chunk names of ${path} registered before its component`);
        return {path, hash};
      },
      registry,
      routesChunkNames,
      registerShardGroups: (_root: unknown, list: typeof groups) => groups.push(...list),
      addDocs: () => undefined,
      load: (file: string) => Promise.resolve({default: run(files[file.slice(2)]!)}),
      require: {resolveWeak: (module: string) => module},
      __exports: undefined as unknown,
    };
    const body = code
      .replace(/^import .*$/gm, '')
      .replace(/import\(\/\* webpackChunkName: "[^"]+" \*\/ ("[^"]+")\)/g, (call, file: string) => (file.startsWith('"./') ? `load(${file})` : call))
      .replace(/^export default (routes;|)/m, (_, name: string) => (name ? '__exports = routes;' : '__exports = '));
    vm.runInNewContext(body, sandbox);
    return sandbox.__exports;
  };
  Object.assign(routesChunkNames, run(files['routesChunkNames.js']!));
  const rebuilt = run(files['routes.js']!) as RouteEntry[];
  for (const group of groups) for (const load of group.load) group.routes.push(...(await load()).default);
  assert.equal(made, 0, 'no component is made before a route is read');
  const sortTree = (routes: RouteEntry[]): unknown =>
    [...routes].sort((a, b) => (a.path < b.path ? -1 : 1)).map((route) => ({...route, ...(route.routes && {routes: sortTree(route.routes)})}));
  assert.deepEqual(JSON.parse(JSON.stringify(sortTree(rebuilt))), JSON.parse(JSON.stringify(sortTree(original))));
  assert.deepEqual(JSON.parse(JSON.stringify(routesChunkNames)), chunkNames);
});
