/**
 * Gives each entry page exactly the data it renders: the remark plugin puts an
 * <AtlasInfobox> at the top and <AtlasFooter> (backlinks, sources) at the end,
 * and fills the data of <GlossaryIndex/> and <EntryList kind="…"/> on index pages.
 * Nothing here goes through global data, so no page carries another page's facts.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {currentGraph} from '../plugins/atlas/store';
import {entryKey} from '../plugins/atlas/load';
import {entryList, entryView, glossaryIndex} from '../plugins/atlas/views';
import {dataAttribute, element} from './jsx';
import {locate} from './locate';

export interface AtlasEntryOptions {
  readonly siteDir: string;
}

const LIST_KINDS = ['person', 'system', 'institution'] as const;

export default function remarkAtlasEntry({siteDir}: AtlasEntryOptions) {
  return (tree: Root, file: VFile): void => {
    const located = locate(siteDir, file.path);
    if (!located) return;
    const {locale, edition, what} = located;
    const graph = currentGraph(siteDir, edition);

    if (what.kind !== 'page') {
      const entry = graph.entries.get(entryKey(what.kind, what.id));
      if (!entry) return;
      const view = entryView(graph, entry, locale);
      tree.children.unshift(element('AtlasInfobox', {data: view}));
      tree.children.push(element('AtlasFooter', {data: view}));
      return;
    }

    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name === 'GlossaryIndex') {
        node.attributes.push(dataAttribute('items', glossaryIndex(graph, locale)));
      } else if (node.name === 'EntryList') {
        const kindAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind');
        const kind = LIST_KINDS.find((k) => kindAttr?.value === k);
        if (!kind) {
          file.fail(`<EntryList> needs kind="person", "system" or "institution" (got ${JSON.stringify(kindAttr?.value ?? null)}).`, node);
        }
        node.attributes.push(dataAttribute('items', entryList(graph, kind, locale)));
      }
    });
  };
}
