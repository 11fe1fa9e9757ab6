/**
 * The contract between HPC Atlas and the sites that link to it: the shape of
 * `/glossary.json` (one file per locale), described for other tools by
 * `glossary.schema.json` beside this package's code and beside the atlas's file.
 *
 * `formatVersion` changes only when a reader of the old format would misread
 * the new one (a field removed or its meaning changed); added fields keep the
 * version, and readers ignore fields they do not know.
 */

/** The format version this package reads and the atlas writes. */
export const GLOSSARY_FORMAT_VERSION = 1;

export interface GlossaryAlternate {
  /** A locale of the atlas, e.g. `zh-Hans`. */
  readonly locale: string;
  /** The term's name in that locale. */
  readonly term: string;
  /** The term's page in that locale. */
  readonly url: string;
}

export interface GlossaryEntry {
  /** The stable id: the last segment of the term's URL. */
  readonly id: string;
  /** The name in this file's locale. */
  readonly term: string;
  /** Other names and spellings, in either language, for display and search. */
  readonly aliases: readonly string[];
  /** Other ids that lead to this entry: old ids and the URL slugs of its English names. */
  readonly altIds: readonly string[];
  /** One or two plain sentences (no markup), in this file's locale. */
  readonly definition: string;
  readonly topics: readonly string[];
  /** The term's page in this file's locale. */
  readonly url: string;
  /** The same term in the atlas's other locales. */
  readonly alternates: readonly GlossaryAlternate[];
}

export interface GlossaryFile {
  readonly $schema?: string;
  readonly formatVersion: typeof GLOSSARY_FORMAT_VERSION;
  /** The locale of every `term` and `definition` in this file. */
  readonly locale: string;
  /** The atlas's root URL; every `url` starts with it. */
  readonly site: string;
  /** Every locale's glossary file, as a URL relative to this file. */
  readonly files: Readonly<Record<string, string>>;
  readonly count: number;
  readonly entries: readonly GlossaryEntry[];
}

/** The glossary file is not one this package can read; the message names the source, the field and the fix. */
export class GlossaryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryFormatError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Check = (value: unknown) => string | undefined;
const isString: Check = (v) => (typeof v === 'string' ? undefined : 'a string');
const isText: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'a non-empty string');
const isId: Check = (v) => (typeof v === 'string' && ID.test(v) ? undefined : 'an id (lower-case letters and digits, joined by single hyphens)');
// Only http(s): a `javascript:` address from a tampered glossary would otherwise become a link on the other site.
const isUrl: Check = (v) => (typeof v === 'string' && /^https?:\/\/[^/]/i.test(v) && URL.canParse(v) ? undefined : 'an absolute http(s) URL');
const arrayOf =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'an array';
    for (const [i, x] of v.entries()) {
      const problem = item(x);
      if (problem) return `an array whose item ${i} is ${problem}`;
    }
    return undefined;
  };

function field(where: string, object: Record<string, unknown>, name: string, check: Check, problems: string[]): void {
  const problem = check(object[name]);
  if (problem) problems.push(`${where}${name} must be ${problem}, not ${describe(object[name])}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the format version first (so that a future format is reported as
 * such, not as a list of missing fields), then every field this package reads.
 * `source` names the file or URL in messages.
 */
export function parseGlossary(value: unknown, source: string): GlossaryFile {
  if (!isObject(value)) throw new GlossaryFormatError(`${source} is not an HPC Atlas glossary: expected a JSON object with "formatVersion" and "entries", got ${describe(value)}.`);
  checkVersion(value.formatVersion, source);
  const problems: string[] = [];
  field('', value, 'locale', isText, problems);
  field('', value, 'site', isUrl, problems);
  if (!isObject(value.files) || Object.values(value.files).some((f) => typeof f !== 'string')) problems.push(`files must be an object mapping each locale to a file URL, not ${describe(value.files)}`);
  field('', value, 'entries', (v) => (Array.isArray(v) ? undefined : 'an array'), problems);
  const ids = new Map<string, string>();
  for (const [i, entry] of (Array.isArray(value.entries) ? value.entries : []).entries()) {
    if (problems.length >= 5) break;
    const where = `entries[${i}].`;
    if (!isObject(entry)) {
      problems.push(`entries[${i}] must be an object, not ${describe(entry)}`);
      continue;
    }
    field(where, entry, 'id', isId, problems);
    field(where, entry, 'term', isText, problems);
    field(where, entry, 'definition', isString, problems);
    field(where, entry, 'url', isUrl, problems);
    field(where, entry, 'aliases', arrayOf(isString), problems);
    field(where, entry, 'altIds', arrayOf(isId), problems);
    field(where, entry, 'topics', arrayOf(isString), problems);
    field(where, entry, 'alternates', arrayOf((a) => (isObject(a) && !isText(a.locale) && !isText(a.term) && !isUrl(a.url) ? undefined : 'an object with locale, term and url')), problems);
    for (const id of [entry.id, ...(Array.isArray(entry.altIds) ? entry.altIds : [])]) {
      if (typeof id !== 'string') continue;
      const owner = ids.get(id);
      if (owner !== undefined && owner !== entry.id) problems.push(`${where}altIds: "${id}" also leads to "${owner}"; an id or old id must lead to one entry`);
      ids.set(id, String(entry.id));
    }
  }
  if (problems.length > 0) {
    throw new GlossaryFormatError(
      `${source} is not a valid HPC Atlas glossary (format version ${GLOSSARY_FORMAT_VERSION}):\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        `Fix: point the \`glossary\` option at the glossary.json an HPC Atlas build wrote, unchanged.`,
    );
  }
  return value as unknown as GlossaryFile;
}

function checkVersion(version: unknown, source: string): void {
  if (version === GLOSSARY_FORMAT_VERSION) return;
  if (version === undefined) {
    throw new GlossaryFormatError(
      `${source} has no "formatVersion": it comes from an HPC Atlas older than this package (or is not an atlas glossary). ` +
        `remark-atlas-terms reads format version ${GLOSSARY_FORMAT_VERSION}. Fix: link to an atlas that publishes format ${GLOSSARY_FORMAT_VERSION}, or point \`glossary\` at a current copy of its glossary.json.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new GlossaryFormatError(`${source}: "formatVersion" must be a positive whole number, not ${describe(version)}. Fix: point \`glossary\` at the glossary.json an HPC Atlas build wrote, unchanged.`);
  }
  if (version > GLOSSARY_FORMAT_VERSION) {
    throw new GlossaryFormatError(
      `${source} is format version ${version}, newer than this remark-atlas-terms reads (version ${GLOSSARY_FORMAT_VERSION}). ` +
        `Fix: upgrade the package (npm install remark-atlas-terms@latest).`,
    );
  }
  throw new GlossaryFormatError(
    `${source} is format version ${version}, older than this remark-atlas-terms reads (version ${GLOSSARY_FORMAT_VERSION}). ` +
      `Fix: link to an atlas that publishes format ${GLOSSARY_FORMAT_VERSION}, or install the remark-atlas-terms release that reads format ${version}.`,
  );
}
