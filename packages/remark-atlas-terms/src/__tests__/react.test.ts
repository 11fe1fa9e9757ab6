/** React mode: each link becomes the tooltip component, imported once, with the term's text as plain string props. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {VFile} from 'vfile';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import {compile} from '@mdx-js/mdx';
import remarkAtlasTerms, {clearGlossaryMemory} from '../index.js';
import {atlasFolder} from './helpers.js';

const MDX = 'The [KV cache](atlas:kvcache "cache") and the [old id][kv].\n\n[kv]: atlas:kv-cache\n';

test('links become <RemarkAtlasTerm> elements and the page imports the component once', async () => {
  clearGlossaryMemory();
  const glossary = path.join(atlasFolder(), 'zh-Hans', 'glossary.json');
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkAtlasTerms, {glossary, locale: 'en', react: true}).use(remarkStringify).process(new VFile({path: 'page.mdx', value: MDX}));
  const element = (text: string, title = '') =>
    `<RemarkAtlasTerm href="https://atlas.test/glossary/kvcache" term="kvcache" name="KV cache" definition="Keys and values kept for earlier tokens." locale="en" otherName="KV 缓存" otherLang="zh-Hans"${title}>${text}</RemarkAtlasTerm>`;
  assert.equal(String(result), `import RemarkAtlasTerm from "remark-atlas-terms/react";\n\nThe ${element('KV cache', ' title="cache"')} and the ${element('old id')}.\n\n[kv]: https://atlas.test/glossary/kvcache\n`);
});

test('the page compiles with MDX, and `react` can name another component module', async () => {
  clearGlossaryMemory();
  const glossary = path.join(atlasFolder(), 'glossary.json');
  const code = String(await compile(new VFile({path: 'page.mdx', value: MDX}), {remarkPlugins: [[remarkAtlasTerms, {glossary, react: '@site/src/components/Term'}]]}));
  assert.match(code, /^import RemarkAtlasTerm from "@site\/src\/components\/Term";$/m);
  assert.equal(code.match(/_jsx\(RemarkAtlasTerm, \{/g)?.length, 2);
  assert.match(code, /definition: "Keys and values kept for earlier tokens\."/);
});
