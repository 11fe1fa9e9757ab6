/**
 * Marks a query's words in the page's article with the CSS Custom Highlight API: the DOM is left
 * as React rendered it. Browsers without the API show the page unmarked.
 */
import {matchRanges, matcherFor} from '@site/src/plugins/search/snippet';
import './highlight.css';

export const HIGHLIGHT_NAME = 'atlas-search';

export function markQuery(query: string): void {
  const root = document.querySelector('article');
  if (!root) return;
  const matcher = matcherFor(query);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.katex-mathml, script, style')) continue;
    for (const [start, end] of matchRanges(node.textContent ?? '', matcher)) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  // TypeScript's DOM types give HighlightRegistry no Map methods yet; browsers that have it do.
  (CSS.highlights as unknown as Map<string, Highlight>).set(HIGHLIGHT_NAME, new Highlight(...ranges));
}
