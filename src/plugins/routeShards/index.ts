/**
 * Keeps the JavaScript every page loads first from growing with the number of pages.
 *
 * Docusaurus's browser bundle carries, in main.js and its runtime, four lists as long as the site:
 * the route table with each route's chunk names and loaders, every doc in the docs plugins' global
 * data, and in the runtime a name and a content hash per chunk, one chunk per page. At 10× content
 * they took a page's first load from about 180 to about 420 KiB gzip. This plugin, for production
 * browser builds only:
 * - splits the route table into shards loaded per page (split.ts, emit.ts, client/); the modules it
 *   writes replace Docusaurus's generated ones through exact aliases, and client/preload.ts
 *   replaces Docusaurus's preload so a page's shard is loaded before the page renders;
 * - names lazy chunks by their chunk name under a folder named by the build's hash, so the runtime
 *   needs no table of names and hashes (assets stay cacheable for ever: a new build is a new folder);
 * - after the build, adds each page's shard to its HTML as a deferred script, so the first render
 *   waits for no extra request.
 * `configureWebpack` is the one hook that runs after Docusaurus has generated its route modules and
 * before the bundler reads them; the dev server keeps Docusaurus's modules as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {htmlFileFor} from '../builtPages';
import {parseRegistry, parseRoutes, type GlobalData, type RoutesChunkNames} from './generated';
import {emitModules, shardFile} from './emit';
import {planShards, type Plan} from './split';

const PLUGIN = 'hpc-atlas-route-shards';
const OPTIONS = {shardSize: 48, minListSize: 24};

/** The chunk file name's folder, as the bundler fills `[fullhash:8]`. */
const LAZY_CHUNKS = 'assets/js/[fullhash:8]/[id].js';

interface BundlerLike {
  readonly NormalModuleReplacementPlugin: new (test: RegExp, resource: string) => unknown;
  readonly RuntimeModule: new (name: string, stage?: number) => {generate(): string; chunk?: unknown} & object;
}

type Compiler = {hooks: {thisCompilation: {tap(name: string, fn: (compilation: Compilation) => void): void}}};
type Compilation = {
  hooks: {additionalTreeRuntimeRequirements: {tap(name: string, fn: (chunk: unknown) => void): void}};
  addRuntimeModule(chunk: unknown, module: unknown): void;
};

/**
 * The build's folder of lazy chunks (`assets/js/<build hash>`), found by a shard file in it: the
 * process that renders the pages may not be the one that bundled them. The bundler empties the
 * output folder first, so there is one.
 */
function lazyChunkFolder(siteOut: string, file: string): string {
  const js = path.join(siteOut, 'assets/js');
  const found = fs
    .readdirSync(js, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(js, entry.name, file)))
    .map((entry) => `assets/js/${entry.name}`);
  if (found.length !== 1) {
    throw new Error(`${PLUGIN}: expected one folder of lazy chunks holding ${file} in ${js}, found ${found.length} (${found.join(', ')}); lazy chunks are named ${LAZY_CHUNKS}.`);
  }
  return found[0]!;
}

function readGenerated(dir: string) {
  const read = (file: string) => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`${PLUGIN}: ${full} does not exist; Docusaurus writes it before bundling.`);
    return fs.readFileSync(full, 'utf8');
  };
  return {
    routes: parseRoutes(read('routes.js')),
    chunkNames: JSON.parse(read('routesChunkNames.json')) as RoutesChunkNames,
    registry: parseRegistry(read('registry.js')),
    globalData: JSON.parse(read('globalData.json')) as GlobalData,
  };
}

/**
 * `__webpack_require__.gca(name)` gives a chunk's URL from its name (Docusaurus prefetches with it).
 * Docusaurus's version carries a name → id table; with names as ids it needs none, only the few
 * registered names the bundler folded into another chunk, for which it answers undefined as before.
 */
