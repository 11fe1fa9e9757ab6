/**
 * Reads a glossary file: from disk, or from a URL fetched once per build and
 * kept in a cache folder so that a later build works offline.
 */
import {createHash, randomBytes} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL, fileURLToPath} from 'node:url';
import {GlossaryFormatError, parseGlossary, type GlossaryFile} from './format.js';

export interface SourceOptions {
  /** Folder for fetched copies. */
  readonly cacheDir: string;
  /** A cached copy younger than this (ms) is used without asking the network. */
  readonly maxAge: number;
  /** How long to wait for the atlas (ms). */
  readonly timeout: number;
  /** Where warnings go (a stale copy was used). */
  readonly warn: (message: string) => void;
}

/** How the glossary was obtained: read from a file, fetched now, or taken from the cache (`fresh`: young enough; `stale`: the fetch failed). */
export type Provenance = 'file' | 'fetched' | 'fresh' | 'stale';

export interface LoadedGlossary {
  readonly glossary: GlossaryFile;
  /** A URL (https:, http: or file:) other locales' files are resolved against. */
  readonly location: string;
  readonly provenance: Provenance;
}

/** The glossary could not be read at all; the message says what was tried and what to do. */
export class GlossaryUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryUnavailableError';
  }
}

interface CacheRecord {
  readonly url: string;
  readonly fetchedAt: string;
  readonly glossary: unknown;
}

/** `location` is an http(s) or file URL, or a file path. */
export function toLocation(source: string, cwd = process.cwd()): string {
  if (/^https?:\/\//i.test(source) || /^file:/i.test(source)) return source;
  return pathToFileURL(path.resolve(cwd, source)).href;
}

export async function loadGlossary(location: string, options: SourceOptions, {refresh = false} = {}): Promise<LoadedGlossary> {
  if (location.startsWith('file:')) return {glossary: await readFile(fileURLToPath(location)), location, provenance: 'file'};
  return loadRemote(location, options, refresh);
}

async function readFile(file: string): Promise<GlossaryFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new GlossaryUnavailableError(
      `remark-atlas-terms: cannot read the glossary file ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}). ` +
        `Fix: build the atlas first, or set \`glossary\` to the path of its build/glossary.json or to the atlas's URL.`,
    );
  }
  return parseGlossary(parseJson(text, file), file);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new GlossaryFormatError(`${source} is not valid JSON (${(err as Error).message}). Fix: point \`glossary\` at the glossary.json an HPC Atlas build wrote, unchanged.`);
  }
}

export function cacheFile(cacheDir: string, url: string): string {
  return path.join(cacheDir, `${createHash('sha256').update(url).digest('hex').slice(0, 16)}.json`);
}

async function readCache(file: string, url: string, warn: (m: string) => void): Promise<{glossary: GlossaryFile; fetchedAt: Date} | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const record = JSON.parse(text) as CacheRecord;
    const fetchedAt = new Date(record.fetchedAt);
    if (record.url !== url || Number.isNaN(fetchedAt.getTime())) throw new Error('not a cache record for this URL');
    return {glossary: parseGlossary(record.glossary, `the cached copy of ${url}`), fetchedAt};
  } catch (err) {
    // A damaged copy is never used; a successful fetch replaces it.
    warn(`remark-atlas-terms: ignoring the cached copy ${file}: ${(err as Error).message}`);
    return undefined;
  }
}

/** Writes to a temporary file in the same folder, then renames it over the old copy: a reader sees the old file or the new one, never half of one. */
async function writeCache(file: string, record: CacheRecord): Promise<void> {
  await fs.mkdir(path.dirname(file), {recursive: true});
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, JSON.stringify(record));
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, {force: true});
    throw err;
  }
}

async function fetchGlossary(url: string, timeout: number): Promise<GlossaryFile> {
  let response: Response;
  try {
    response = await fetch(url, {signal: AbortSignal.timeout(timeout), headers: {accept: 'application/json'}});
  } catch (err) {
    const cause = (err as {cause?: {code?: string; message?: string}}).cause;
    const reason = (err as Error).name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : (cause?.code ?? cause?.message ?? (err as Error).message);
    throw new GlossaryUnavailableError(reason);
  }
  if (!response.ok) throw new GlossaryUnavailableError(`HTTP ${response.status} ${response.statusText}`.trim());
  // A glossary that cannot be parsed is an error of the atlas, not of the network: it is reported, never cached.
  return parseGlossary(parseJson(await response.text(), url), url);
}

async function loadRemote(url: string, options: SourceOptions, refresh: boolean): Promise<LoadedGlossary> {
  const file = cacheFile(options.cacheDir, url);
  const cached = await readCache(file, url, options.warn);
  if (cached && !refresh && Date.now() - cached.fetchedAt.getTime() < options.maxAge) return {glossary: cached.glossary, location: url, provenance: 'fresh'};
  let glossary: GlossaryFile;
  try {
    glossary = await fetchGlossary(url, options.timeout);
  } catch (err) {
    if (!(err instanceof GlossaryUnavailableError)) throw err;
    if (!cached) {
      throw new GlossaryUnavailableError(
        `remark-atlas-terms: cannot fetch the glossary ${url} (${err.message}) and there is no cached copy (${file}). ` +
          `Fix: check the \`atlas\` / \`glossary\` URL and the network, or set \`glossary\` to a local copy of the atlas's glossary.json.`,
      );
    }
    options.warn(
      `remark-atlas-terms: cannot fetch the glossary ${url} (${err.message}); using the copy cached ${age(cached.fetchedAt)} ago (${cached.fetchedAt.toISOString()}). ` +
        `Terms added to the atlas since then are unknown to this build.`,
    );
    return {glossary: cached.glossary, location: url, provenance: 'stale'};
  }
  await writeCache(file, {url, fetchedAt: new Date().toISOString(), glossary});
  return {glossary, location: url, provenance: 'fetched'};
}

function age(since: Date): string {
  const minutes = Math.max(0, Math.round((Date.now() - since.getTime()) / 60_000));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
