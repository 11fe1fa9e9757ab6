import {test} from 'node:test';
import assert from 'node:assert/strict';
import {VFile} from 'vfile';
import rehypeFailOnKatexErrors from '../failOnKatexErrors';
import rehypeFocusableFormulas from '../focusableFormulas';

async function render(markdown: string): Promise<string> {
  const [{unified}, {default: remarkParse}, {default: remarkMath}, {default: remarkRehype}, {default: rehypeKatex}, {default: rehypeStringify}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-math'),
    import('remark-rehype'),
    import('rehype-katex'),
    import('rehype-stringify'),
  ]);
  const file = new VFile({path: 'page.mdx', value: markdown});
  const result = await unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex, {strict: 'error'}).use(rehypeFailOnKatexErrors).use(rehypeFocusableFormulas).use(rehypeStringify).process(file);
  return String(result);
}

test('a formula KaTeX typesets passes the build guard', async () => {
  assert.match(await render('Speed-up $S = T_1 / T_p$.'), /class="katex"/);
});

test('a formula KaTeX cannot typeset, or only with a warning, fails the build with its line', async () => {
  await assert.rejects(render('Line one.\n\nBroken $\\frac{1}{$ here.'), (err: Error & {line?: number}) => {
    assert.match(err.message, /^KaTeX cannot typeset a formula here: /);
    assert.equal(err.line, 3);
    return true;
  });
  await assert.rejects(render('Paired across text: $S$，效率 $E$ and $甚至$.'), /KaTeX cannot typeset a formula here: .*(Unicode text character|unicodeTextInMathMode)/);
});

test('a display formula, which may scroll sideways, can be reached by keyboard; an inline one is no tab stop', async () => {
  const html = await render('Inline $x$ here.\n\n$$\nS = \\frac{T_1}{T_p}\n$$');
  assert.match(html, /<span class="katex-display" tabindex="0">/);
  assert.equal(html.match(/tabindex/g)?.length, 1);
});
