#!/usr/bin/env node
// Builds one archived edition as a static site of its own: `npm run build:edition -- 2025`.
// The live site serves only the working copy and the newest edition (src/config/editions.ts); an older
// edition keeps its sources in versioned_docs/ and is built here, once, into build-editions/<name>/,
// for the host to serve at /editions/<name>/ (the live site's version menu links there).
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';

const name = process.argv[2];
const cut = fs.existsSync('versions.json') ? JSON.parse(fs.readFileSync('versions.json', 'utf8')) : [];
if (!name || !cut.includes(name)) {
  console.error(`usage: npm run build:edition -- <edition>   (one of: ${cut.join(', ') || 'none cut yet'})`);
  process.exit(2);
}
const outDir = `build-editions/${name}`;
// Further arguments go to `docusaurus build` (e.g. --locale en).
execFileSync('npm', ['run', '--silent', 'build', '--', '--out-dir', outDir, ...process.argv.slice(3)], {stdio: 'inherit', env: {...process.env, ATLAS_ARCHIVE_EDITION: name}});
console.log(`\nEdition ${name} built in ${outDir}/; serve it at /editions/${name}/ (e.g. copy it to build/editions/${name}/).`);
