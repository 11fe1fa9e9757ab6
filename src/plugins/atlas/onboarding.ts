/**
 * The onboarding path: pages whose front matter has `onboarding: {step, terms,
 * read}`. The check keeps the path honest: steps are numbered 1…n without gaps,
 * every term and page exists, and no step links a term that a later step
 * introduces (a reader would meet it before it is explained).
 */
import type {AtlasGraph} from './graph';
import type {AtlasIssue} from './issues';
import {entryKey} from './load';
import {parseGlossaryHref} from './links';
import type {OnboardingStepFrontMatter} from './schema';
import type {EntryKind} from './vocabulary';
import {DEFAULT_LOCALE} from './vocabulary';

export interface OnboardingPage {
  /** Page path within the docs instance, e.g. `onboarding/kv-cache`. */
  readonly id: string;
  readonly file: string;
  readonly step: OnboardingStepFrontMatter;
}

export function onboardingPages(graph: AtlasGraph): OnboardingPage[] {
  const files = graph.locales.get(DEFAULT_LOCALE)?.files.values() ?? [];
  return [...files]
    .flatMap((f) => (f.kind === 'page' && f.instance === 'docs' && 'onboarding' in f.raw && f.raw.onboarding ? [{id: f.id, file: f.file, step: f.raw.onboarding as OnboardingStepFrontMatter}] : []))
    .sort((a, b) => a.step.step - b.step.step);
}

export function checkOnboarding(graph: AtlasGraph): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  const pages = onboardingPages(graph);
  pages.forEach((page, index) => {
    if (page.step.step !== index + 1) {
      issues.push({file: page.file, field: 'onboarding.step', message: `is ${page.step.step}, but this is step ${index + 1} of the path`, fix: `number the steps 1 to ${pages.length} without gaps or repeats`});
    }
    for (const [i, term] of page.step.terms.entries()) {
      if (!graph.entries.has(entryKey('term', term))) issues.push({file: page.file, field: `onboarding.terms.${i}`, message: `no glossary term has the id \`${term}\``, fix: 'introduce a term that has a page in glossary/'});
    }
    for (const [i, ref] of page.step.read.entries()) {
      const [kind, id] = ref.split(':') as [EntryKind, string];
      if (!graph.entries.has(entryKey(kind, id))) issues.push({file: page.file, field: `onboarding.read.${i}`, message: `no ${kind} has the id \`${id}\``, fix: 'list a page that exists'});
    }
  });
  const introducedAt = new Map<string, number>();
  for (const page of pages) for (const term of page.step.terms) if (!introducedAt.has(term)) introducedAt.set(term, page.step.step);
  for (const locale of graph.locales.values()) {
    for (const page of pages) {
      const file = locale.files.get(`docs:${page.id}`);
      if (!file) continue;
      for (const link of graph.bodies.get(file.file)!.links) {
        const term = parseGlossaryHref(link.url);
        const later = term === undefined ? undefined : introducedAt.get(term);
        if (later !== undefined && later > page.step.step) {
          issues.push({
            file: file.file,
            line: file.bodyStartLine + link.line,
            message: `step ${page.step.step} links \`${term}\`, which step ${later} introduces`,
            fix: `introduce it here (add it to onboarding.terms of this step and remove it from step ${later}), or do not rely on it yet`,
          });
        }
      }
    }
  }
  return issues;
}
