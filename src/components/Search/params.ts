/** The URL parameter that carries a query to the page a search result opens, to mark its words there. */
export const HIGHLIGHT_PARAM = 'highlight';
