/**
 * `npm run check`: validates the whole content model (schema, ids, relations,
 * aliases, glossary links, locale parity) without building the site.
 * Usage: npm run check [-- --site <dir>] [-- --report]
 */
import path from 'node:path';
import {loadAtlas} from '../src/plugins/atlas/loadAtlas';
import {formatIssue} from '../src/plugins/atlas/issues';
import {buildReport} from '../src/plugins/atlas/report';

const args = process.argv.slice(2);
const siteIndex = args.indexOf('--site');
const siteDir = path.resolve(siteIndex >= 0 ? args[siteIndex + 1]! : '.');

const started = performance.now();
const graph = loadAtlas(siteDir);
const elapsed = Math.round(performance.now() - started);

for (const warning of buildReport(graph)) console.warn(`warning: ${formatIssue(warning)}\n`);
if (graph.issues.length > 0) {
  for (const issue of graph.issues) console.error(`error: ${formatIssue(issue)}\n`);
  console.error(`✗ ${graph.issues.length} problem(s) in ${graph.entries.size} entries (${elapsed} ms)`);
  process.exit(1);
}
console.log(`✓ ${graph.entries.size} entries checked in both locales (${elapsed} ms)`);
