/**
 * The advisor tree, drawn as nested lists with CSS connectors: static HTML, no
 * client-side renderer. Formal supervision (PhD, postdoc, master's) is a solid
 * line; informal relations (helped supervise, mentor, coach …) a dashed one,
 * labelled, so they are never mistaken for the formal kind.
 */
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {LineageNode} from '@site/src/plugins/atlas/viewTypes';
import {EntryRef} from '../Atlas/EntryLinks';
import {advisorKindLabels} from '../Atlas/labels';
import styles from './styles.module.css';

function Nodes({nodes, direction}: {nodes: readonly LineageNode[]; direction: 'down' | 'up'}): ReactNode {
  const kinds = advisorKindLabels();
  if (nodes.length === 0) return null;
  return (
    <ul className={styles.level}>
      {nodes.map((node) => (
        <li key={`${node.person.id}:${node.kind ?? 'root'}`} className={node.formal ? styles.formal : styles.informal}>
          <span className={styles.node}>
            <EntryRef entry={node.person} />
            {node.kind ? <span className={styles.kind}> · {kinds[node.kind]}</span> : null}
          </span>
          <Nodes nodes={node.children} direction={direction} />
        </li>
      ))}
    </ul>
  );
}

function Legend(): ReactNode {
  return (
    <p className={styles.legend}>
      <span className={styles.solid} aria-hidden="true" /> <Translate id="atlas.lineage.formal">formal supervision (PhD, postdoc, master's)</Translate>
      {'  '}
      <span className={styles.dashed} aria-hidden="true" /> <Translate id="atlas.lineage.informal">other relations the source names, such as “helped supervise”</Translate>
    </p>
  );
}

/** The whole tree, on the lineage page. */
export default function Lineage({roots}: {roots: readonly LineageNode[]}): ReactNode {
  return (
    <div className={styles.lineage}>
      <Legend />
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'atlas.lineage.tree', message: 'Advisor tree'})}>
        <Nodes nodes={roots} direction="down" />
      </div>
    </div>
  );
}

/** One person's branch, on their page: advisors (and theirs) above, students (and theirs) below. */
export function Branch({up, down}: {up: readonly LineageNode[]; down: readonly LineageNode[]}): ReactNode {
  return (
    <div className={styles.lineage}>
      {up.length > 0 ? (
        <>
          <p className={styles.caption}>
            <Translate id="atlas.lineage.up">Advisors, and their advisors</Translate>
          </p>
          <Nodes nodes={up} direction="up" />
        </>
      ) : null}
      {down.length > 0 ? (
        <>
          <p className={styles.caption}>
            <Translate id="atlas.lineage.down">Students, and their students</Translate>
          </p>
          <Nodes nodes={down} direction="down" />
        </>
      ) : null}
      <Legend />
    </div>
  );
}