function chunkUrlPlugin(bundler: BundlerLike, registryNames: readonly string[]) {
  class ChunkUrlRuntimeModule extends bundler.RuntimeModule {
    constructor() {
      super('AtlasChunkUrlRuntimeModule', 10 /* STAGE_ATTACH */);
    }
    generate(): string {
      const chunk = this.chunk as {getChunkMaps(realHash: boolean): {name: Record<string, string>}};
      const present = new Set(Object.values(chunk.getChunkMaps(false).name));
      const absent = registryNames.filter((name) => !present.has(name));
      return `__webpack_require__.gca = function(name) { return ${JSON.stringify(absent)}.indexOf(name) < 0 ? __webpack_require__.p + __webpack_require__.u(name) : undefined; };`;
    }
  }
  return {
    apply(compiler: Compiler) {
      compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
        compilation.hooks.additionalTreeRuntimeRequirements.tap(PLUGIN, (chunk) => {
          compilation.addRuntimeModule(chunk, new ChunkUrlRuntimeModule());
        });
      });
    },
  };
}

export default function routeShardsPlugin(context: LoadContext): Plugin {
  const outDir = path.join(context.generatedFilesDir, PLUGIN);
  // Computed again by the rendering process when `npm run build` bundles in another (scripts/build.ts).
  let plan: Plan | undefined;

  return {
    name: PLUGIN,
    configureWebpack(config, isServer, utils) {
      if (isServer || config.mode !== 'production') return {};
      const generated = readGenerated(context.generatedFilesDir);
      plan = planShards(generated.routes, generated.chunkNames, generated.globalData, OPTIONS);
      fs.rmSync(outDir, {recursive: true, force: true});
      fs.mkdirSync(outDir, {recursive: true});
      const runtime = path.join(__dirname, 'client/shards.ts');
      for (const [file, code] of Object.entries(emitModules(plan, generated.registry, runtime))) {
        fs.writeFileSync(path.join(outDir, file), code);
      }

      // Exact aliases ahead of Docusaurus's `@generated` folder alias, which would match first.
      config.resolve = {
        ...config.resolve,
        alias: {
          '@generated/routes$': path.join(outDir, 'routes.js'),
          '@generated/routesChunkNames$': path.join(outDir, 'routesChunkNames.js'),
          '@generated/registry$': path.join(outDir, 'registry.js'),
          '@generated/globalData$': path.join(outDir, 'globalData.js'),
          ...(config.resolve?.alias as Record<string, string>),
        },
      };
      config.output = {...config.output, chunkFilename: LAZY_CHUNKS};
      config.optimization = {...config.optimization, chunkIds: 'named'};
      const bundler = utils.currentBundler.instance as unknown as BundlerLike;
      const plugins = config.plugins ?? [];
      const chunkAsset = plugins.findIndex((p) => p?.constructor?.name === 'ChunkAssetPlugin');
      if (chunkAsset < 0) throw new Error(`${PLUGIN}: Docusaurus's ChunkAssetPlugin is not in the client config; see src/plugins/routeShards.`);
      plugins.splice(
        chunkAsset,
        1,
        chunkUrlPlugin(bundler, [...generated.registry.keys()]) as never,
        new bundler.NormalModuleReplacementPlugin(
          /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]preload\.js$/,
          path.join(__dirname, 'client/preload.ts'),
        ) as never,
      );
      config.plugins = plugins;
      return {};
    },

    async postBuild({outDir: siteOut, baseUrl}) {
      const shards = plan?.groups.flatMap((group) => group.shards) ?? [];
      if (shards.length === 0) return;
      const folder = lazyChunkFolder(siteOut, shardFile(shards[0]!));
      for (const shard of shards) {
        const script = `${folder}/${shardFile(shard)}`;
        if (!fs.existsSync(path.join(siteOut, script))) {
          throw new Error(`${PLUGIN}: ${script} is not in the build; the bundler named the lazy chunks differently from ${LAZY_CHUNKS}.`);
        }
        const tag = `<script src="${baseUrl}${script}" defer></script>`;
        for (const route of shard.routes) {
          const file = htmlFileFor(siteOut, baseUrl, route.path);
          const html = fs.readFileSync(file, 'utf8');
          // Before the runtime: deferred scripts run in order, and the runtime takes in chunks already there.
          // (Each bundler's HTML minifier quotes differently.)
          const withShard = html.replace(/<script src=["']?[^"' >]*runtime~main\.[0-9a-f]+\.js["']?[^>]*>/, (runtimeTag) => tag + runtimeTag);
          if (withShard === html) throw new Error(`${PLUGIN}: ${path.relative(siteOut, file)} has no runtime script to put the route shard before.`);
          fs.writeFileSync(file, withShard);
        }
      }
    },
  };
}
