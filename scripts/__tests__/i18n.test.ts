/** Every UI string the site's own code declares is translated in zh-Hans, and so are the navbar, footer and sidebars. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ZH = path.join(ROOT, 'i18n/zh-Hans');
const CJK = /[\u3400-\u9fff]/;
// Strings that are the same in both languages.
const SAME_IN_BOTH = new Set(['title']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name) && !d.parentPath.includes('__tests__'))
    .map((d) => path.join(d.parentPath, d.name));
}

function declaredIds(): string[] {
  const ids = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/translate\(\s*\{\s*id:\s*'([^']+)'/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/<Translate\s+id="([^"]+)"/g)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ZH, file), 'utf8')) as Record<string, {message: string}>;

test('every translate() id in src/ has a Chinese message in i18n/zh-Hans/code.json', () => {
  const code = read('code.json');
  const ids = declaredIds();
  assert.ok(ids.length > 50, `found only ${ids.length} ids: the scan is broken`);
  const untranslated = ids.filter((id) => !code[id] || !CJK.test(code[id].message));
  assert.deepEqual(untranslated, [], 'run `npm run write-translations -- --locale zh-Hans` and translate these messages');
});

test('navbar, footer, sidebar and version labels are translated', () => {
  for (const file of ['docusaurus-theme-classic/navbar.json', 'docusaurus-theme-classic/footer.json', 'docusaurus-plugin-content-docs/current.json', 'docusaurus-plugin-content-docs-glossary/current.json']) {
    const untranslated = Object.entries(read(file)).filter(([key, v]) => !SAME_IN_BOTH.has(key) && !CJK.test(v.message));
    assert.deepEqual(untranslated, [], `${file} has untranslated labels`);
  }
});
