/**
 * Chinese typography check (AutoCorrect): a space between CJK and Latin text, full-width
 * punctuation. Front matter is blanked, line for line, so that reported line numbers stay
 * true and YAML lists (`[a, b]`) are not "corrected" into full-width commas.
 *
 * Usage: npm run lint:zh [-- file …]   (default: every zh-Hans .md/.mdx file)
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {lintFor} from 'autocorrect-node';

const ZH_ROOT = 'i18n/zh-Hans';

function zhContentFiles(): string[] {
  return readdirSync(ZH_ROOT, {recursive: true, encoding: 'utf8'})
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => path.join(ZH_ROOT, f))
    .sort();
}

export interface ZhLintFault {
  file: string;
  line: number;
  column: number;
  found: string;
  expected: string;
}

function blankFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  if (!match) return text;
  return match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
}

export function lintZh(file: string, text: string): ZhLintFault[] {
  const result = lintFor(blankFrontMatter(text), 'x.md') as {
    lines: {l: number; c: number; new: string; old: string}[];
    error: string;
  };
  if (result.error) throw new Error(`${file}: AutoCorrect failed: ${result.error}`);
  return result.lines.map((l) => ({file, line: l.l, column: l.c, found: l.old.trim(), expected: l.new.trim()}));
}

function main(): void {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : zhContentFiles();
  const faults = files.flatMap((file) => lintZh(file, readFileSync(file, 'utf8')));
  for (const f of faults) {
    console.error(`error: ${f.file}:${f.line}:${f.column}: Chinese typography\n  found:    ${f.found}\n  → fix to: ${f.expected}\n`);
  }
  if (faults.length > 0) {
    console.error(`✗ ${faults.length} Chinese typography problem(s) in ${new Set(faults.map((f) => f.file)).size} file(s)`);
    process.exit(1);
  }
  console.log(`✓ Chinese typography: ${files.length} file(s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
