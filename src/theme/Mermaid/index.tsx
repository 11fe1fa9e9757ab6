/**
 * Diagrams cost nothing until seen: the theme's Mermaid component (which loads
 * the ~150 KB renderer and draws on the main thread) mounts only when the
 * diagram comes near the viewport. Until then, and without JavaScript, the
 * reader sees the diagram's source, which says the same thing in text.
 */
import {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import Mermaid from '@theme-original/Mermaid';
import styles from './styles.module.css';

type Props = ComponentProps<typeof Mermaid>;

export default function LazyMermaid(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || !('IntersectionObserver' in window)) {
      setVisible(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      {rootMargin: '200px'},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    // The diagram's source is not prose: search skips it (data-search-ignore).
    <div ref={ref} className={styles.slot} data-search-ignore="">
      {visible ? <Mermaid {...props} /> : <pre className={styles.source}>{props.value}</pre>}
    </div>
  );
}
