import type {ReactNode} from 'react';
import type {Segment} from '@site/src/plugins/search/snippet';

/** Snippet segments as text with <mark>: page text is never inserted as HTML. */
export default function Snippet({segments}: {segments: readonly Segment[]}): ReactNode {
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text));
}
