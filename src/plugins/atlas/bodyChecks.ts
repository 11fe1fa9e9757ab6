/** Checks on what a page body contains: where its links lead, and whether its formulas typeset. */
import fs from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import {didYouMean} from './issues';
import {parseGlossaryHref} from './links';
import {entryKey, type Entry, type LoadedLocale, type LocalizedFile} from './load';
import {instanceRoot} from './layout';
import type {EntryKind} from './vocabulary';

export interface LinkContext {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly termRedirects: ReadonlyMap<string, string>;
  /** Entries whose front matter failed: already reported in their own file, so links to them are not errors too. */
  readonly invalid: ReadonlySet<string>;
  readonly idsOf: (kind: EntryKind) => string[];
  readonly siteDir: string;
  readonly locale: LoadedLocale;
}

type Problem = {message: string; fix: string} | undefined;

const DOCS_LINK = /^\/docs(?:\/(.*?))?\/?(?:[#?].*)?$/;
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

export function checkLink(url: string, file: LocalizedFile, ctx: LinkContext): Problem {
  const termId = parseGlossaryHref(url);
  if (termId !== undefined) return checkGlossaryLink(termId, ctx);
  const docs = DOCS_LINK.exec(url);
  if (docs) return file.instance === 'docs' ? absoluteDocsLink(url, docs[1] ?? '', file, ctx) : checkPublishedDocsLink(url, docs[1] ?? '', ctx);
  if (isExternal(url) || url.startsWith('#') || url.startsWith('/')) return undefined;
  return checkFileLink(url, file, ctx);
}

function checkGlossaryLink(id: string, ctx: LinkContext): Problem {
  if (ctx.entries.has(entryKey('term', id)) || ctx.invalid.has(entryKey('term', id))) return undefined;
  const target = ctx.termRedirects.get(id);
  if (target) {
    return {message: `\`/glossary/${id}\` is an old id or alias of \`${target}\``, fix: `link the entry itself: /glossary/${target} (aliases redirect for readers, but links inside the atlas use ids)`};
  }
  const hint = didYouMean(id, ctx.idsOf('term'));
  return {message: `link to unknown glossary id \`${id}\``, fix: `${hint ? `${hint} ` : ''}Link to an existing file in glossary/, or add glossary/${id}.mdx.`};
}

/** `/docs/people/x` → `people/x.mdx`; `/docs/systems` → `systems/index.mdx`. */
function docsFileOf(route: string): string {
  const clean = route.replace(/\/$/, '');
  return clean.includes('/') ? `${clean}.mdx` : `${clean || 'intro'}${clean ? '/index' : ''}.mdx`;
}

function absoluteDocsLink(url: string, route: string, file: LocalizedFile, ctx: LinkContext): Problem {
  const root = instanceRoot(ctx.locale.roots, 'docs');
  const from = path.dirname(path.join(ctx.siteDir, file.file));
  const anchor = /#.*$/.exec(url)?.[0] ?? '';
  let relative = path.relative(from, path.join(root, docsFileOf(route.replace(/^next\//, ''))));
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return {
    message: `\`${url}\` is an absolute link: from an edition or the working copy it would lead to the published edition`,
    fix: `link the file instead, which Docusaurus resolves within the reader's edition and language: (${relative}${anchor})`,
  };
}

function checkPublishedDocsLink(url: string, route: string, ctx: LinkContext): Problem {
  if (route.startsWith('next/') || route === 'next') {
    return {message: `\`${url}\` links the working copy`, fix: 'glossary pages link the published edition: drop `/next`'};
  }
  const key = `docs:${docsFileOf(route).replace(/\.mdx$/, '')}`;
  if (ctx.locale.files.has(key) || ctx.locale.failed.has(key)) return undefined;
  const [folder, id] = route.split('/');
  const kind = (['person', 'system', 'institution'] as const).find((k) => ({person: 'people', system: 'systems', institution: 'institutions'})[k] === folder);
  const hint = kind && id ? didYouMean(id, ctx.idsOf(kind)) : '';
  return {message: `\`${url}\` leads to no page of the reference`, fix: `${hint ? `${hint} ` : ''}link an existing page: /docs/people/<id>, /docs/systems/<id>, /docs/institutions/<id>, or a list page such as /docs/systems#<anchor>`};
}

function checkFileLink(url: string, file: LocalizedFile, ctx: LinkContext): Problem {
  const target = decodeURIComponent(url.replace(/[#?].*$/, ''));
  if (!/\.mdx?$/.test(target)) return undefined;
  const resolved = path.resolve(path.dirname(path.join(ctx.siteDir, file.file)), target);
  if (fs.existsSync(resolved)) return undefined;
  const folder = path.dirname(resolved);
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).map((n) => n.replace(/\.mdx?$/, '')) : [];
  const hint = didYouMean(path.basename(target).replace(/\.mdx?$/, ''), names);
  return {message: `\`${url}\` leads to no file (${path.relative(ctx.siteDir, resolved)})`, fix: `${hint ? `${hint} ` : ''}link a file that exists in this locale's folder, e.g. ../people/<id>.mdx`};
}

/** KaTeX's message for a formula it cannot typeset, or undefined. */
export function katexError(tex: string, display: boolean): string | undefined {
  try {
    katex.renderToString(tex, {displayMode: display, throwOnError: true, strict: 'error'});
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(/^KaTeX parse error: /, '');
  }
}
