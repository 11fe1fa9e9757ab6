/**
 * rehype-katex reports a formula it cannot typeset as a message on the file and
 * renders it as red text; Docusaurus shows neither. This rehype plugin, placed
 * after rehype-katex, turns those messages into a build error with the file,
 * line and KaTeX's reason. (`npm run check` catches the same faults earlier.)
 */
import type {Root} from 'hast';
import type {VFile} from 'vfile';

export default function rehypeFailOnKatexErrors() {
  return (_tree: Root, file: VFile): void => {
    const problem = file.messages.find((m) => m.source === 'rehype-katex');
    if (!problem) return;
    const reason = problem.cause instanceof Error ? problem.cause.message : problem.reason;
    file.fail(`KaTeX cannot typeset a formula here: ${reason}`, {place: problem.place ?? undefined, source: 'hpc-atlas', ruleId: 'katex'});
  };
}
