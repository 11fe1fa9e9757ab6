import type {TooltipEntry} from '@site/src/plugins/atlas/viewTypes';

let pending: Promise<Record<string, TooltipEntry>> | undefined;

/**
 * The definitions of every term in the page's locale, fetched once on the first
 * hover, focus or tap (a chunk of its own, never part of the page bundle).
 */
export function loadTooltips(): Promise<Record<string, TooltipEntry>> {
  pending ??= import(/* webpackChunkName: "glossary-tooltips" */ '@generated/hpc-atlas/default/glossary-tooltips.json').then(
    (m) => m.default,
    (err: unknown) => {
      // A failed fetch (offline, a new deployment) must not poison every later hover: try again next time.
      pending = undefined;
      throw err;
    },
  );
  return pending;
}
