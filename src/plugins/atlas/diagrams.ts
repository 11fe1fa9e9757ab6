/**
 * Mermaid diagrams are drawn in the browser, where a syntax error shows as a
 * "Syntax error in text" bomb rather than failing the build. Parsing every
 * diagram here, with Mermaid's own parser, turns that into a content error.
 */
import type {AtlasIssue} from './issues';

export interface DiagramRef {
  readonly file: string;
  readonly line: number;
  readonly source: string;
}

type MermaidApi = {parse: (text: string) => Promise<unknown>};
let mermaid: Promise<MermaidApi> | undefined;

/** Mermaid is an ES module that expects a browser; its parser needs only DOMPurify's hook API to exist. */
async function loadMermaid(): Promise<MermaidApi> {
  // Depending on the loader (tsx, Docusaurus's jiti), the CommonJS export arrives as `default` or as the namespace itself.
  const purifyModule = (await import('dompurify')) as unknown as {default?: Record<string, unknown>} & Record<string, unknown>;
  const purify = purifyModule.default ?? purifyModule;
  for (const hook of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks']) purify[hook] ??= () => undefined;
  purify.sanitize ??= (text: string) => text;
  const mermaidModule = (await import('mermaid')) as unknown as {default?: MermaidApi} & MermaidApi;
  return mermaidModule.default ?? mermaidModule;
}

/** The diagrams of several graphs, each once: editions share the glossary, so its diagrams appear in every graph. */
export function uniqueDiagrams(graphs: readonly {readonly diagrams: readonly DiagramRef[]}[]): DiagramRef[] {
  return [...new Map(graphs.flatMap((g) => g.diagrams).map((d) => [`${d.file}:${d.line}`, d])).values()];
}

export async function diagramIssues(diagrams: readonly DiagramRef[]): Promise<AtlasIssue[]> {
  if (diagrams.length === 0) return [];
  mermaid ??= loadMermaid();
  const api = await mermaid;
  const issues: AtlasIssue[] = [];
  for (const d of diagrams) {
    try {
      await api.parse(d.source);
    } catch (err) {
      const first = (err as Error).message.split('\n').filter(Boolean);
      issues.push({file: d.file, line: d.line, message: `Mermaid cannot parse this diagram: ${first.join(' ').slice(0, 300)}`, fix: 'correct the diagram (the browser would show a syntax-error image instead)'});
    }
  }
  return issues;
}
