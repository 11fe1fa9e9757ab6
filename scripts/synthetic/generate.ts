/** Writes a copy of the site with `scale` times today's entries; see scripts/generate-synthetic.ts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {editions, loadAtlas} from '../../src/plugins/atlas/loadAtlas';
import {contentRoots} from '../../src/plugins/atlas/layout';
import {KIND_FOLDERS} from '../../src/plugins/atlas/paths';
import {LOCALES, type Locale} from '../../src/plugins/atlas/vocabulary';
import {copySite} from './copySite';
import {syntheticPages, type Counts, type SyntheticPage} from './entries';

export const defaultOutDir = (scale: number): string => path.join(os.tmpdir(), `atlas-synthetic-${scale}x`);

export interface Generated {
  readonly today: Counts;
  readonly total: Counts;
  readonly files: number;
  readonly editions: readonly string[];
}

const mdx = (frontMatter: Record<string, unknown>, body: string) => `---\n${YAML.stringify(frontMatter, {lineWidth: 0})}---\n\n${body}`;

export function generateSynthetic(siteDir: string, out: string, scale: number): Generated {
  const graph = loadAtlas(siteDir);
  const today: Counts = {person: 0, system: 0, institution: 0, term: 0};
  const mutable = today as Record<keyof Counts, number>;
  for (const entry of graph.entries.values()) mutable[entry.kind]++;
  const added: Counts = {person: today.person * (scale - 1), system: today.system * (scale - 1), institution: today.institution * (scale - 1), term: today.term * (scale - 1)};
  const realTerms = [...graph.entries.values()].filter((e) => e.kind === 'term').map((e) => e.id);

  copySite(siteDir, out);
  const cut = editions(out);
  let files = 0;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text);
    files++;
  };
  const fileIn = (locale: Locale, edition: string | undefined, page: SyntheticPage) => {
    const roots = contentRoots(out, locale, edition);
    return page.kind === 'term' ? path.join(roots.glossary, `${page.id}.mdx`) : path.join(roots.docs, KIND_FOLDERS[page.kind], `${page.id}.mdx`);
  };
  for (const page of syntheticPages(added, realTerms)) {
    // The glossary is not versioned; the reference has a copy per cut edition, as `cut-edition` makes.
    for (const edition of page.kind === 'term' ? [undefined] : [undefined, ...cut]) {
      for (const locale of LOCALES) {
        const text = locale === 'en' ? mdx(page.frontMatter, page.body) : mdx({title: page.zh.title, description: page.zh.description}, page.zh.body);
        write(fileIn(locale, edition, page), text);
      }
    }
  }
  const total: Counts = {person: today.person + added.person, system: today.system + added.system, institution: today.institution + added.institution, term: today.term + added.term};
  return {today, total, files, editions: cut};
}
