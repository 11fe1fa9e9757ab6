/** What a glossary link looks like; bodies are read by mdx.ts, this only interprets a URL. */

export function parseGlossaryHref(href: string): string | undefined {
  const match = /^\/glossary\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
  return match?.[1];
}
