/**
 * `npm run check`: validates the whole content model (schema, ids, relations,
 * aliases, glossary links, locale parity) of the current docs and of every cut
 * edition, without building the site, and prints the editorial report as warnings.
 * Usage: npm run check [-- --site <dir>]
 */
import path from 'node:path';
import {editions, loadAtlas} from '../src/plugins/atlas/loadAtlas';
import {formatIssue} from '../src/plugins/atlas/issues';
import {buildReport} from '../src/plugins/atlas/report';
import {diagramIssues, uniqueDiagrams} from '../src/plugins/atlas/diagrams';

const args = process.argv.slice(2);
const siteIndex = args.indexOf('--site');
const siteDir = path.resolve(siteIndex >= 0 ? args[siteIndex + 1]! : '.');

async function main(): Promise<void> {
  const started = performance.now();
  const graph = loadAtlas(siteDir);
  const cut = editions(siteDir);
  // Editions share the glossary, so the same problem can be found twice; report it once.
  const graphs = [graph, ...cut.map((edition) => loadAtlas(siteDir, edition))];
  const errors = [...new Set([...graphs.flatMap((g) => g.issues), ...(await diagramIssues(uniqueDiagrams(graphs)))].map(formatIssue))];
  const elapsed = Math.round(performance.now() - started);
  const scope = `${graph.entries.size} entries${cut.length > 0 ? ` and ${cut.length} edition(s)` : ''}`;

  for (const warning of buildReport(graph)) console.warn(`warning: ${formatIssue(warning)}\n`);
  if (errors.length > 0) {
    for (const error of errors) console.error(`error: ${error}\n`);
    console.error(`✗ ${errors.length} problem(s) in ${scope} (${elapsed} ms)`);
    process.exit(1);
  }
  console.log(`✓ ${scope} checked in both locales (${elapsed} ms)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
