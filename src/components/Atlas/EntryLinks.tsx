import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {EntryLink} from '@site/src/plugins/atlas/viewTypes';
import GlossaryLink from '../GlossaryLink';

/** A link to an entry; a glossary term gets its definition tooltip here too. */
export function EntryRef({entry}: {entry: EntryLink}): ReactNode {
  if (entry.kind === 'term') {
    return (
      <GlossaryLink termId={entry.id} href={entry.url}>
        {entry.name}
      </GlossaryLink>
    );
  }
  return <Link to={entry.url}>{entry.name}</Link>;
}

/** Entries separated by the locale's list separator, each with an optional note. */
export function EntryRefs<T>({items, entry, note}: {items: readonly T[]; entry: (item: T) => EntryLink; note?: (item: T) => string | undefined}): ReactNode {
  return (
    <ul className="atlas-inline-list">
      {items.map((item) => {
        const e = entry(item);
        const n = note?.(item);
        return (
          <li key={`${e.kind}:${e.id}:${n ?? ''}`}>
            <EntryRef entry={e} />
            {n ? <span className="atlas-note"> ({n})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
