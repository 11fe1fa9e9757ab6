import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAtlas} from '../loadAtlas';
import {diagramIssues} from '../diagrams';
import {formatIssue} from '../issues';
import {siteWith, ZH_GLOSSARY} from './helpers';

test('a Mermaid diagram that cannot be parsed fails the check with its file and line; a good one passes', async () => {
  const diagram = (arrow: string) => (t: string) => `${t}\n\`\`\`mermaid\nflowchart LR\n  A[预填充] ${arrow} B[解码]\n\`\`\`\n`;
  const good = loadAtlas(siteWith({[`${ZH_GLOSSARY}/beta.mdx`]: diagram('-->')}));
  assert.equal(good.diagrams.length, 1);
  assert.deepEqual(await diagramIssues(good.diagrams), []);
  const bad = loadAtlas(siteWith({[`${ZH_GLOSSARY}/beta.mdx`]: diagram('--> B[解码')}));
  const [issue, ...rest] = (await diagramIssues(bad.diagrams)).map(formatIssue);
  assert.deepEqual(rest, []);
  assert.match(issue!, new RegExp(`^${ZH_GLOSSARY}/beta\\.mdx:8: Mermaid cannot parse this diagram: Parse error on line 2`));
});
