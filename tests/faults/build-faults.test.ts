/**
 * Each fault a contributor can make that only the build can see fails the
 * build, and the message names the file and what to fix. Each case builds a
 * copy of the fixture site (English only, to keep it quick) with one fault.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {GOOD_SITE} from '../../src/plugins/atlas/__tests__/helpers';

const ROOT = path.resolve(__dirname, '../..');
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'sidebars.glossary.ts', 'tsconfig.json', 'package.json', 'src', 'static'];

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

function fixtureSite(edits: Record<string, (text: string) => string>): string {
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

function build(site: string): {status: number | null; output: string} {
  const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en'], {cwd: site, encoding: 'utf8', timeout: 180_000});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

const append = (extra: string) => (text: string) => `${text}\n${extra}\n`;

test('the fixture site itself builds', () => {
  const {status, output} = build(fixtureSite({}));
  assert.equal(status, 0, output);
});

const faults: {name: string; edits: Record<string, (text: string) => string>; expected: RegExp[]}[] = [
  {
    name: 'a link to a missing page',
    edits: {'docs/people/ada-li.mdx': append('See [nobody](/docs/people/nobody).')},
    expected: [/broken links/i, /\/docs\/people\/ada-li/, /\/docs\/people\/nobody/],
  },
  {
    name: 'a link to a missing anchor',
    edits: {'docs/people/ada-li.mdx': append('See [the sources of Bob Wu](/docs/people/bob-wu#nowhere).')},
    expected: [/broken anchors/i, /\/docs\/people\/ada-li/, /\/docs\/people\/bob-wu#nowhere/],
  },
  {
    name: 'a missing image',
    edits: {'docs/people/ada-li.mdx': append('![A portrait](./portrait.png)')},
    expected: [/portrait\.png/, /docs\/people\/ada-li\.mdx/],
  },
  {
    name: 'malformed front matter',
    edits: {'glossary/beta.mdx': (t) => t.replace('topics: [storage]', 'topics: [storage')},
    expected: [/glossary\/beta\.mdx: front matter is not valid YAML/, /fix: check the block between the two `---` lines/],
  },
];

for (const {name, edits, expected} of faults) {
  test(`the build fails on ${name}, naming the file`, () => {
    const {status, output} = build(fixtureSite(edits));
    assert.notEqual(status, 0, `the build succeeded:\n${output}`);
    for (const pattern of expected) assert.match(output, pattern);
  });
}
