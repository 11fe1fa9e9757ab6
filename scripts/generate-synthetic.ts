/**
 * `npm run generate:synthetic -- [--scale 10] [--out <dir>]`: writes a copy of
 * the site with `scale` times today's entries (people, systems, institutions,
 * glossary terms), in both locales and in every cut edition, into a temporary
 * folder; never into this repository's content. The copy keeps today's pages
 * and adds synthetic ones (ids `synthetic-…`, names "Synthetic …" / "合成…"),
 * so that `npm run check -- --site <dir>` and a build of the copy pass, with the
 * same config and code. Used by `npm run bench`; prints the folder it wrote.
 */
import path from 'node:path';
import {generateSynthetic, defaultOutDir} from './synthetic/generate';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = Number(option('scale') ?? 10);
if (!Number.isInteger(scale) || scale < 1) {
  console.error('usage: npm run generate:synthetic -- [--scale <whole number ≥ 1>] [--out <dir>]');
  process.exit(2);
}
const out = path.resolve(option('out') ?? defaultOutDir(scale));
let result: ReturnType<typeof generateSynthetic>;
try {
  result = generateSynthetic(path.resolve(__dirname, '..'), out, scale);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
console.log(`${scale}× site in ${out}`);
for (const [kind, n] of Object.entries(result.total)) console.log(`  ${kind.padEnd(12)} ${String(result.today[kind as keyof typeof result.today]).padStart(5)} today → ${String(n).padStart(6)}`);
console.log(`  ${result.files} synthetic files written (both locales${result.editions.length ? `, working copy and edition ${result.editions.join(', ')}` : ''})`);
