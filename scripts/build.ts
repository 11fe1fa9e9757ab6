/**
 * `npm run build`: `docusaurus build` for each locale in a process of its own,
 * the default locale first (its output folder holds the others'). Built in one
 * process, the locales add up: the bundler's memory from one locale is not
 * given back before the next (Docusaurus issue #10944), which at ten times
 * today's content took one process to about 13 GB instead of about 8.
 * Arguments go to every `docusaurus build`; with `--locale`, that one build runs as given.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {LOCALES} from '../src/plugins/atlas/vocabulary';

const args = process.argv.slice(2);
const docusaurus = path.join(process.cwd(), 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const build = (extra: string[]) => spawnSync(process.execPath, [docusaurus, 'build', ...extra, ...args], {stdio: 'inherit'}).status ?? 1;

if (args.includes('--locale')) process.exit(build([]));
for (const locale of LOCALES) {
  const status = build(['--locale', locale]);
  if (status !== 0) process.exit(status);
}
