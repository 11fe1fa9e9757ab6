/** Loads and checks the whole content model of a site; the single entry point for the plugin, the remark plugins and `npm run check`. */
import {buildGraph, type AtlasGraph} from './graph';
import {loadLocale} from './load';
import {LOCALES} from './vocabulary';

export function loadAtlas(siteDir: string): AtlasGraph {
  return buildGraph(
    siteDir,
    LOCALES.map((locale) => loadLocale(siteDir, locale)),
  );
}
