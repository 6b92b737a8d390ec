// A file as the cache keeps it, and the check of every record read back: the cache is data
// from outside, like a corpus file, so a record is used only when each of its values is one the
// validator could have given (a known type, a valid date, strings where strings belong…).
import { idFromPath } from '../../core/corpus.js';
import type { Problem } from '../../core/problem.js';
import { FIELD_TABLE, FIELDS, isFieldLines, isFieldValue, type Entry, type FieldKind, type FieldName } from '../../core/schema.js';

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

/**
 * The keys of the objects each list kind holds, in the order a cached record gives their values:
 * lists of objects are cached as lists of arrays, which parse in half the time.
 */
const ITEM_KEYS: Partial<Record<FieldKind, readonly string[]>> = {
  // `org` last: written only when true (an organisation), so a person's item stays two values.
  people: ['name', 'role', 'org'],
  quotes: ['text', 'speaker', 'at', 'line'],
  updates: ['date', 'note'],
};

const encodeValue = (field: FieldName, value: unknown): unknown => {
  const keys = ITEM_KEYS[FIELD_TABLE[field].kind];
  if (!keys) return value;
  return (value as Record<string, unknown>[]).map((item) => {
    const values = keys.map((key) => item[key]);
    while (values.length > 0 && values.at(-1) === undefined) values.pop();
    return values;
  });
};

/** A cached value made back into what the entry holds, or undefined when its shape is wrong. */
function decodeValue(field: FieldName, value: unknown): unknown {
  const keys = ITEM_KEYS[FIELD_TABLE[field].kind];
  if (!keys) return value;
  if (!Array.isArray(value)) return undefined;
  const items: Record<string, unknown>[] = [];
  for (const values of value) {
    if (!Array.isArray(values) || values.length > keys.length) return undefined;
    const item: Record<string, unknown> = {};
    values.forEach((v, i) => (item[keys[i]!] = v));
    items.push(item);
  }
  return items;
}

/** An entry's lines as one number a field, in schema order, 0 for a field it does not have. */
const encodeLines = (lines: Entry['lines']): number[] => FIELDS.map((field) => lines[field] ?? 0);

function decodeLines(value: unknown): Entry['lines'] | undefined {
  if (!Array.isArray(value) || value.length !== FIELDS.length) return undefined;
  const lines: Record<string, unknown> = {};
  FIELDS.forEach((field, i) => {
    if (value[i] !== 0) lines[field] = value[i];
  });
  return isFieldLines(lines) ? lines : undefined;
}

/** A record: path, size, times, problems, then the entry's fields in schema order, bodyLine and lines (or null). */
export function encodeFile({ path, size, mtimeMs, ctimeMs, problems, entry }: CachedFile): unknown[] {
  const fields = entry ? [...FIELDS.map((field) => encodeValue(field, entry[field])), entry.bodyLine, encodeLines(entry.lines)] : null;
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
    const value = decodeValue(FIELDS[i]!, fields[i]);
    if (!isFieldValue(FIELDS[i]!, value)) return undefined;
    entry[FIELDS[i]!] = value;
  }
  const bodyLine = fields[FIELDS.length];
  const lines = decodeLines(fields[FIELDS.length + 1]);
  if (!isLine(bodyLine) || !lines) return undefined;
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
