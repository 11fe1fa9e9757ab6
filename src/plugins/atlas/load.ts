/** Reads every content file of one locale and validates its front matter. */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {z} from 'zod';
import {didYouMean, type AtlasIssue} from './issues';
import {
  ENTRY_SCHEMAS,
  pageSchema,
  translationSchema,
  type InstitutionFrontMatter,
  type PersonFrontMatter,
  type SystemFrontMatter,
  type TermFrontMatter,
  type TranslationFrontMatter,
} from './schema';
import {classifyFile, contentRoots, instanceRoot, type ContentRoots} from './layout';
import {DEFAULT_LOCALE, type EntryKind, type Locale} from './vocabulary';

interface FrontMatterByKind {
  term: TermFrontMatter;
  person: PersonFrontMatter;
  system: SystemFrontMatter;
  institution: InstitutionFrontMatter;
}

export type Entry = {
  [K in EntryKind]: {readonly kind: K; readonly id: string; readonly file: string; readonly data: FrontMatterByKind[K]; readonly body: string};
}[EntryKind];
export type EntryOf<K extends EntryKind> = Extract<Entry, {kind: K}>;

export interface LocalizedFile {
  readonly kind: EntryKind | 'page';
  /** Entry id, or the page's path relative to its instance root without extension. */
  readonly id: string;
  readonly instance: 'docs' | 'glossary';
  readonly file: string;
  readonly data: TranslationFrontMatter;
  readonly raw: Record<string, unknown>;
  readonly body: string;
  /** Lines before the body (the front-matter block), so body line n is file line bodyStartLine + n. */
  readonly bodyStartLine: number;
}

export interface LoadedLocale {
  readonly locale: Locale;
  readonly roots: ContentRoots;
  /** Entries by `${kind}:${id}`; only the default locale has entries. */
  readonly entries: ReadonlyMap<string, Entry>;
  /** Every content file of this locale, entries included, by `${instance}:${path without extension}`. */
  readonly files: ReadonlyMap<string, LocalizedFile>;
  /** Files whose front matter failed validation, by the same key as `files`: they exist, so nothing else reports them missing. */
  readonly failed: ReadonlyMap<string, {readonly kind: EntryKind | 'page'; readonly id: string}>;
  readonly issues: readonly AtlasIssue[];
}

export const entryKey = (kind: EntryKind, id: string): string => `${kind}:${id}`;

function listContentFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Turns zod's findings into messages that say what to write instead. */
export function describeSchemaIssues(
  file: string,
  error: z.ZodError,
  schemaKeys: readonly string[],
  defaultLocaleFile: string | undefined,
): AtlasIssue[] {
  return error.issues.flatMap((issue): AtlasIssue[] => {
    const field = issue.path.join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const full = field ? `${field}.${key}` : key;
          if (defaultLocaleFile && !field) {
            return {
              file,
              field: full,
              message: `\`${key}\` is not a translated field`,
              fix: `structured facts live only in ${defaultLocaleFile}; remove \`${key}\` here (a translation may set only ${schemaKeys.join(', ')})`,
            };
          }
          const hint = field ? '' : didYouMean(key, schemaKeys);
          return {
            file,
            field: full,
            message: `unknown key \`${key}\``,
            fix: hint ? `${hint} Rename it.` : `remove it; ${field ? 'see the schema in src/plugins/atlas/schema.ts' : `allowed keys are ${schemaKeys.join(', ')}`}`,
          };
        });
      case 'invalid_enum_value': {
        const hint = didYouMean(String(issue.received), issue.options.map(String));
        return [
          {
            file,
            field,
            message: `\`${String(issue.received)}\` is not an allowed value`,
            fix: `${hint ? `${hint} ` : ''}Use one of: ${issue.options.join(', ')} (the list is in src/plugins/atlas/vocabulary.ts).`,
          },
        ];
      }
      case 'invalid_type':
        if (issue.received === 'undefined') {
          return [{file, field, message: `required field \`${field}\` is missing`, fix: `add \`${field}:\` (${issue.expected}) to the front matter`}];
        }
        return [{file, field, message: `expected ${issue.expected}, got ${issue.received}`, fix: `write \`${field}\` as ${issue.expected}`}];
      default:
        return [{file, field, message: `\`${field}\` ${issue.message}`, fix: `correct \`${field}\` in the front matter`}];
    }
  });
}

function readFrontMatter(file: string, siteDir: string, issues: AtlasIssue[]) {
  const rel = path.relative(siteDir, file);
  try {
    const source = fs.readFileSync(file, 'utf8');
    // A fresh object each time: gray-matter caches parses by content and would share them.
    const parsed = matter(source, {});
    const bodyStartLine = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
    return {rel, raw: parsed.data as Record<string, unknown>, body: parsed.content, bodyStartLine};
  } catch (err) {
    issues.push({
      file: rel,
      message: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]!.replace(/:$/, '')}`,
      fix: 'check the block between the two `---` lines: indentation, colons and quotes',
    });
    return undefined;
  }
}

function shapeKeys(schema: z.ZodTypeAny): string[] {
  return Object.keys((schema as z.AnyZodObject).shape);
}

export function loadLocale(siteDir: string, locale: Locale, edition?: string): LoadedLocale {
  const roots = contentRoots(siteDir, locale, edition);
  const issues: AtlasIssue[] = [];
  const entries = new Map<string, Entry>();
  const files = new Map<string, LocalizedFile>();
  const failed = new Map<string, {kind: EntryKind | 'page'; id: string}>();
  const defaultRoots = contentRoots(siteDir, DEFAULT_LOCALE, edition);
  const isDefault = locale === DEFAULT_LOCALE;

  for (const [instance, dir] of [
    ['glossary', roots.glossary],
    ['docs', roots.docs],
  ] as const) {
    for (const file of listContentFiles(dir)) {
      const what = classifyFile(roots, file);
      if (!what) continue;
      const pathId = path.relative(dir, file).replace(/\.mdx?$/, '').split(path.sep).join('/');
      const id = what.kind === 'page' ? pathId : what.id;
      const read = readFrontMatter(file, siteDir, issues);
      if (!read) {
        failed.set(`${instance}:${pathId}`, {kind: what.kind, id});
        continue;
      }
      const schema = !isDefault ? translationSchema : what.kind === 'page' ? pageSchema : ENTRY_SCHEMAS[what.kind];
      const result = schema.safeParse(read.raw);
      if (!result.success) {
        const counterpart = isDefault
          ? undefined
          : path.relative(siteDir, path.join(instanceRoot(defaultRoots, instance), path.relative(dir, file)));
        issues.push(...describeSchemaIssues(read.rel, result.error, shapeKeys(schema), counterpart));
        failed.set(`${instance}:${pathId}`, {kind: what.kind, id});
        continue;
      }
      files.set(`${instance}:${pathId}`, {
        kind: what.kind,
        id,
        instance,
        file: read.rel,
        data: result.data as TranslationFrontMatter,
        raw: read.raw,
        body: read.body,
        bodyStartLine: read.bodyStartLine,
      });
      if (isDefault && what.kind !== 'page') {
        entries.set(entryKey(what.kind, id), {kind: what.kind, id, file: read.rel, data: result.data, body: read.body} as Entry);
      }
    }
  }
  return {locale, roots, entries, files, failed, issues};
}
