/**
 * `npm run build`: `docusaurus build` for each locale, the default locale first
 * (its output folder holds the others'), each in two processes of its own:
 *
 * 1. bundle: load the site and run Rspack (client and server compilations),
 *    then exit (DOCUSAURUS_EXIT_AFTER_BUNDLING);
 * 2. render: load the site again, render every page from the server bundle
 *    (SSG), run the postBuild hooks (search index, redirects, sitemap) and the
 *    broken-link check (DOCUSAURUS_SKIP_BUNDLING, which also keeps the bundles
 *    the first process wrote).
 *
 * Why: Rspack's native memory is not given back once it has compiled, so in one
 * process SSG and the search index were added on top of it. At ten times
 * today's content (npm run generate:synthetic) one en build peaked at 6.9 GB
 * that way (zh-Hans 6.8 GB), 5.8 GB of it held from bundling; split and without
 * the persistent cache, the peak is the bundling alone: 4.3 GB (zh-Hans 4.7 to 4.9 GB),
 * Rspack's client and server compilations (about 3.3 GB native) beside the
 * loaded site (about 0.9 GB of JavaScript heap). Today's content: 1.7 → 1.1 GB.
 * Loading the site twice costs about 3 s today and 20 s at ten times.
 * Locales are separate processes for the same reason (Docusaurus issue #10944:
 * in one process they added up to about 13 GB at ten times).
 *
 * Rspack's persistent cache is off here (DOCUSAURUS_NO_PERSISTENT_CACHE): on a
 * cold build at ten times it made bundling slower (54 s instead of 36 s) and
 * raised the bundling peak from 4.3 to 5.8 GB, and CI and `npm run bench` only
 * build cold. `ATLAS_BUILD_CACHE=1 npm run build` keeps it, for repeated local
 * builds; `npm start` and a plain `docusaurus build` use it as before.
 *
 * Arguments go to every `docusaurus build`; with `--locale`, only that locale is built.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {LOCALES} from '../src/plugins/atlas/vocabulary';

const args = process.argv.slice(2);
const docusaurus = path.join(process.cwd(), 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

const cache: NodeJS.ProcessEnv = process.env.ATLAS_BUILD_CACHE === '1' ? {} : {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'};
const STEPS: readonly NodeJS.ProcessEnv[] = [
  {...cache, DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true'},
  {...cache, DOCUSAURUS_SKIP_BUNDLING: 'true'},
];

function build(locale: readonly string[]): number {
  for (const step of STEPS) {
    const status = spawnSync(process.execPath, [docusaurus, 'build', ...locale, ...args], {stdio: 'inherit', env: {...process.env, ...step}}).status ?? 1;
    if (status !== 0) return status;
  }
  return 0;
}

if (args.includes('--locale')) process.exit(build([]));
for (const locale of LOCALES) {
  const status = build(['--locale', locale]);
  if (status !== 0) process.exit(status);
}
