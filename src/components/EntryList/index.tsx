/** A list of every person, system or institution, rendered from the graph on the section's index page. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {EntryListItem} from '@site/src/plugins/atlas/viewTypes';
import styles from './styles.module.css';

export default function EntryList({items}: {kind: string; items: readonly EntryListItem[]}): ReactNode {
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.id} className={styles.item}>
          <Link to={item.url} className={styles.name}>
            {item.name}
          </Link>
          {item.otherName ? <span className={styles.other}> · {item.otherName}</span> : null}
          <p className={styles.description}>{item.description}</p>
        </li>
      ))}
    </ul>
  );
}
