/**
 * A link to a glossary term that shows the term's short definition and its name
 * in the other language on hover, keyboard focus or tap (first tap shows the
 * tooltip, second tap follows the link). Escape closes it.
 */
import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {TooltipEntry} from '@site/src/plugins/atlas/viewTypes';
import {loadTooltips} from './loadTooltips';
import styles from './styles.module.css';

export interface GlossaryLinkProps {
  readonly termId: string;
  readonly href: string;
  readonly children: ReactNode;
}

export default function GlossaryLink({termId, href, children}: GlossaryLinkProps): ReactNode {
  const [entry, setEntry] = useState<TooltipEntry | undefined>();
  const [open, setOpen] = useState(false);
  const touched = useRef(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const tooltipId = useId();

  const show = useCallback(() => {
    setOpen(true);
    if (!entry) loadTooltips().then((all) => setEntry(all[termId]), () => undefined); // offline: the link still works
  }, [entry, termId]);
  const hide = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    const onOutside = (e: PointerEvent) => !wrapper.current?.contains(e.target as Node) && hide();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, [open, hide]);

  const visible = open && entry !== undefined;
  return (
    <span ref={wrapper} className={styles.wrapper} onMouseEnter={show} onMouseLeave={hide}>
      <Link
        to={href}
        className={styles.term}
        data-glossary-term={termId}
        aria-describedby={visible ? tooltipId : undefined}
        onFocus={show}
        onBlur={hide}
        onPointerDown={(e) => {
          touched.current = e.pointerType === 'touch';
        }}
        onClick={(e) => {
          if (touched.current && !visible) {
            e.preventDefault();
            show();
          }
        }}>
        {children}
      </Link>
      {visible ? (
        <span role="tooltip" id={tooltipId} className={styles.tooltip}>
          <span className={styles.name}>
            {entry.name}
            {entry.otherName !== entry.name ? <span className={styles.other}> · {entry.otherName}</span> : null}
          </span>
          <span className={styles.definition}>{entry.definition}</span>
        </span>
      ) : null}
    </span>
  );
}
