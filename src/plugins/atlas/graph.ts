/**
 * Builds the knowledge graph from the loaded files: walks the relation table
 * (relations.ts), checks every reference, alias, link and translation, and
 * computes each inverse relation once.
 */
import path from 'node:path';
import {closest, didYouMean, type AtlasIssue} from './issues';
import {entryKey, type Entry, type EntryOf, type LoadedLocale} from './load';
import {parseGlossaryHref} from './links';
import {scanBody, type BodyScan} from './mdx';
import {checkLink, katexError} from './bodyChecks';
import {emptyInverses, push, RELATIONS, UNIQUE_LISTS, type Inverses, type RelationRef} from './relations';
import type {DiagramRef} from './diagrams';
import type {AtlasEvent} from './events';
import {instanceRoot} from './layout';
import {STRUCTURAL_DOCUSAURUS_KEYS} from './schema';
import {DEFAULT_LOCALE, type EntryKind, type Locale} from './vocabulary';

export type {Inverses, PageRef} from './relations';

/** Which copy of the reference a graph describes, and where that copy is served. */
export interface EditionRef {
  /** A cut edition's name; undefined for the working copy (docs/). */
  readonly edition?: string;
  /** Route base of its reference pages: /docs, /docs/next or /docs/<edition>. */
  readonly docsBase: string;
}

export interface AtlasGraph extends EditionRef {
  readonly siteDir: string;
  /**
   * The permalink the docs plugin gave a page of this graph's edition (`docs`) or of the glossary,
   * by doc id (`people/zhai-jidong`, `moe`, `history/timeline`). Set by the plugin once the docs
   * plugins have loaded; without it (unit tests, the check) URLs follow Docusaurus's default rule.
   */
  readonly permalink?: (instance: 'docs' | 'glossary', docId: string) => string | undefined;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly locales: ReadonlyMap<Locale, LoadedLocale>;
  /** Lower-cased redirect_from id → term id. */
  readonly termRedirects: ReadonlyMap<string, string>;
  readonly inverses: Inverses;
  readonly issues: readonly AtlasIssue[];
  /** Timeline events: computed from front matter, plus the edition's events file (events.ts). */
  readonly events: readonly AtlasEvent[];
  /** Every body as the MDX parser read it, by file path (relative to the site): parsed once, read by the report and the onboarding check too. */
  readonly bodies: ReadonlyMap<string, BodyScan>;
  /** Mermaid sources found in bodies; parsing them is asynchronous (see diagrams.ts). */
  readonly diagrams: readonly DiagramRef[];
}

const KIND_NOUN: Record<EntryKind, string> = {term: 'glossary term', person: 'person', system: 'system', institution: 'institution'};
const KIND_FOLDER: Record<EntryKind, string> = {term: 'glossary/', person: 'docs/people/', system: 'docs/systems/', institution: 'docs/institutions/'};

