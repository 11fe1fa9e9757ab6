/**
 * The navbar's search: with Algolia configured (ALGOLIA_* at build time) the original DocSearch bar,
 * otherwise our local search — a small button here, the dialog loaded on first use.
 */
import {lazy, Suspense, useCallback, useEffect, useState, type ReactNode} from 'react';
import OriginalSearchBar from '@theme-original/SearchBar';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import styles from '@site/src/components/Search/styles.module.css';

const loadModal = () => import(/* webpackChunkName: "search-modal" */ '@site/src/components/Search/SearchModal');
const SearchModal = lazy(loadModal);

/** Ctrl/⌘+K anywhere, or "/" when the reader is not typing in a field, opens search. */
function isShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function LocalSearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  const [initialQuery, setInitialQuery] = useState('');
  const [mac, setMac] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setInitialQuery('');
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const label = translate({id: 'search.button', message: 'Search'});
  return (
    <>
      <button
        type="button"
        className={styles.button}
        // The name is the visible word, from the content (kept for screen readers on phones, where it is
        // hidden from view); an aria-label would have to repeat the "Ctrl K" shown beside it (WCAG 2.5.3).
        // The shortcut is announced as a shortcut, not as part of the name.
        aria-keyshortcuts={mac ? 'Meta+K /' : 'Control+K /'}
        aria-haspopup="dialog"
        onPointerEnter={() => void loadModal()}
        onFocus={() => void loadModal()}
        onClick={() => setOpen(true)}>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className={styles.buttonLabel}>{label}</span>
        <kbd className={styles.buttonKeys} aria-hidden="true">
          {mac ? '⌘' : 'Ctrl'} K
        </kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchModal initialQuery={initialQuery} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}

export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return siteConfig.themeConfig.algolia ? <OriginalSearchBar /> : <LocalSearchBar />;
}
