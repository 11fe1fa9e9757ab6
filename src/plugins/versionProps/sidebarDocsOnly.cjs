// Bundler loader for a docs version's props module: keeps `version.docs` entries only for the pages
// its sidebars link (the only ones a doc card can show); any other JSON passes through unchanged.
// See index.ts for why.
'use strict';

/** @param {string} source */
module.exports = function sidebarDocsOnly(source) {
  const props = JSON.parse(source);
  const version = props && props.version;
  if (!version || typeof version.docs !== 'object' || typeof version.docsSidebars !== 'object') return source;
  const linked = new Set();
  /** @param {Array<{docId?: string, items?: unknown[]}>} items */
  const visit = (items) => {
    for (const item of items) {
      if (item.docId) linked.add(item.docId);
      if (Array.isArray(item.items)) visit(/** @type {any} */ (item.items));
    }
  };
  for (const items of Object.values(version.docsSidebars)) visit(items);
  version.docs = Object.fromEntries(Object.entries(version.docs).filter(([id]) => linked.has(id)));
  return JSON.stringify(props);
};
