/**
 * Entry pages are not listed in a sidebar (sectionsOnly.ts), so Docusaurus would
 * show them without one. This front-matter hook (markdown.parseFrontMatter) gives
 * each entry page the sidebar of its instance, as if its file said
 * `displayed_sidebar`, without writing that key into every file: the content
 * files keep only facts. A file that sets the key itself keeps its own value.
 */
import type {MarkdownConfig} from '@docusaurus/types';
import {locate} from '../remark/locate';
import {GLOSSARY_SIDEBAR, REFERENCE_SIDEBAR} from './names';

export function entrySidebar(siteDir: string): NonNullable<MarkdownConfig['parseFrontMatter']> {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const located = locate(siteDir, params.filePath);
    if (located && located.what.kind !== 'page') {
      result.frontMatter.displayed_sidebar ??= located.what.kind === 'term' ? GLOSSARY_SIDEBAR : REFERENCE_SIDEBAR;
    }
    return result;
  };
}
