#!/usr/bin/env node
// Cuts an edition of the reference: `npm run cut-edition -- 2026` (or 2026.2 for a second one that year).
// It checks the content first (an edition freezes whatever is there), then lets Docusaurus copy
// docs/ to versioned_docs/version-<name>/ and the zh-Hans mirror to its version-<name>/ folder.
// The glossary is not versioned: a term's URL never changes with the edition.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';

const name = process.argv[2];
if (!name || !/^\d{4}(?:\.\d+)?$/.test(name)) {
  console.error('usage: npm run cut-edition -- <year> or <year>.<n>   (e.g. 2026, or 2026.2 for a second edition that year)');
  process.exit(2);
}
const existing = fs.existsSync('versions.json') ? JSON.parse(fs.readFileSync('versions.json', 'utf8')) : [];
if (existing.includes(name)) {
  console.error(`edition ${name} already exists (versions.json); pick the next number`);
  process.exit(2);
}
const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit'});
run('npm', ['run', '--silent', 'check']);
run('npx', ['docusaurus', 'docs:version', name]);

// docs:version copies the Chinese sidebar labels, version label included; the edition is called by its
// name, and the current docs become the next, unreleased edition (the English labels follow from config).
const zhDocs = 'i18n/zh-Hans/docusaurus-plugin-content-docs';
const relabel = (file, message) => {
  const labels = JSON.parse(fs.readFileSync(file, 'utf8'));
  labels['version.label'] = {...labels['version.label'], message};
  fs.writeFileSync(file, `${JSON.stringify(labels, null, 2)}\n`);
};
relabel(`${zhDocs}/version-${name}.json`, name);
relabel(`${zhDocs}/current.json`, '下一版');
console.log(`\nEdition ${name} cut. The current docs are now served at /docs/next; ${name} at /docs.`);
