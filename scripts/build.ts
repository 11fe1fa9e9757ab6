/**
 * `npm run build`: `docusaurus build` for each locale, the default locale first
 * (its output folder holds the others'), each in three processes of its own:
 *
 * 1. bundle the server: load the site and run Rspack's server compilation only,
 *    writing the server bundle to a temporary folder, then exit
 *    (ATLAS_BUNDLE=server, DOCUSAURUS_EXIT_AFTER_BUNDLING; src/plugins/bundleOne
 *    reduces the client compilation to a stub);
 * 2. bundle the client: load the site again and run the client compilation only
 *    (ATLAS_BUNDLE=client); Docusaurus empties the output folder first, and the
 *    stub of the server compilation puts the bundle from step 1 in its `__server` folder;
 * 3. render: load the site again, render every page from the server bundle
 *    (SSG), run the postBuild hooks (search index, redirects, sitemap) and the
 *    broken-link check (DOCUSAURUS_SKIP_BUNDLING, which also keeps the bundles
 *    the first processes wrote).
 *
 * Why: Rspack's native memory is not given back once it has compiled, so in one
 * process SSG and the search index were added on top of it. At ten times
 * today's content (npm run generate:synthetic) one en build peaked at 6.9 GB
 * that way (zh-Hans 6.8 GB), 5.8 GB of it held from bundling; split in two
 * (bundle, render) and without the persistent cache, the peak was the bundling:
 * 4.3 GB (zh-Hans 4.7 to 4.9 GB), Rspack's client and server compilations (about
 * 3.3 GB native) beside the loaded site (about 0.9 GB of JavaScript heap); compiling
 * them one after the other in that process did not lower it (Rspack keeps the first's
 * memory). Hence one compilation per process: at ten times the peak is the client
 * compilation, 3.2 GiB for en (server 3.1, rendering 1.5) and 3.6 GiB for zh-Hans
 * (server 2.8, rendering 1.6). Today's content: 1.7 → 1.1 GB, now 0.85 GiB, the same output.
 * The price is time: the two compilations no longer share the two cores, the site is
 * loaded once more, and each compilation compiles the MDX itself (src/plugins/bundleOne):
 * at ten times en took 183 s instead of 113 s, zh-Hans 162 s instead of 111 s.
 * Locales are separate processes for the same reason (Docusaurus issue #10944:
 * in one process they added up to about 13 GB at ten times).
 *
 * Rspack's persistent cache is off here (DOCUSAURUS_NO_PERSISTENT_CACHE): on a
 * cold build at ten times it made bundling slower (54 s instead of 36 s) and
 * raised the bundling peak from 4.3 to 5.8 GB, and CI and `npm run bench` only
 * build cold. `ATLAS_BUILD_CACHE=1 npm run build` keeps it, for repeated local
 * builds; `npm start` and a plain `docusaurus build` use it as before, and compile
 * the client and the server bundle together as Docusaurus does.
 *
 * Arguments go to every `docusaurus build`; with `--locale`, only that locale is built.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {LOCALES} from '../src/plugins/atlas/vocabulary';

const args = process.argv.slice(2);
const docusaurus = path.join(process.cwd(), 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

const cache: NodeJS.ProcessEnv = process.env.ATLAS_BUILD_CACHE === '1' ? {} : {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'};

function steps(bundleDir: string): readonly NodeJS.ProcessEnv[] {
  const bundleOne = {...cache, DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true', ATLAS_BUNDLE_DIR: bundleDir};
  return [
    {...bundleOne, ATLAS_BUNDLE: 'server'},
    {...bundleOne, ATLAS_BUNDLE: 'client'},
    {...cache, DOCUSAURUS_SKIP_BUNDLING: 'true'},
  ];
}

function build(locale: readonly string[]): number {
  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bundle-'));
  try {
    for (const step of steps(bundleDir)) {
      const status = spawnSync(process.execPath, [docusaurus, 'build', ...locale, ...args], {stdio: 'inherit', env: {...process.env, ...step}}).status ?? 1;
      if (status !== 0) return status;
    }
    return 0;
  } finally {
    fs.rmSync(bundleDir, {recursive: true, force: true});
  }
}

if (args.includes('--locale')) process.exit(build([]));
for (const locale of LOCALES) {
  const status = build(['--locale', locale]);
  if (status !== 0) process.exit(status);
}
