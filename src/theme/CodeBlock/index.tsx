/**
 * Code blocks load their highlighter (Prism, ~30 KB and its grammars) with the
 * first block a page shows, not with every page (see src/plugins/prismOnDemand.ts).
 * The server still renders the block in full, and the page hydrates it once
 * the chunk is in; until then the reader sees the server's highlighted code.
 */
import {lazy, Suspense, type ComponentProps, type ReactNode} from 'react';
import type CodeBlockType from '@theme-original/CodeBlock';

type Props = ComponentProps<typeof CodeBlockType>;

const CodeBlock = lazy(() => import(/* webpackChunkName: "code-block" */ '@theme-original/CodeBlock'));

export default function LazyCodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre>{typeof props.children === 'string' ? props.children : null}</pre>}>
      <CodeBlock {...props} />
    </Suspense>
  );
}
