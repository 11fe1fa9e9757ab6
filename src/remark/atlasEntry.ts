/**
 * Gives each entry page the data it renders, as an imported module: an
 * <AtlasInfobox> at the top and <AtlasFooter> (backlinks, sources) at the end of
 * an entry page, and the items of <GlossaryIndex/>, <EntryList kind="…"/>,
 * <Timeline/> and <Lineage/> on the pages that hold them. The page only names its data module (see
 * src/plugins/atlas/pageData.ts); it never contains another file's facts, so
 * it cannot go stale when that file changes.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {dataModule, entryDataName, entryListDataName, GLOSSARY_INDEX_DATA_NAME, lineageDataName, onboardingDataName, timelineDataName} from '../plugins/atlas/pageData';
import {defaultImport, element, identifierAttribute} from './jsx';
import {locate} from './locate';

export interface AtlasEntryOptions {
  readonly siteDir: string;
}

const LIST_KINDS = ['person', 'system', 'institution'] as const;
const VIEW = '__atlasView';

export default function remarkAtlasEntry({siteDir}: AtlasEntryOptions) {
  return (tree: Root, file: VFile): void => {
    const located = locate(siteDir, file.path);
    if (!located) return;
    const {edition, what} = located;

    if (what.kind !== 'page') {
      tree.children.unshift(defaultImport(VIEW, dataModule(entryDataName(what.kind, what.id, edition))), element('AtlasInfobox', [identifierAttribute('data', VIEW)]));
      tree.children.push(element('AtlasFooter', [identifierAttribute('data', VIEW)]));
      return;
    }

    const imports = new Map<string, string>();
    const importOnce = (name: string, dataName: string) => {
      imports.set(name, dataModule(dataName));
      return name;
    };
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name === 'GlossaryIndex') {
        node.attributes.push(identifierAttribute('items', importOnce('__atlasGlossaryIndex', GLOSSARY_INDEX_DATA_NAME)));
      } else if (node.name === 'Timeline') {
        node.attributes.push(identifierAttribute('items', importOnce('__atlasTimeline', timelineDataName(edition))));
      } else if (node.name === 'OnboardingStep' || node.name === 'OnboardingPath') {
        node.attributes.push(identifierAttribute('path', importOnce('__atlasOnboarding', onboardingDataName(edition))));
      } else if (node.name === 'Lineage') {
        node.attributes.push(identifierAttribute('roots', importOnce('__atlasLineage', lineageDataName(edition))));
      } else if (node.name === 'EntryList') {
        const kindAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind');
        const kind = LIST_KINDS.find((k) => kindAttr?.value === k);
        if (!kind) {
          file.fail(`<EntryList> needs kind="person", "system" or "institution" (got ${JSON.stringify(kindAttr?.value ?? null)}).`, node);
        }
        node.attributes.push(identifierAttribute('items', importOnce(`__atlasList_${kind}`, entryListDataName(kind, edition))));
      }
    });
    tree.children.unshift(...[...imports].map(([name, source]) => defaultImport(name, source)));
  };
}
