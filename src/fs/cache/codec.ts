// A file as the cache keeps it, and the check of every record read back: the cache is data
// from outside, like a corpus file, so a record is used only when each of its values is one the
// validator could have given (a known type, a valid date, strings where strings belong…).
import { idFromPath } from '../../core/corpus.js';
import type { Problem } from '../../core/problem.js';
import { FIELDS, isFieldLines, isFieldValue, type Entry } from '../../core/schema.js';

/**
 * A file as cached: the size and times it had when read, and what it loaded to. No tool can set
 * the change time (ctime): one that restores a modification time (cp -p, rsync -t, tar) still
 * changes it, so an edit always shows.
 */
export interface CachedFile {
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  problems: Problem[];
  entry?: Entry;
}

export interface FileStats {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Whether a file still has the size and times it was cached with. */
export const isUnchanged = (cached: FileStats, stats: FileStats): boolean =>
  cached.size === stats.size && cached.mtimeMs === stats.mtimeMs && cached.ctimeMs === stats.ctimeMs;

/** A record: path, size, times, problems, then the entry's fields in schema order, bodyLine and lines (or null). */
export function encodeFile({ path, size, mtimeMs, ctimeMs, problems, entry }: CachedFile): unknown[] {
  const fields = entry ? [...FIELDS.map((field) => entry[field]), entry.bodyLine, entry.lines] : null;
  return [path, size, mtimeMs, ctimeMs, problems, fields];
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
const PROBLEM_KEYS = new Set(['path', 'line', 'field', 'message', 'hint', 'severity']);

function isProblemOf(path: string, value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const problem = value as Record<string, unknown>;
  return Object.keys(problem).every((key) => PROBLEM_KEYS.has(key)) && problem.path === path && isLine(problem.line)
    && typeof problem.field === 'string' && typeof problem.message === 'string'
    && (problem.hint === undefined || typeof problem.hint === 'string')
    && (problem.severity === 'error' || problem.severity === 'warning');
}

function decodeEntry(path: string, fields: unknown): Entry | undefined {
  if (!Array.isArray(fields) || fields.length !== FIELDS.length + 2) return undefined;
  const entry: Record<string, unknown> = { id: idFromPath(path), path };
  for (let i = 0; i < FIELDS.length; i++) {
    if (!isFieldValue(FIELDS[i]!, fields[i])) return undefined;
    entry[FIELDS[i]!] = fields[i];
  }
  const [bodyLine, lines] = fields.slice(FIELDS.length);
  if (!isLine(bodyLine) || !isFieldLines(lines)) return undefined;
  entry.bodyLine = bodyLine;
  entry.lines = lines;
  return entry as Entry;
}

/** A record read back, or undefined when any of its values is not what a file could load to. */
export function decodeFile(record: unknown): CachedFile | undefined {
  if (!Array.isArray(record) || record.length !== 6) return undefined;
  const [path, size, mtimeMs, ctimeMs, problems, fields] = record as unknown[];
  if (typeof path !== 'string' || path === '' || !isTime(size) || !isTime(mtimeMs) || !isTime(ctimeMs)) return undefined;
  if (!Array.isArray(problems) || !problems.every((problem) => isProblemOf(path, problem))) return undefined;
  if (fields === null) return { path, size, mtimeMs, ctimeMs, problems };
  const entry = decodeEntry(path, fields);
  return entry && { path, size, mtimeMs, ctimeMs, problems, entry };
}
