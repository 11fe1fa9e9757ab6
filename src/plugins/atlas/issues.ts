/** A problem found in the content, phrased for the person who has to fix it. */
export interface AtlasIssue {
  readonly file: string;
  readonly field?: string;
  readonly line?: number;
  readonly message: string;
  readonly fix: string;
}

export function formatIssue(issue: AtlasIssue): string {
  const where = [issue.file + (issue.line ? `:${issue.line}` : ''), issue.field].filter(Boolean).join(' › ');
  return `${where}: ${issue.message}\n  → fix: ${issue.fix}`;
}

export class AtlasContentError extends Error {
  constructor(readonly issues: readonly AtlasIssue[]) {
    super(
      `HPC Atlas content check failed with ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n\n` +
        issues.map(formatIssue).join('\n\n'),
    );
    this.name = 'AtlasContentError';
  }
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closest(value, candidates);
  return match ? `did you mean \`${match}\`?` : '';
}
