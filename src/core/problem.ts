export type Severity = 'error' | 'warning';

/** One thing wrong in one file, at one line: the loader's and the validator's only output besides entries. */
export interface Problem {
  /** Relative to the corpus folder. */
  path: string;
  line: number;
  /** The front-matter field, or `file`, `front-matter`, `yaml`, `id` for problems of the whole file. */
  field: string;
  message: string;
  hint?: string;
  severity: Severity;
}

export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.path}:${problem.line}: ${problem.field}: ${label}${problem.message}${hint}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.field.localeCompare(b.field);
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate within a small distance, or undefined. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(lower) && lower.length >= 3 ? 1 : editDistance(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const match = closest(value, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
