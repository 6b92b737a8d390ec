// A file as the cache keeps it, and the check of every record read back: the cache is data
// from outside, like a corpus file, so a record is used only when each of its values is one the
// validator could have given (a known type, a valid date, strings where strings belong…).
import { idFromPath } from '../../core/corpus.js';
import type { Problem } from '../../core/problem.js';
import { ENTRY_FIELDS, isFieldLines, isFieldValue, type Entry, type Quote } from '../../core/schema.js';

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
 * The keys of a cached entry, in the order a record gives them: the order the validator makes
 * them in. The record holds the entry as the plain object it is, so that the one JSON.parse of
 * a shard's records makes the entries themselves, and reading them back only checks them.
 */
const ENTRY_KEYS: readonly string[] = ['id', 'path', ...ENTRY_FIELDS, 'bodyLine', 'lines'];

const inCacheOrder = (entry: Entry): Record<string, unknown> => {
  const ordered: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) ordered[key] = entry[key as keyof Entry];
  return ordered;
};

/** A record: path, size, times, problems, then the entry (keys in ENTRY_KEYS order) or null. */
export function encodeFile({ path, size, mtimeMs, ctimeMs, problems, entry }: CachedFile): unknown[] {
  return [path, size, mtimeMs, ctimeMs, problems, entry ? inCacheOrder(entry) : null];
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

/** Whether `value` has exactly the keys of ENTRY_KEYS, in that order (the order clic writes). */
function hasEntryKeys(value: object): boolean {
  let i = 0;
  for (const key in value) if (key !== ENTRY_KEYS[i++] || !Object.hasOwn(value, key)) return false;
  return i === ENTRY_KEYS.length;
}

function isEntryOf(path: string, value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !hasEntryKeys(value)) return false;
  const entry = value as Record<string, unknown>;
  if (entry.path !== path || entry.id !== idFromPath(path) || !isLine(entry.bodyLine) || !isFieldLines(entry.lines)) return false;
  for (const field of ENTRY_FIELDS) if (!isFieldValue(field, entry[field])) return false;
  return true;
}

/** A record read back, or undefined when any of its values is not what a file could load to. */
export function decodeFile(record: unknown): CachedFile | undefined {
  if (!Array.isArray(record) || record.length !== 6) return undefined;
  const [path, size, mtimeMs, ctimeMs, problems, entry] = record as unknown[];
  if (typeof path !== 'string' || path === '' || !isTime(size) || !isTime(mtimeMs) || !isTime(ctimeMs)) return undefined;
  if (!Array.isArray(problems) || !problems.every((problem) => isProblemOf(path, problem))) return undefined;
  if (entry === null) return { path, size, mtimeMs, ctimeMs, problems };
  return isEntryOf(path, entry) ? { path, size, mtimeMs, ctimeMs, problems, entry } : undefined;
}

/** Each file's quotes read back, in record order, or undefined when any is not what a file could load to. */
export function decodeQuotes(value: unknown, files: number): Quote[][] | undefined {
  return Array.isArray(value) && value.length === files && value.every((quotes) => isFieldValue('quotes', quotes)) ? (value as Quote[][]) : undefined;
}

/**
 * A body as the cache keeps it: UTF-8 bytes. A body comes from a file decoded as strict UTF-8, so
 * it holds no lone surrogate, and its bytes give it back exactly.
 */
export const encodeBody = (body: string): Buffer => Buffer.from(body, 'utf8');

/** A body read back from its bytes (a Buffer posted by a worker arrives as a Uint8Array). */
export const decodeBody = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
