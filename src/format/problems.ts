import { formatProblem, type Problem } from '../core/problem.js';
import type { Paint } from './paint.js';
import { safeLine } from './terminal.js';

export interface ValidationSummary {
  files: number;
  entries: number;
  errors: number;
  warnings: number;
}

export function summarize(problems: readonly Problem[], files: number, entries: number): ValidationSummary {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, entries, errors, warnings: problems.length - errors };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatProblemsText(problems: readonly Problem[], summary: ValidationSummary, paint: Paint): string {
  const lines = problems.map((p) => {
    const text = safeLine(formatProblem(p));
    return p.severity === 'error' ? paint.error(text) : paint.warning(text);
  });
  const filesWithProblems = new Set(problems.map((p) => p.path)).size;
  const verdict =
    problems.length === 0
      ? `${plural(summary.files, 'file')} checked, ${plural(summary.entries, 'entry').replace('entrys', 'entries')}, no problems`
      : `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(filesWithProblems, 'file')} (${plural(summary.files, 'file')} checked, ${plural(summary.entries, 'entry').replace('entrys', 'entries')} loaded)`;
  return `${[...lines, verdict].join('\n')}\n`;
}

export function problemsToJson(problems: readonly Problem[], summary: ValidationSummary) {
  return {
    ...summary,
    problems: problems.map((p) => ({
      path: p.path, line: p.line, field: p.field, severity: p.severity, message: p.message, hint: p.hint ?? null,
    })),
  };
}
