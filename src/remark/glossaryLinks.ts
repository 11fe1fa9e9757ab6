/**
 * Checks every Markdown link to /glossary/<id> at compile time: an unknown id
 * fails the build with the file and line (Docusaurus's broken-link check would
 * only name the route), and an old id or alias is rewritten to the entry's id.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {parseGlossaryHref} from '../plugins/atlas/links';
import {didYouMean} from '../plugins/atlas/issues';
import {currentGraph} from '../plugins/atlas/store';
import {resolveTermId} from '../plugins/atlas/graph';

export interface GlossaryLinksOptions {
  readonly siteDir: string;
}

export default function remarkGlossaryLinks({siteDir}: GlossaryLinksOptions) {
  return (tree: Root, file: VFile): void => {
    const graph = currentGraph(siteDir);
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const id = parseGlossaryHref(node.url);
      if (id === undefined) return;
      const target = resolveTermId(graph, id);
      if (target) {
        if (target !== id) node.url = node.url.replace(`/glossary/${id}`, `/glossary/${target}`);
        return;
      }
      const terms = [...graph.entries.values()].filter((e) => e.kind === 'term').map((e) => e.id);
      const hint = didYouMean(id, terms);
      file.fail(`Unknown glossary id \`${id}\` in link ${node.url}. ${hint ? `${hint[0]!.toUpperCase()}${hint.slice(1)} ` : ''}Link to a file in glossary/ or add glossary/${id}.mdx.`, node);
    });
  };
}
