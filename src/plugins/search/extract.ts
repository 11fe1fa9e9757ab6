/**
 * What search knows of one built page, read from its HTML: exactly what the reader sees, in the
 * reader's language, after every component has rendered. Markers in the page steer it, as
 * Pagefind's attributes do: `data-search-ignore` drops an element (lists that name other entries),
 * `data-search-weight="0.3"` scales its words (the infobox).
 */
import * as cheerio from 'cheerio';
import type {AnyNode, Element} from 'domhandler';

export interface PageSection {
  /** The heading's id (empty for the top of the page). */
  readonly anchor: string;
  readonly heading: string;
  /** Text with its weight: body 1, lighter where the page says so. */
  readonly parts: readonly {text: string; weight: number}[];
}

export interface PageRecord {
  readonly url: string;
  readonly title: string;
  /** Breadcrumb labels above the page (Systems, Glossary …). */
  readonly crumbs: readonly string[];
  readonly description: string;
  /** Other names: the page's keywords meta (names in both languages, pinyin, aliases). */
  readonly keywords: string;
  readonly sections: readonly PageSection[];
}

const SKIP = 'script, style, svg, noscript, .katex-mathml, .hash-link, [data-search-ignore], header, .theme-doc-footer';
const clean = (text: string) => text.replace(/[\u200b\u00a0\s]+/g, ' ').trim();

export function extractPage(html: string, url: string): PageRecord | undefined {
  const $ = cheerio.load(html);
  const body = $('.theme-doc-markdown').first();
  if (body.length === 0) return undefined;
  const title = clean($('article h1').first().text() || $('h1').first().text());
  const crumbs = $('.breadcrumbs__item')
    .map((_, el) => clean($(el).text()))
    .get()
    .filter((label) => label !== '' && label !== title);
  const sections: {anchor: string; heading: string; parts: {text: string; weight: number}[]}[] = [
    {anchor: '', heading: '', parts: []},
  ];
  const walk = (node: AnyNode, weight: number): void => {
    if (node.type === 'text') {
      const text = clean((node as unknown as {data: string}).data);
      if (text) sections.at(-1)!.parts.push({text, weight});
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const $el = $(el);
    if ($el.is(SKIP)) return;
    if (/^h[23]$/.test(el.tagName) && $el.attr('id')) {
      const heading = $el.clone();
      heading.find(SKIP).remove();
      sections.push({anchor: $el.attr('id')!, heading: clean(heading.text()), parts: []});
      return;
    }
    const scale = Number($el.attr('data-search-weight') ?? 1);
    for (const child of el.children) walk(child, weight * scale);
    // Block elements end a phrase, so words of adjacent cells or items are not glued together.
    if (!/^(a|span|strong|em|code|b|i|sub|sup|abbr|mark|cite)$/.test(el.tagName)) sections.at(-1)!.parts.push({text: ' ', weight});
  };
  for (const child of body[0]!.children) walk(child, 1);
  return {
    url,
    title,
    crumbs,
    description: clean($('meta[name="description"]').attr('content') ?? ''),
    keywords: clean($('meta[name="keywords"]').attr('content') ?? ''),
    sections: sections
      .map((s) => ({...s, parts: mergeParts(s.parts)}))
      .filter((s, i) => i === 0 || s.heading !== '' || s.parts.length > 0),
  };
}

/** Adjacent text of the same weight as one part, so that the snippet reads as the page does. */
function mergeParts(parts: readonly {text: string; weight: number}[]): {text: string; weight: number}[] {
  const out: {text: string; weight: number}[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.weight === part.weight) last.text += part.text === ' ' || last.text.endsWith(' ') ? part.text : ` ${part.text}`;
    else if (part.text !== ' ') out.push({...part});
  }
  return out.map((p) => ({...p, text: clean(p.text)})).filter((p) => p.text !== '');
}