export function buildGraph(siteDir: string, loaded: readonly LoadedLocale[], edition: EditionRef = {docsBase: '/docs'}): AtlasGraph {
  const base = loaded.find((l) => l.locale === DEFAULT_LOCALE);
  if (!base) throw new Error(`buildGraph needs the default locale (${DEFAULT_LOCALE})`);
  const issues: AtlasIssue[] = loaded.flatMap((l) => l.issues);
  const entries = base.entries;
  const idsOf = (kind: EntryKind) => [...entries.values()].filter((e) => e.kind === kind).map((e) => e.id);
  // An entry whose own front matter is invalid is reported once, in its own file; references to it are not errors too.
  const invalid = new Set([...base.failed.values()].filter((f) => f.kind !== 'page').map((f) => entryKey(f.kind as EntryKind, f.id)));

  const ref = (entry: Entry, field: string, kind: EntryKind, id: string): boolean => {
    if (entries.has(entryKey(kind, id))) {
      if (entry.kind === kind && entry.id === id) {
        issues.push({file: entry.file, field, message: `\`${id}\` refers to the entry itself`, fix: 'remove the self-reference'});
        return false;
      }
      return true;
    }
    if (invalid.has(entryKey(kind, id))) return false;
    const hint = didYouMean(id, idsOf(kind));
    issues.push({
      file: entry.file,
      field,
      message: `no ${KIND_NOUN[kind]} has the id \`${id}\``,
      fix: `${hint ? `${hint} ` : ''}Use the id of a file in ${KIND_FOLDER[kind]}, or add ${KIND_FOLDER[kind]}${id}.mdx first.`,
    });
    return false;
  };

  const inverses = emptyInverses();
  const termRedirects = new Map<string, string>();
  const aliasOwner = new Map<string, {id: string; file: string}>();
  const diagrams: DiagramRef[] = [];
  const bodies = new Map<string, BodyScan>();

  const checkDuplicates = (entry: Entry, field: string, values: readonly string[]) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) issues.push({file: entry.file, field, message: `\`${value}\` is listed twice`, fix: 'keep one of them'});
      seen.add(value);
    }
  };

  for (const entry of entries.values()) {
    // The relation table (relations.ts): each reference must name an existing entry, then feeds its inverse.
    const refs = (RELATIONS[entry.kind] as (data: Entry['data']) => RelationRef[])(entry.data);
    for (const r of refs) {
      if (!ref(entry, r.field, r.target, r.id)) continue;
      const conflict = r.link(inverses, entry.id);
      if (conflict) issues.push({file: entry.file, field: r.field, message: conflict, fix: 'keep it on one side only: the other side is computed'});
    }
    for (const list of (UNIQUE_LISTS[entry.kind] as (data: Entry['data']) => {field: string; keys: string[]}[])(entry.data)) checkDuplicates(entry, list.field, list.keys);
    if (entry.kind === 'person') checkYears(entry, issues);
    if (entry.kind === 'term') checkTermNames(entry, entries, termRedirects, aliasOwner, issues);
  }

  // Every English name and alias also works as a URL (/glossary/mixture-of-experts → /glossary/moe), unless
  // the slug is already an id or an explicit redirect; between two terms, the first in file order keeps it.
  for (const entry of entries.values()) {
    if (entry.kind !== 'term') continue;
    for (const name of [entry.data.names.en, ...(entry.data.aliases?.en ?? [])]) {
      const slug = aliasSlug(name);
      if (slug && slug !== entry.id && !entries.has(entryKey('term', slug)) && !termRedirects.has(slug)) termRedirects.set(slug, entry.id);
    }
  }

  // Every locale's bodies, read by the one MDX parser (mdx.ts): links, formulas and markup that would show literally.
  for (const locale of loaded) {
    for (const file of locale.files.values()) {
      const seen = new Set<string>();
      const scan = scanBody(file.body);
      bodies.set(file.file, scan);
      const at = (line: number) => file.bodyStartLine + line;
      if (scan.syntaxError) {
        issues.push({file: file.file, line: at(scan.syntaxError.line), message: `MDX cannot parse this: ${scan.syntaxError.message}`, fix: 'escape `<` and `{` in text as `&lt;` and `\\{`, and close every JSX tag'});
        continue;
      }
      for (const link of scan.links) {
        const problem = checkLink(link.url, file, {entries, termRedirects, invalid, idsOf, siteDir, locale});
        if (problem) {
          issues.push({file: file.file, line: at(link.line), ...problem});
          continue;
        }
        const id = parseGlossaryHref(link.url);
        if (id === undefined || locale !== base || seen.has(id) || (file.kind === 'term' && file.id === id)) continue;
        seen.add(id);
        push(inverses.backlinks, id, {instance: file.instance, id: file.id, kind: file.kind});
      }
      for (const formula of scan.formulas) {
        const error = katexError(formula.tex, formula.display);
        if (error) issues.push({file: file.file, line: at(formula.line), message: `KaTeX cannot typeset \`${formula.tex.trim().slice(0, 60)}\`: ${error}`, fix: 'correct the TeX (it would render as red text)'});
      }
      for (const d of scan.diagrams) diagrams.push({file: file.file, line: at(d.line), source: d.source});
      for (const markup of scan.literalMarkup) {
        issues.push({
          file: file.file,
          line: at(markup.line),
          message: `\`**\` or \`$$\` would show literally in "${markup.text}"`,
          fix: 'close the emphasis or formula where CommonMark can see it (e.g. move `**` before the full-width punctuation), or escape it as `\\*\\*`',
        });
      }
    }
  }

  issues.push(...checkParity(siteDir, base, loaded));

  return {
    ...edition,
    siteDir,
    entries,
    locales: new Map(loaded.map((l) => [l.locale, l])),
    termRedirects,
    inverses,
    issues,
    bodies,
    diagrams,
    events: [],
  };
}

/** "Mixture-of-Experts" → "mixture-of-experts"; undefined for names that make no ASCII slug. */
export function aliasSlug(name: string): string | undefined {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[\x00-\x7f]+$/.test(name) && slug ? slug : undefined;
}

