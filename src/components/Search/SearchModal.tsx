/**
 * The search dialog: a native <dialog> (focus stays inside, the page behind is inert, Escape
 * closes) holding a combobox whose options are the results, grouped by page with the heading of
 * each matching section. Loaded on first use, not with the page.
 */
import {useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {useSearcher} from './useSearcher';
import type {SearchResults} from './searchClient';
import {forgetSearch, readRecent, rememberSearch, type RecentSearch} from './recentSearches';
import Snippet from './Snippet';
import styles from './styles.module.css';

interface Option {
  readonly url: string;
  readonly title: string;
  readonly render: ReactNode;
  readonly kind: 'page' | 'section' | 'recent';
}

export default function SearchModal({initialQuery, onClose}: {initialQuery: string; onClose: () => void}): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const searcher = useSearcher();
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const searchPage = useBaseUrl('/search');
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<SearchResults | undefined>();
  const [failed, setFailed] = useState(false);
  const [recent, setRecent] = useState<RecentSearch[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return undefined;
    el.showModal();
    setRecent(readRecent(locale));
    const closed = () => onClose();
    el.addEventListener('close', closed);
    return () => el.removeEventListener('close', closed);
  }, [locale, onClose]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searcher
        .run(query)
        .then((r) => {
          if (!current) return;
          setResults(r);
          setFailed(false);
          setActive(0);
        })
        .catch(() => current && setFailed(true));
    }, 60);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, searcher]);

  const open = useCallback(
    (option: Option) => {
      if (option.kind !== 'recent') rememberSearch(locale, {query, title: option.title, url: option.url});
      // Unmount at once rather than wait for the dialog's close event, so a shortcut pressed right
      // after landing opens a fresh dialog.
      onClose();
      history.push(option.url);
    },
    [history, locale, query, onClose],
  );

  const options: Option[] = useMemo(() => {
    if (query.trim() === '') {
      return recent.map((r) => ({
        url: r.url,
        title: r.title,
        kind: 'recent' as const,
        render: (
          <>
            <span className={styles.title}>{r.title}</span>
            <span className={styles.snippet}>{r.query}</span>
          </>
        ),
      }));
    }
    if (!results || results.query !== query) return [];
    return results.groups.flatMap((group) => [
      {
        url: group.url,
        title: group.title,
        kind: 'page' as const,
        render: (
          <>
            <span className={styles.crumbs}>{group.crumbs.join(' › ')}</span>
            <span className={styles.title}>{group.title}</span>
            <span className={styles.snippet}>
              <Snippet segments={group.snippet} />
            </span>
          </>
        ),
      },
      ...group.sections.map((section) => ({
        url: section.url,
        title: `${group.title} › ${section.heading}`,
        kind: 'section' as const,
        render: (
          <>
            <span className={styles.title}>
              <span aria-hidden="true">↳ </span>
              {section.heading}
            </span>
            <span className={styles.snippet}>
              <Snippet segments={section.snippet} />
            </span>
          </>
        ),
      })),
    ]);
  }, [query, recent, results]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (event.key === 'Delete' && query.trim() === '' && options[active]) {
      // Recent searches are removed with Delete, as in DocSearch.
      event.preventDefault();
      setRecent(forgetSearch(locale, options[active].url));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) open(option);
      else if (query.trim()) {
        onClose();
        history.push(`${searchPage}?q=${encodeURIComponent(query)}`);
      }
    }
  };

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({block: 'nearest'});
  }, [active, listId]);

  const pending = query.trim() !== '' && (!results || results.query !== query) && !failed;
  const status = failed
    ? translate({id: 'search.failed', message: 'The search index could not be loaded. Check your connection and try again.'})
    : query.trim() === ''
      ? recent.length > 0
        ? translate({id: 'search.recent', message: 'Recent searches (Delete removes the selected one)'})
        : translate({id: 'search.hint', message: 'Names, terms, pinyin or a few words about a system'})
      : pending
        ? translate({id: 'search.searching', message: 'Searching…'})
        : results && results.total === 0
          ? translate({id: 'search.none', message: 'No results for “{query}”'}, {query})
          : translate({id: 'search.count', message: '{count} pages found'}, {count: String(results?.total ?? 0)});

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={translate({id: 'search.dialog', message: 'Search the atlas'})}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}>
      <div className={styles.panel}>
        <div className={styles.field}>
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
            <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" />
          </svg>
          <input
            ref={input}
            className={styles.input}
            type="search"
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
            aria-label={translate({id: 'search.label', message: 'Search'})}
            placeholder={translate({id: 'search.placeholder', message: 'Search people, systems, terms…'})}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()}>
            {translate({id: 'search.close', message: 'Close'})}
          </button>
        </div>
        <p className={styles.status} role="status" aria-live="polite">
          {status}
        </p>
        <ul id={listId} role="listbox" className={styles.list} aria-label={translate({id: 'search.results', message: 'Results'})}>
          {options.map((option, i) => (
            // An option holds no link or button of its own (an interactive element inside an option is
            // hidden from assistive technology); the option is chosen with the keyboard or a click.
            <li
              key={`${option.kind}:${option.url}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-kind={option.kind}
              data-search-result={option.url.split(/[?#]/)[0]}
              className={styles.option}
              onMouseMove={() => setActive(i)}
              onClick={() => open(option)}>
              <div className={styles.optionBody}>{option.render}</div>
            </li>
          ))}
        </ul>
        <footer className={styles.footer}>
          {query.trim() && results && results.total > 0 ? (
            <Link
              to={`${searchPage}?q=${encodeURIComponent(query)}`}
              onClick={() => dialog.current?.close()}>
              {translate({id: 'search.all', message: 'See all {count} results'}, {count: String(results.total)})}
            </Link>
          ) : (
            <span />
          )}
          <span className={styles.keys} aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> {translate({id: 'search.keys.select', message: 'select'})} <kbd>↵</kbd>{' '}
            {translate({id: 'search.keys.open', message: 'open'})} <kbd>esc</kbd> {translate({id: 'search.keys.close', message: 'close'})}
          </span>
        </footer>
      </div>
    </dialog>
  );
}
