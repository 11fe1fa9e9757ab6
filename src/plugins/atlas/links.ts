/** Finds glossary links in Markdown/MDX source, with line numbers, without a full parse. */

export interface GlossaryLink {
  readonly id: string;
  readonly line: number;
}

// Markdown links `](/glossary/id)`, reference definitions `]: /glossary/id` and JSX `href="/glossary/id"`.
const LINK = /(?:\]\(\s*<?|\]:\s*|href=["'{`]+)\/glossary\/([^)\s#?"'`}>/]+)/g;

export function parseGlossaryHref(href: string): string | undefined {
  const match = /^\/glossary\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
  return match?.[1];
}

export function findGlossaryLinks(body: string): GlossaryLink[] {
  const links: GlossaryLink[] = [];
  const lines = body.split('\n');
  let inFence = false;
  lines.forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const match of text.matchAll(LINK)) links.push({id: decodeURIComponent(match[1]!), line: index + 1});
  });
  return links;
}
