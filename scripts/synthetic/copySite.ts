/**
 * A copy of the site in another folder, wired to this repository's packages:
 * the same config, code and content, so that it builds exactly as the real site
 * does. node_modules is a folder of links to this repository's packages rather
 * than one link to the whole folder, so that the copy's build caches
 * (node_modules/.cache) are its own and clearing them leaves the repository's alone.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Never copied: build output, caches, version control, and the packages (linked instead). */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', '.cache-loader', '.ci']);

/** Written into every copy, so that only a folder this script made is ever replaced. */
const MARKER = '.atlas-site-copy';

export function copySite(from: string, to: string): void {
  const inside = (a: string, b: string) => !path.relative(a, b).startsWith('..');
  if (inside(from, to) || inside(to, from)) throw new Error(`refusing to write a copy of the site to ${to}: it overlaps the site itself (${from})`);
  if (fs.existsSync(to) && fs.readdirSync(to).length > 0) {
    if (!fs.existsSync(path.join(to, MARKER))) throw new Error(`refusing to replace ${to}: it is not empty and was not written by this script`);
    fs.rmSync(to, {recursive: true, force: true});
  }
  fs.mkdirSync(to, {recursive: true});
  fs.writeFileSync(path.join(to, MARKER), `A copy of ${from} for measurement (scripts/synthetic); safe to delete.\n`);
  for (const entry of fs.readdirSync(from)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(to, entry), {recursive: true});
  }
  linkPackages(path.join(from, 'node_modules'), path.join(to, 'node_modules'));
}

function linkPackages(from: string, to: string): void {
  if (!fs.existsSync(from)) throw new Error(`${from} is missing: run \`npm ci\` first`);
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from)) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}
