/** Loads and checks the whole content model of a site; the single entry point for the plugin, the remark plugins and `npm run check`. */
import fs from 'node:fs';
import path from 'node:path';
import {buildGraph, type AtlasGraph} from './graph';
import {loadLocale} from './load';
import {docsRouteBase} from './paths';
import {DEFAULT_LOCALE, LOCALES} from './vocabulary';
import {loadEvents} from './events';
import {checkOnboarding} from './onboarding';
import {contentRoots} from './layout';

/** The current content, or that of a cut edition (`versions.json`), whose entries keep the facts they had when it was cut. */
export function loadAtlas(siteDir: string, edition?: string): AtlasGraph {
  const graph = buildGraph(
    siteDir,
    LOCALES.map((locale) => loadLocale(siteDir, locale, edition)),
    {edition, docsBase: docsRouteBase(edition, editions(siteDir))},
  );
  const {events, issues} = loadEvents(graph, contentRoots(siteDir, DEFAULT_LOCALE, edition).docs);
  return {...graph, events, issues: [...graph.issues, ...issues, ...checkOnboarding(graph)]};
}

/** The editions cut so far, newest first, as Docusaurus lists them. */
export function editions(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}
