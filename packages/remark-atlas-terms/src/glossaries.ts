/**
 * The atlas's glossaries as one build sees them: the file the options name is
 * read once, and each locale's file once, when the first page in that locale
 * needs it. Shared by every page (and every plugin instance) of the process.
 */
import {loadGlossary, type LoadedGlossary, type SourceOptions} from './source.js';
import {matchLocale} from './locale.js';
import {GlossaryFormatError} from './format.js';
import {TermIndex} from './terms.js';

export interface GlossaryLocation {
  /** http(s): or file: URL of the glossary file the options name. */
  readonly location: string;
  /** Replaces the atlas root in term URLs. */
  readonly atlasBase?: string;
}

export interface LocaleGlossary {
  readonly index: TermIndex;
  /** Where its entries came from, for messages. */
  readonly location: string;
  /** Taken from a cache young enough to be used without a request: an unknown id may be a term added since. */
  readonly fromFreshCache: boolean;
}

const loads = new Map<string, Promise<LoadedGlossary>>();

function loadOnce(location: string, options: SourceOptions, refresh = false): Promise<LoadedGlossary> {
  const key = `${options.cacheDir}\0${location}`;
  let pending = refresh ? undefined : loads.get(key);
  if (!pending) {
    pending = loadGlossary(location, options, {refresh});
    loads.set(key, pending);
    // A failure is not remembered: `npm start` retries on the next edit.
    pending.catch(() => loads.delete(key));
  }
  return pending;
}

/** Forgets what this process has read (tests; a long-running dev server after the atlas changed). */
export function clearGlossaryMemory(): void {
  loads.clear();
}

export class Glossaries {
  private readonly refreshed = new Set<string>();

  constructor(
    private readonly where: GlossaryLocation,
    private readonly source: SourceOptions,
  ) {}

  /** The glossary for pages in `pageLocale` (undefined: the file the options name). */
  async forLocale(pageLocale: string | undefined): Promise<LocaleGlossary> {
    const named = await loadOnce(this.where.location, this.source);
    const file = this.fileFor(named, pageLocale);
    const loaded = file === named.location ? named : await loadOnce(file, this.source);
    return this.wrap(loaded);
  }

  /** Fetches the locale's file again, at most once per build, when a page names an id the cached copy lacks. */
  async refresh(current: LocaleGlossary): Promise<LocaleGlossary | undefined> {
    if (!current.fromFreshCache || this.refreshed.has(current.location)) return undefined;
    this.refreshed.add(current.location);
    return this.wrap(await loadOnce(current.location, this.source, true));
  }

  private wrap(loaded: LoadedGlossary): LocaleGlossary {
    return {index: new TermIndex(loaded.glossary, this.where.atlasBase), location: loaded.location, fromFreshCache: loaded.provenance === 'fresh'};
  }

  private fileFor(named: LoadedGlossary, pageLocale: string | undefined): string {
    const {glossary} = named;
    if (pageLocale === undefined) return named.location;
    const matched = matchLocale(pageLocale, Object.keys(glossary.files));
    if (!matched && !warned.has(pageLocale)) {
      warned.add(pageLocale);
      this.source.warn(`remark-atlas-terms: the atlas has no glossary in ${pageLocale} (it has ${Object.keys(glossary.files).join(', ')}); pages in ${pageLocale} link to the ${glossary.locale} terms. Set the \`locale\` option to choose another.`);
    }
    const atlasLocale = matched ?? glossary.locale;
    if (atlasLocale === glossary.locale) return named.location;
    const file = new URL(glossary.files[atlasLocale]!, named.location);
    // A sibling file lives where the named one does: on the same host, or on disk beside it.
    if (file.origin !== new URL(named.location).origin || file.protocol !== new URL(named.location).protocol) {
      throw new GlossaryFormatError(`${named.location}: files["${atlasLocale}"] (${glossary.files[atlasLocale]}) leads away from the atlas. Fix: point \`glossary\` at the glossary.json an HPC Atlas build wrote, unchanged.`);
    }
    return file.href;
  }
}

const warned = new Set<string>();
