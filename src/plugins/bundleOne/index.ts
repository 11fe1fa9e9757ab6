/**
 * Lets `npm run build` (scripts/build.ts) run Rspack's client and server compilations in separate
 * processes. Docusaurus compiles both together in one process, and Rspack keeps the native memory
 * of each: at 10× content they peaked at 4.3 to 4.9 GB together. With ATLAS_BUNDLE set, the
 * compilation not asked for is reduced to a stub (one empty module), so a process holds one:
 * - `server`: the server bundle is written to `<ATLAS_BUNDLE_DIR>/server` instead of the output
 *   folder, which the next bundling process empties (Docusaurus clears it before every bundling);
 * - `client`: the real browser build (assets, `.docusaurus/client-manifest.json`, the route shards'
 *   rewrite of the client config); the server stub copies the bundle the `server` process wrote into
 *   `<outDir>/__server`, where the rendering process (DOCUSAURUS_SKIP_BUNDLING) reads it.
 * Without ATLAS_BUNDLE (`npm start`, a plain `docusaurus build`) nothing changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const PLUGIN = 'atlas-bundle-one';
const STUB = path.join(__dirname, 'stub.js');
const SERVER_BUNDLE = 'server.bundle.js';

export interface BundleOne {
  readonly compile: 'client' | 'server';
  /** Where the `server` process leaves the server bundle for the `client` process. */
  readonly serverDir: string;
  /** Where the stub of the client compilation writes; nothing reads it. */
  readonly clientStubDir: string;
}

export function bundleOne(env: NodeJS.ProcessEnv = process.env): BundleOne | undefined {
  const compile = env.ATLAS_BUNDLE;
  if (compile === undefined || compile === '') return undefined;
  if (compile !== 'client' && compile !== 'server') {
    throw new Error(`${PLUGIN}: ATLAS_BUNDLE must be "client" or "server" (or unset to compile both), not "${compile}".`);
  }
  const dir = env.ATLAS_BUNDLE_DIR;
  if (!dir || !path.isAbsolute(dir)) {
    throw new Error(`${PLUGIN}: ATLAS_BUNDLE=${compile} needs ATLAS_BUNDLE_DIR, an absolute folder where the server bundle waits between the two bundling processes (scripts/build.ts sets both).`);
  }
  return {compile, serverDir: path.join(dir, 'server'), clientStubDir: path.join(dir, 'client-stub')};
}

type Compiler = {outputPath: string; hooks: {afterEmit: {tap(name: string, fn: () => void): void}}};

/** Puts the server bundle the `server` process wrote where the stub's output would be. */
function copyServerBundle(from: string) {
  return {
    apply(compiler: Compiler) {
      compiler.hooks.afterEmit.tap(PLUGIN, () => {
        fs.rmSync(compiler.outputPath, {recursive: true, force: true});
        fs.cpSync(from, compiler.outputPath, {recursive: true});
      });
    },
  };
}

interface RuleLike {
  use?: unknown;
  oneOf?: unknown;
  rules?: unknown;
}

/**
 * Docusaurus's MDX loader compiles each file once for both compilations: the server's waits for the
 * client's result (a cache shared by the two). Alone in its process, the server compilation would
 * wait for ever, and the client's would keep every result for a server that never asks; so each
 * compiles its own MDX, as Docusaurus did before that cache (3.6). Options are copied, not changed:
 * the two configs may share them.
 */
function withoutCrossCompilerCache(rules: unknown): void {
  if (!Array.isArray(rules)) return;
  for (const rule of rules as (RuleLike | null | undefined)[]) {
    if (!rule || typeof rule !== 'object') continue;
    if (Array.isArray(rule.use)) {
      rule.use = rule.use.map((use: unknown) => {
        const item = use as {loader?: unknown; options?: Record<string, unknown>} | null;
        if (!item || typeof item.loader !== 'string' || !item.loader.includes('mdx-loader') || !item.options?.crossCompilerCache) return use;
        const {crossCompilerCache: _dropped, ...options} = item.options;
        return {...item, options};
      });
    }
    withoutCrossCompilerCache(rule.oneOf);
    withoutCrossCompilerCache(rule.rules);
  }
}

export default function bundleOnePlugin(): Plugin {
  const only = bundleOne();
  return {
    name: PLUGIN,
    // Registered after every plugin that rewrites the configs (route shards), so it sees them final.
    configureWebpack(config, isServer) {
      if (!only || config.mode !== 'production') return {};
      const wanted = isServer === (only.compile === 'server');
      if (wanted) {
        withoutCrossCompilerCache(config.module?.rules);
        if (isServer) config.output = {...config.output, path: only.serverDir};
        return {};
      }
      if (isServer && !fs.existsSync(path.join(only.serverDir, SERVER_BUNDLE))) {
        throw new Error(`${PLUGIN}: ATLAS_BUNDLE=client found no ${SERVER_BUNDLE} in ${only.serverDir}; bundle the server first with ATLAS_BUNDLE=server and the same ATLAS_BUNDLE_DIR (scripts/build.ts does).`);
      }
      // No plugin of the real compilation: the client's would write the client manifest and copy static/.
      config.entry = isServer ? {main: STUB} : STUB;
      config.plugins = isServer ? [copyServerBundle(only.serverDir) as never] : [];
      if (!isServer) config.output = {...config.output, path: only.clientStubDir};
      return {};
    },
  };
}
