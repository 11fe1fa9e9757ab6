/**
 * Marks the searched words on the page a search result opened (?highlight=…). The marking code is
 * loaded only then, so other page loads carry none of it.
 */
import type {Location} from 'history';
import {HIGHLIGHT_PARAM as PARAM} from './params';

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const query = new URLSearchParams(location.search).get(PARAM);
  if (!query) {
    (CSS.highlights as unknown as Map<string, Highlight>).clear();
    return;
  }
  void import(/* webpackChunkName: "search-highlight" */ './markQuery').then(({markQuery}) => requestAnimationFrame(() => markQuery(query)));
}
