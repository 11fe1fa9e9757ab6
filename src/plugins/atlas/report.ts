/**
 * Editorial report, printed as warnings: glossary terms no page links to, and
 * pages that mention a term by name without linking it.
 */
import {resolveTermId, type AtlasGraph} from './graph';
import type {AtlasIssue} from './issues';
import type {EntryOf} from './load';
import {parseGlossaryHref} from './links';
import {DEFAULT_LOCALE} from './vocabulary';

function mentions(prose: string, name: string): boolean {
  if (name.length < 2) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ASCII names must stand as words ("MoE" not inside "MoEs"); Chinese has no word boundaries.
  const pattern = /^[\x00-\x7f]+$/.test(name) ? new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`) : new RegExp(escaped);
  return pattern.test(prose);
}

export function buildReport(graph: AtlasGraph): AtlasIssue[] {
  const warnings: AtlasIssue[] = [];
  const terms = [...graph.entries.values()].filter((e): e is EntryOf<'term'> => e.kind === 'term');
  for (const term of terms) {
    if (!graph.inverses.backlinks.has(term.id) && !graph.inverses.systemsUsingTerm.has(term.id)) {
      warnings.push({file: term.file, message: `no page links to /glossary/${term.id}`, fix: `link it where the term is used, e.g. [${term.data.names.en}](/glossary/${term.id})`});
    }
  }
  for (const [locale, loaded] of graph.locales) {
    const lang = locale === DEFAULT_LOCALE ? 'en' : 'zh';
    for (const file of loaded.files.values()) {
      const scan = graph.bodies.get(file.file)!;
      const linked = new Set(scan.links.flatMap((l) => parseGlossaryHref(l.url) ?? []).map((id) => resolveTermId(graph, id) ?? id));
      // The site's own name is not a mention of the term HPC.
      const prose = scan.prose.replace(/HPC Atlas/g, '');
      for (const term of terms) {
        if (linked.has(term.id) || (file.kind === 'term' && file.id === term.id)) continue;
        const names = [term.data.names[lang], ...(term.data.aliases?.[lang] ?? [])];
        const hit = names.find((n) => mentions(prose, n));
        if (hit) {
          warnings.push({file: file.file, message: `mentions "${hit}" without linking it`, fix: `link the first mention: [${hit}](/glossary/${term.id})`});
        }
      }
    }
  }
  return warnings;
}
