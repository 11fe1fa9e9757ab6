/**
 * Stands in for @docusaurus/core's client/preload.js (swapped in by ../index.ts): the same
 * preloading of a route's components, after the route's shard is loaded. Docusaurus calls it
 * before the first render, before each navigation and when a link is hovered.
 */
import routes from '@generated/routes';
import {matchRoutes} from 'react-router-config';
// Not './shards': webpack resolves a replacement module's imports from the replaced one's folder.
import {ensureRoutesFor} from '@site/src/plugins/routeShards/client/shards';

export default function preload(pathname: string): Promise<unknown[]> {
  return ensureRoutesFor(pathname).then(() => {
    const matches = Array.from(new Set([pathname, decodeURI(pathname)])).flatMap((path) => matchRoutes(routes, path));
    return Promise.all(matches.map((match) => (match.route.component as {preload?: () => unknown} | undefined)?.preload?.()));
  });
}
