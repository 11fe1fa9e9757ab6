/** Copies of the fixture site, wired to this repository's config and code, built for real. */
import {after} from 'node:test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {GOOD_SITE} from '../src/plugins/atlas/__tests__/helpers';

const ROOT = path.resolve(__dirname, '..');
const SITE_FILES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'sidebars.glossary.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'static',
  'scripts',
  // The site's UI translations; the fixture brings its own pages.
  'i18n/zh-Hans/code.json',
  'i18n/zh-Hans/docusaurus-theme-classic',
  'i18n/zh-Hans/docusaurus-plugin-content-docs/current.json',
  'i18n/zh-Hans/docusaurus-plugin-content-docs-glossary/current.json',
];

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

export function fixtureSite(edits: Record<string, (text: string) => string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-build-'));
  made.push(dir);
  for (const entry of SITE_FILES) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), {recursive: true});
  fs.cpSync(GOOD_SITE, dir, {recursive: true});
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  }
  return dir;
}

export function run(site: string, command: string, args: string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {cwd: site, encoding: 'utf8', timeout: 180_000});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** English only, to keep each build quick. */
export const build = (site: string) => run(site, 'npx', ['docusaurus', 'build', '--locale', 'en']);
