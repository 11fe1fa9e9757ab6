/**
 * A display formula wider than the column scrolls sideways (custom.css), and a
 * region that scrolls must be reachable by keyboard, or a reader without a
 * mouse cannot see its end (WCAG 2.1.1; axe's scrollable-region-focusable).
 * This rehype plugin, placed after rehype-katex, makes each display formula a
 * tab stop; its MathML is what a screen reader then reads.
 */
import type {Element, Root} from 'hast';
import {visit} from 'unist-util-visit';

export default function rehypeFocusableFormulas() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
