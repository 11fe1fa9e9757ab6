/** The sidebars' ids, shared by the sidebar files and the front-matter hook that gives entry pages theirs. */
export const REFERENCE_SIDEBAR = 'reference';
export const GLOSSARY_SIDEBAR = 'glossary';
