/** The full results page, /search?q=…: every page found, in the reader's language and edition. */
import {useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {useSearcher} from './useSearcher';
import type {SearchResults} from './searchClient';
import Snippet from './Snippet';
import styles from './styles.module.css';

const PAGE_SIZE = 20;

function pageTitle(query: string): string {
  return query
    ? translate({id: 'search.page.titleFor', message: 'Search results for “{query}”'}, {query})
    : translate({id: 'search.page.title', message: 'Search the atlas'});
}

// The docs version hooks need the providers that Layout sets up, so the page's body is a component of its own.
export default function SearchPage(): ReactNode {
  // The static HTML is built without a query string: the query is read after hydration, so the
  // first render matches the server's.
  const {search} = useLocation();
  const [query, setQuery] = useState('');
  useEffect(() => setQuery(new URLSearchParams(search).get('q') ?? ''), [search]);
  return (
    <Layout title={pageTitle(query)}>
      <SearchPageBody query={query} />
    </Layout>
  );
}

function SearchPageBody({query}: {query: string}): ReactNode {
  const history = useHistory();
  const searcher = useSearcher();
  const [draft, setDraft] = useState(query);
  const [results, setResults] = useState<SearchResults | undefined>();
  const [failed, setFailed] = useState(false);
  // Twenty at a time: each further page of results fetches the texts of its own pages only.
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    setDraft(query);
    setLimit(PAGE_SIZE);
  }, [query]);
  useEffect(() => {
    let current = true;
    setFailed(false);
    searcher
      .run(query, limit)
      .then((r) => current && setResults(r))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [query, limit, searcher]);

  return (
    <main className={`container margin-vert--lg ${styles.page}`}>
      <Heading as="h1">{pageTitle(query)}</Heading>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          history.replace({search: `?q=${encodeURIComponent(draft)}`});
        }}>
        <input
          className={styles.pageInput}
          type="search"
          name="q"
          aria-label={translate({id: 'search.label', message: 'Search'})}
          placeholder={translate({id: 'search.placeholder', message: 'Search people, systems, terms…'})}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </form>
      <p role="status" aria-live="polite">
        {failed
          ? translate({id: 'search.failed', message: 'The search index could not be loaded. Check your connection and try again.'})
          : results && results.query === query && query
            ? results.total === 0
              ? translate({id: 'search.none', message: 'No results for “{query}”'}, {query})
              : translate({id: 'search.count', message: '{count} pages found'}, {count: String(results.total)})
            : ''}
      </p>
      {results && results.query === query ? (
        <ol className={styles.pageResults}>
          {results.groups.map((group) => (
            <li key={group.url} data-search-result={group.url.split('?')[0]}>
              <span className={styles.crumbs}>{group.crumbs.join(' › ')}</span>
              <Heading as="h2" className={styles.pageTitle}>
                <Link to={group.url}>{group.title}</Link>
              </Heading>
              <p>
                <Snippet segments={group.snippet} />
              </p>
              {group.sections.length > 0 ? (
                <ul>
                  {group.sections.map((section) => (
                    <li key={section.url}>
                      <Link to={section.url}>{section.heading}</Link>: <Snippet segments={section.snippet} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {results && results.query === query && results.total > results.groups.length ? (
        <button type="button" className="button button--secondary" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {translate({id: 'search.page.more', message: 'Show more results'})}
        </button>
      ) : null}
    </main>
  );
}
