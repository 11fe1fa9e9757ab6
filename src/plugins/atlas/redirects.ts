/** Redirects from old ids and English aliases of glossary terms, for @docusaurus/plugin-client-redirects. */
import {currentGraph} from './store';
import {GLOSSARY_ROUTE_BASE} from './paths';

/**
 * The paths that redirect to `to` (a base-URL-relative route such as `/glossary/moe`).
 * Read from the graph the atlas plugin loaded for this build, so a content error is
 * reported by the plugin's check with its file, never by the config loader.
 */
export function glossaryRedirectsTo(siteDir: string, to: string): string[] | undefined {
  const match = new RegExp(`^${GLOSSARY_ROUTE_BASE}/([^/]+)$`).exec(to);
  if (!match) return undefined;
  const from = [...currentGraph(siteDir).termRedirects].filter(([, target]) => target === match[1]).map(([alias]) => `${GLOSSARY_ROUTE_BASE}/${alias}`);
  return from.length > 0 ? from : undefined;
}
