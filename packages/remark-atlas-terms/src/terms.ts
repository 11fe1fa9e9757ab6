/** The glossary of one locale, indexed by id and old id, and the link data of a term. */
import type {GlossaryEntry, GlossaryFile} from './format.js';
import {closest} from './didYouMean.js';

/** Everything a link and its tooltip need, so the reader's browser never asks the atlas. */
export interface TermLink {
  readonly id: string;
  /** The canonical page of the term in the page's locale. */
  readonly url: string;
  /** The term's name in the page's locale. */
  readonly name: string;
  readonly definition: string;
  /** The term's name in another locale of the atlas, when it differs. */
  readonly otherName?: string;
  readonly otherLocale?: string;
  /** The locale of `name` and `definition`. */
  readonly locale: string;
}

export type Resolution = {readonly ok: true; readonly link: TermLink} | {readonly ok: false; readonly suggestion?: {readonly id: string; readonly name: string}};

export class TermIndex {
  private readonly byId = new Map<string, GlossaryEntry>();

  /** `atlasBase`, when given, replaces the atlas root the file names (e.g. a glossary copied from a build made with another site URL). */
  constructor(
    readonly glossary: GlossaryFile,
    private readonly atlasBase?: string,
  ) {
    for (const entry of glossary.entries) this.byId.set(entry.id, entry);
    for (const entry of glossary.entries) {
      for (const alt of entry.altIds) if (!this.byId.has(alt)) this.byId.set(alt, entry);
    }
  }

  get size(): number {
    return this.glossary.entries.length;
  }

  /** An id, or an old id or alias slug, to its entry; otherwise the nearest id as a hint. */
  resolve(id: string): Resolution {
    const entry = this.byId.get(id);
    if (entry) return {ok: true, link: this.linkTo(entry)};
    const near = closest(id, this.byId.keys());
    // A near old id suggests the entry's current id: that is the one to write.
    const target = near === undefined ? undefined : this.byId.get(near);
    return {ok: false, ...(target ? {suggestion: {id: target.id, name: target.term}} : {})};
  }

  private linkTo(entry: GlossaryEntry): TermLink {
    const other = entry.alternates.find((a) => a.term !== entry.term);
    return {
      id: entry.id,
      url: this.rebase(entry.url),
      name: entry.term,
      definition: entry.definition,
      ...(other ? {otherName: other.term, otherLocale: other.locale} : {}),
      locale: this.glossary.locale,
    };
  }

  private rebase(url: string): string {
    if (!this.atlasBase) return url;
    const site = this.glossary.site.endsWith('/') ? this.glossary.site : `${this.glossary.site}/`;
    if (!url.startsWith(site)) return url;
    return new URL(url.slice(site.length), this.atlasBase.endsWith('/') ? this.atlasBase : `${this.atlasBase}/`).href;
  }
}
