/**
 * remark-atlas-terms: `[KV cache](atlas:kvcache)` becomes a link to the term's
 * page on HPC Atlas, in the page's locale, carrying the term, its definition
 * and its name in the other language for a tooltip. An id the atlas does not
 * know fails the build with the file, the line and the nearest id.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Definition, Link, LinkReference, Nodes, Parent, PhrasingContent, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {Glossaries, type LocaleGlossary} from './glossaries.js';
import {toLocation} from './source.js';
import {slugify} from './didYouMean.js';
import {componentElement, componentImport, linkProperties} from './mdx.js';
import type {TermLink} from './terms.js';

export {GLOSSARY_FORMAT_VERSION, GlossaryFormatError, parseGlossary} from './format.js';
export type {GlossaryEntry, GlossaryFile, GlossaryAlternate} from './format.js';
export {GlossaryUnavailableError} from './source.js';
export {clearGlossaryMemory} from './glossaries.js';
export type {TermLink} from './terms.js';

export interface Options {
  /** The atlas's URL, e.g. `https://atlas.example.org`. Term links point there; the glossary is read from `<atlas>/glossary.json` unless `glossary` says otherwise. */
  readonly atlas?: string;
  /** Where to read the glossary: a URL, or a path to a local copy (e.g. an atlas build's `build/glossary.json`). Any locale's file will do. */
  readonly glossary?: string;
  /** The locale of the pages. Default: the locale Docusaurus is building, else the locale of the `glossary` file. */
  readonly locale?: string;
  /** Replace each link with the React tooltip component (MDX only): `true` for `remark-atlas-terms/react`, or the module of your own component with the same props. */
  readonly react?: boolean | string;
  /** Folder for the fetched glossary. Default: `node_modules/.cache/remark-atlas-terms`. */
  readonly cacheDir?: string;
  /** A fetched copy younger than this many milliseconds is used without asking the atlas. Default: one day. */
  readonly maxAge?: number;
  /** Milliseconds to wait for the atlas. Default: 10 000. */
  readonly timeout?: number;
  /** Where warnings go (a stale cached copy was used). Default: `console.warn`. */
  readonly warn?: (message: string) => void;
}

const SCHEME = /^atlas:/i;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What a Markdown link to the atlas looks like when Markdown did not read it as a link (a space in the destination). */
const UNPARSED_LINK = /\]\(\s*<?\s*atlas:([^)\n]*)\)/gi;
const DAY = 24 * 60 * 60 * 1000;

type Parsed = {readonly id: string; readonly fragment: string} | {readonly problem: string; readonly guess?: string};

/** `atlas:kvcache#definition` → id and fragment; a link the plugin cannot read says why. */
export function parseAtlasHref(url: string): Parsed {
  const rest = url.replace(SCHEME, '');
  const hash = rest.indexOf('#');
  let id = hash === -1 ? rest : rest.slice(0, hash);
  const fragment = hash === -1 ? '' : rest.slice(hash);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Left as written; the check below explains what an id looks like.
  }
  if (id.trim() === '') return {problem: `\`${url}\` names no term: write its id after the colon, as in [KV cache](atlas:kvcache)`};
  if (!ID.test(id)) {
    return {
      problem: `\`${url}\` is not a term id: an id is lower-case letters and digits joined by hyphens, the last part of the term's URL`,
      guess: slugify(id) || undefined,
    };
  }
  return {id, fragment};
}

interface Site {
  readonly node: Link | Definition;
  readonly references: LinkReference[];
}

interface Problem {
  readonly node: Nodes;
  readonly line?: number;
  readonly message: string;
}

export default function remarkAtlasTerms(options: Options = {}) {
  const glossaries = createGlossaries(options);
  const reactSource = options.react === true ? 'remark-atlas-terms/react' : typeof options.react === 'string' ? options.react : undefined;

  return async (tree: Root, file: VFile): Promise<void> => {
    const {sites, problems} = collect(tree);
    if (sites.length === 0 && problems.length === 0) return;
    const locale = options.locale ?? process.env.DOCUSAURUS_CURRENT_LOCALE;
    let glossary = await glossaries.forLocale(locale);
    let resolved = resolveAll(sites, glossary);
    if (resolved.unknown.length > 0) {
      const newer = await glossaries.refresh(glossary);
      if (newer) {
        glossary = newer;
        resolved = resolveAll(sites, glossary);
      }
    }
    problems.push(...resolved.problems);
    if (problems.length > 0) fail(file, problems, glossary);
    apply(tree, resolved.links, reactSource);
  };
}

function createGlossaries(options: Options): Glossaries {
  const {atlas} = options;
  if (atlas !== undefined && !/^https?:\/\/[^/]/i.test(atlas)) {
    throw new Error(`remark-atlas-terms: \`atlas\` must be the atlas's http(s) URL, e.g. https://atlas.example.org, not ${JSON.stringify(atlas)}.`);
  }
  const source = options.glossary ?? (atlas ? new URL('glossary.json', atlas.endsWith('/') ? atlas : `${atlas}/`).href : undefined);
  if (source === undefined) {
    throw new Error('remark-atlas-terms: set `atlas` (the atlas\'s URL, e.g. https://atlas.example.org) or `glossary` (the URL or path of its glossary.json).');
  }
  return new Glossaries(
    {location: toLocation(source), ...(atlas ? {atlasBase: atlas} : {})},
    {
      cacheDir: path.resolve(options.cacheDir ?? path.join('node_modules', '.cache', 'remark-atlas-terms')),
      maxAge: options.maxAge ?? DAY,
      timeout: options.timeout ?? 10_000,
      warn: options.warn ?? ((message) => console.warn(message)),
    },
  );
}

