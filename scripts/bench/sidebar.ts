/**
 * The sidebar data a docs or glossary page carries, in two places:
 * - the docs version's props module (one JS chunk per docs version, loaded by every page of it):
 *   `docsSidebars` (the sidebar tree) and, beside it, `docs` (id, title and description of every
 *   page of the version, which Docusaurus ships for its doc cards);
 * - the sidebar rendered into each page's HTML (<nav class="menu …">).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {gzipSize, fileGzip, walk} from './sizes';
import {htmlFile, localeDir, localePrefix} from './pages';
import type {Locale} from '../../src/plugins/atlas/vocabulary';

interface VersionProps {
  readonly version: {pluginId: string; version: string; docsSidebars: unknown; docs?: unknown};
}

export interface SidebarFigures {
  readonly page: string;
  readonly sidebarJson: {raw: number; gzip: number};
  readonly docsMapJson: {raw: number; gzip: number};
  readonly chunkGzip: number;
  readonly html: {raw: number; gzip: number; links: number};
}

const json = (value: unknown) => {
  const text = JSON.stringify(value ?? null);
  return {raw: Buffer.byteLength(text), gzip: gzipSize(text)};
};

/** Every docs version's props module in a locale's build, by `${pluginId}/${version}`. */
function versionChunks(dir: string): Map<string, {file: string; props: VersionProps}> {
  const found = new Map<string, {file: string; props: VersionProps}>();
  const jsDir = path.join(dir, 'assets/js');
  // Lazy chunks sit in a folder per build (src/plugins/routeShards).
  for (const file of walk(jsDir).filter((name) => name.endsWith('.js'))) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('docsSidebars')) continue;
    // The bundler emits large JSON modules as JSON.parse('…') with a JavaScript string literal.
    const literal = /JSON\.parse\('((?:[^'\\]|\\.)*)'\)/.exec(text)?.[1];
    if (literal === undefined) continue;
    const props = JSON.parse(vm.runInNewContext(`'${literal}'`) as string) as VersionProps;
    if (props.version?.docsSidebars !== undefined) found.set(`${props.version.pluginId}/${props.version.version}`, {file, props});
  }
  return found;
}

/** `version` is the docs version the page belongs to: the published edition's name, or `current`. */
export function sidebarFigures(outDir: string, locale: Locale, route: string, pluginId: string, version: string): SidebarFigures {
  const chunk = versionChunks(localeDir(outDir, locale)).get(`${pluginId}/${version}`);
  if (!chunk) throw new Error(`no props module for docs version ${pluginId}/${version} in ${localeDir(outDir, locale)}`);
  const html = fs.readFileSync(htmlFile(outDir, `${localePrefix(locale)}${route}`), 'utf8');
  const nav = /<nav\b[^>]*\bclass="menu [^"]*"[^>]*>[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return {
    page: `${localePrefix(locale)}${route}`,
    sidebarJson: json(chunk.props.version.docsSidebars),
    docsMapJson: json(chunk.props.version.docs),
    chunkGzip: fileGzip(chunk.file),
    html: {raw: Buffer.byteLength(nav), gzip: gzipSize(nav), links: (nav.match(/<a\b/g) ?? []).length},
  };
}
