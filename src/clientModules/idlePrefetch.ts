/**
 * Docusaurus prefetches the code of every internal link as soon as it scrolls
 * into view. Each prefetch walks the whole route table, and all the links on
 * screen are handled in one task right after hydration: on a phone that was a
 * long task of a few hundred milliseconds, and it grows with the number of pages.
 * Here the links are still prefetched, but one at a time while the browser is
 * idle, so no task grows long; a hover or tap still loads its route at once
 * (`preload`, untouched).
 */
import type {ClientModule} from '@docusaurus/types';
import {ensureRoutesFor} from '../plugins/routeShards/client/shards';

type Prefetch = Window['docusaurus']['prefetch'];


const queue: string[] = [];

/** Docusaurus's own test (client/docusaurus.js) for a connection not to prefetch on. */
function savingData(): boolean {
  const connection = (navigator as Navigator & {connection?: {effectiveType?: string; saveData?: boolean}}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

let drainScheduled = false;

/** requestIdleCallback where there is one (not in Safari), else a short timeout. */
function whenIdle(run: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, {timeout: 5000});
  else setTimeout(run, 50);
}

function schedule(prefetch: Prefetch): void {
  if (drainScheduled) return;
  drainScheduled = true;
  whenIdle((deadline) => {
    drainScheduled = false;
    // Without a deadline (the timeout fallback), one link per turn.
    do {
      const routePath = queue.shift();
      // Docusaurus finds a route's chunks in the route table: the link's shard must be there first.
      // Not on a connection that asks to save data, where Docusaurus prefetches nothing either.
      if (routePath !== undefined && !savingData()) {
        // A shard that fails to load here is loaded again when the link is followed.
        ensureRoutesFor(routePath).then(
          () => {
            prefetch(routePath);
          },
          () => undefined,
        );
      }
    } while (queue.length > 0 && deadline !== undefined && deadline.timeRemaining() > 5);
    if (queue.length > 0) schedule(prefetch);
  });
}

let installed = false;

const idlePrefetch: ClientModule = {
  // The first call comes in the layout phase of hydration, before any link's
  // IntersectionObserver has reported; window.docusaurus exists by then.
  onRouteDidUpdate() {
    if (installed) return;
    installed = true;
    const {prefetch, preload} = window.docusaurus;
    // The object Docusaurus installs is read-only; replacing it is what its Link sees on its next call.
    window.docusaurus = {
      preload,
      prefetch: (routePath) => {
        queue.push(routePath);
        schedule(prefetch);
        return false;
      },
    };
  },
};

export default idlePrefetch;
