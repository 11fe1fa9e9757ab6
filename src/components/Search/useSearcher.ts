import {useMemo} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useDocsVersionCandidates} from '@docusaurus/plugin-content-docs/client';
import {PINYIN_FILE, SEARCH_DIR} from '@site/src/plugins/search/format';
import {createSearcher, type Searcher} from './searchClient';

/**
 * The searcher for what the reader is looking at: this language, and the edition of the page, or
 * on a glossary page the edition they last chose (the glossary is in every edition's index).
 */
export function useSearcher(): Searcher {
  const [version] = useDocsVersionCandidates('default');
  const base = useBaseUrl(`/${SEARCH_DIR}/${version.name}/`);
  const pinyin = useBaseUrl(`/${SEARCH_DIR}/${PINYIN_FILE}`);
  return useMemo(() => createSearcher(base, pinyin), [base, pinyin]);
}
