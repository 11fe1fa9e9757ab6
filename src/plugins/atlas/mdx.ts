/**
 * The one reader of page bodies for the content check: a real MDX parse, with
 * the syntax extensions Docusaurus compiles with, so the check and the build
 * agree on what is a link, a formula or a code block (a link inside inline code
 * or a code fence is not a link; one inside JSX text is).
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {visitParents} from 'unist-util-visit-parents';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';

export interface BodyLink {
  readonly url: string;
  readonly line: number;
}

export interface BodyFormula {
  readonly tex: string;
  readonly display: boolean;
  readonly line: number;
}

export interface BodyScan {
  readonly links: readonly BodyLink[];
  readonly formulas: readonly BodyFormula[];
  readonly diagrams: readonly {source: string; line: number}[];
  /** Text that still holds Markdown emphasis or math markers after parsing: they would show literally. */
  readonly literalMarkup: readonly {text: string; line: number}[];
  /** The text a reader sees outside links, headings, code and math: where an unlinked mention of a term counts. */
  readonly prose: string;
  /** An MDX syntax error, with its line; nothing else is reported for such a body. */
  readonly syntaxError?: {message: string; line: number};
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkMath).use(remarkCjkFriendly);

const LITERAL_MARKUP = /\*\*|\$\$/;

export function scanBody(body: string): BodyScan {
  let tree: Root;
  try {
    // As Docusaurus does before compiling: `## Title {#id}` is a heading id, not a JSX expression.
    tree = parser.runSync(parser.parse(escapeMarkdownHeadingIds(body))) as Root;
  } catch (err) {
    const e = err as {reason?: string; message: string; line?: number; place?: {line?: number; start?: {line?: number}}};
    return {links: [], formulas: [], diagrams: [], literalMarkup: [], prose: '', syntaxError: {message: e.reason ?? e.message, line: e.line ?? e.place?.line ?? e.place?.start?.line ?? 1}};
  }
  const links: BodyLink[] = [];
  const formulas: BodyFormula[] = [];
  const diagrams: {source: string; line: number}[] = [];
  const literalMarkup: {text: string; line: number}[] = [];
  const lineOf = (node: {position?: {start: {line: number}}}) => node.position?.start.line ?? 1;
  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        links.push({url: node.url, line: lineOf(node)});
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && (attr.name === 'href' || attr.name === 'to') && typeof attr.value === 'string') {
            links.push({url: attr.value, line: lineOf(node)});
          }
        }
        break;
      case 'math':
      case 'inlineMath':
        formulas.push({tex: node.value, display: node.type === 'math', line: lineOf(node)});
        break;
      case 'code':
        if (node.lang === 'mermaid') diagrams.push({source: node.value, line: lineOf(node)});
        break;
      case 'text':
        if (LITERAL_MARKUP.test(node.value)) literalMarkup.push({text: node.value.trim().slice(0, 60), line: lineOf(node)});
        break;
    }
  });
  const prose: string[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (!ancestors.some((a) => a.type === 'link' || a.type === 'linkReference' || a.type === 'heading')) prose.push(node.value);
  });
  return {links, formulas, diagrams, literalMarkup, prose: prose.join('\n')};
}