/** Every `atlas:` link and definition (with the references that use it), and every `atlas:` link Markdown could not read. */
function collect(tree: Root): {sites: Site[]; problems: Problem[]} {
  const sites: Site[] = [];
  const problems: Problem[] = [];
  const definitions = new Map<string, Site>();
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && SCHEME.test(node.url)) {
      const site: Site = {node, references: []};
      sites.push(site);
      if (node.type === 'definition' && !definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), site);
    } else if (node.type === 'text') {
      problems.push(...unparsedLinks(node));
    }
  });
  visit(tree, 'linkReference', (node) => {
    definitions.get(node.identifier.toLowerCase())?.references.push(node);
  });
  return {sites, problems};
}

function unparsedLinks(node: Text): Problem[] {
  return [...node.value.matchAll(UNPARSED_LINK)].map((match) => ({
    node,
    line: (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0),
    message: `\`${match[0]}\` is not read as a link: a link destination cannot contain a space. Write the term's id, e.g. [KV cache](atlas:kvcache)`,
  }));
}

function resolveAll(sites: readonly Site[], glossary: LocaleGlossary): {links: Map<Site, TermLink & {fragment: string}>; problems: Problem[]; unknown: Site[]} {
  const links = new Map<Site, TermLink & {fragment: string}>();
  const problems: Problem[] = [];
  const unknown: Site[] = [];
  for (const site of sites) {
    const parsed = parseAtlasHref(site.node.url);
    if ('problem' in parsed) {
      const hint = parsed.guess === undefined ? undefined : glossary.index.resolve(parsed.guess);
      const suggestion = hint?.ok ? hint.link : hint?.suggestion;
      problems.push({node: site.node, message: `${parsed.problem}${suggestion ? `; did you mean \`atlas:${suggestion.id}\` (${suggestion.name})?` : ''}`});
      continue;
    }
    const result = glossary.index.resolve(parsed.id);
    if (result.ok) {
      links.set(site, {...result.link, fragment: parsed.fragment});
      continue;
    }
    unknown.push(site);
    const hint = result.suggestion ? `did you mean \`atlas:${result.suggestion.id}\` (${result.suggestion.name})?` : `find the id on the term's page: it is the last part of its URL.`;
    problems.push({node: site.node, message: `the atlas has no term \`${parsed.id}\` (nor an old id or alias of that name); ${hint}`});
  }
  return {links, problems, unknown};
}

function fail(file: VFile, problems: readonly Problem[], glossary: LocaleGlossary): never {
  const name = file.path ? path.relative(process.cwd(), file.path) || file.path : '<input>';
  const lines = problems.map((p) => {
    const start = p.node.position?.start;
    return `${name}:${p.line ?? start?.line ?? '?'}${p.line === undefined && start ? `:${start.column}` : ''}: ${p.message}`;
  });
  const source = glossary.location.startsWith('file:') ? fileURLToPath(glossary.location) : glossary.location;
  const count = problems.length === 1 ? 'an HPC Atlas term link' : `${problems.length} HPC Atlas term links`;
  // The position, not the node: a message carrying the node is printed by Docusaurus with all its ancestors.
  file.fail(`remark-atlas-terms: ${count} cannot be resolved against ${source} (${glossary.index.size} terms, ${glossary.index.glossary.locale}):\n${lines.join('\n')}`, problems[0]!.node.position);
}

function apply(tree: Root, links: ReadonlyMap<Site, TermLink & {fragment: string}>, reactSource: string | undefined): void {
  const replace = new Map<Link | LinkReference, TermLink & {fragment: string}>();
  for (const [site, link] of links) {
    site.node.url = link.url + link.fragment;
    if (site.node.type === 'link') replace.set(site.node, link);
    for (const reference of site.references) replace.set(reference, link);
  }
  if (!reactSource) {
    for (const [node, link] of replace) {
      // mdast-util-to-hast copies `data.hProperties` onto the <a> it makes.
      const data = (node.data ?? {}) as {hProperties?: Record<string, unknown>};
      node.data = {...data, hProperties: {...data.hProperties, ...linkProperties(link)}} as typeof node.data;
    }
    return;
  }
  if (replace.size === 0) return;
  visit(tree, (node, index, parent: Parent | undefined) => {
    const link = replace.get(node as Link | LinkReference);
    if (!link || !parent || index === undefined) return;
    const linkNode = node as Link | LinkReference;
    const title = linkNode.type === 'link' ? linkNode.title : undefined;
    parent.children[index] = componentElement({...link, url: link.url + link.fragment}, linkNode.children as PhrasingContent[], title) as never;
  });
  tree.children.unshift(componentImport(reactSource));
}