function checkParity(siteDir: string, base: LoadedLocale, loaded: readonly LoadedLocale[]): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  for (const other of loaded) {
    if (other.locale === DEFAULT_LOCALE) continue;
    const missing: string[] = [];
    for (const [key, file] of base.files) {
      if (other.failed.has(key)) continue;
      const counterpart = other.files.get(key);
      if (!counterpart) {
        const withinInstance = path.relative(instanceRoot(base.roots, file.instance), path.join(siteDir, file.file));
        missing.push(path.relative(siteDir, path.join(instanceRoot(other.roots, file.instance), withinInstance)));
        continue;
      }
      for (const key of STRUCTURAL_DOCUSAURUS_KEYS) {
        if (JSON.stringify(file.raw[key]) !== JSON.stringify(counterpart.raw[key])) {
          issues.push({
            file: counterpart.file,
            field: key,
            message: `\`${key}\` is ${JSON.stringify(counterpart.raw[key]) ?? 'absent'} here but ${JSON.stringify(file.raw[key]) ?? 'absent'} in ${file.file}`,
            fix: `Docusaurus reads \`${key}\` from each locale's file, so copy the value from ${file.file}`,
          });
        }
      }
    }
    if (missing.length > 0) {
      issues.push({
        file: path.relative(siteDir, path.join(siteDir, 'i18n', other.locale)),
        message: `${missing.length} page${missing.length === 1 ? ' has' : 's have'} no ${other.locale} translation:\n${missing.map((m) => `    - ${m}`).join('\n')}`,
        fix: `write each missing file with a translated title, description and body (no structured fields)`,
      });
    }
    for (const [key, file] of other.files) {
      if (base.files.has(key) || base.failed.has(key)) continue;
      const [instance] = key.split(':');
      const hint = closest(file.id, [...base.files.values()].filter((f) => f.instance === instance).map((f) => f.id));
      issues.push({
        file: file.file,
        message: `this ${other.locale} translation has no default-locale page`,
        fix: hint ? `rename it to match \`${hint}\`, or add the English page first` : 'add the English page first, or delete this file',
      });
    }
  }
  return issues;
}

/** The entry id a glossary link leads to: the id itself, or the entry an old id or alias redirects to. */
export function resolveTermId(graph: Pick<AtlasGraph, 'entries' | 'termRedirects'>, id: string): string | undefined {
  return graph.entries.has(entryKey('term', id)) ? id : graph.termRedirects.get(id);
}

export function getEntry<K extends EntryKind>(graph: AtlasGraph, kind: K, id: string): EntryOf<K> | undefined {
  return graph.entries.get(entryKey(kind, id)) as EntryOf<K> | undefined;
}

/** An affiliation cannot end before it begins. */
function checkYears(entry: EntryOf<'person'>, issues: AtlasIssue[]): void {
  for (const [i, a] of (entry.data.affiliations ?? []).entries()) {
    if (a.since && a.until && a.until < a.since) {
      issues.push({file: entry.file, field: `affiliations.${i}`, message: `until (${a.until}) is before since (${a.since})`, fix: 'swap or correct the years'});
    }
  }
}

/** Old ids redirect to one entry only, and a name or alias leads to one entry only. */
function checkTermNames(
  entry: EntryOf<'term'>,
  entries: ReadonlyMap<string, Entry>,
  termRedirects: Map<string, string>,
  aliasOwner: Map<string, {id: string; file: string}>,
  issues: AtlasIssue[],
): void {
  const {data, id} = entry;
  for (const [i, alias] of (data.redirect_from ?? []).entries()) {
    const clash = entries.get(entryKey('term', alias));
    const owner = termRedirects.get(alias);
    if (clash) {
      issues.push({file: entry.file, field: `redirect_from.${i}`, message: `\`${alias}\` is already the id of ${clash.file}`, fix: 'remove it from redirect_from: an id cannot also redirect elsewhere'});
    } else if (owner !== undefined) {
      issues.push({file: entry.file, field: `redirect_from.${i}`, message: `\`${alias}\` also redirects to glossary/${owner}.mdx`, fix: 'an old id or URL alias can lead to one entry only; remove one of them'});
    } else termRedirects.set(alias, id);
  }
  const shown = [data.names.en, data.names.zh, ...(data.aliases?.en ?? []), ...(data.aliases?.zh ?? [])];
  for (const alias of new Set(shown.map((s) => s.toLowerCase()))) {
    const owner = aliasOwner.get(alias);
    if (owner && owner.id !== id) {
      issues.push({file: entry.file, field: 'aliases', message: `the name or alias "${alias}" is also used by ${owner.file}`, fix: 'a name must lead to one entry; remove it from one of the two, or link the two with `related`'});
    } else aliasOwner.set(alias, {id, file: entry.file});
  }
}
