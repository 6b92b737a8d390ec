// A file as the cache keeps it, and the check of every record read back: the cache is data
// from outside, like a corpus file, so a record is used only when each of its values is one the
// validator could have given (a known type, a valid date, strings where strings belong…).
import { idFromPath } from '../../core/corpus.js';
import type { Problem } from '../../core/problem.js';
import { ENTRY_FIELDS, fieldValueCheck, isFieldLines, type Entry, type Quote } from '../../core/schema.js';
import type { PassageWords } from '../../core/search/index.js';
import { isFoldedWord } from '../../core/search/words.js';

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
 * The records section holds its files by column: one array per column, a value per file, in
 * path order. A shard's keys are then written once, not once per file, and each column is
 * checked with one check for all its values: this section is read at every warm load, and by
 * record it took a third more bytes to parse and a check per key and file.
 * A file without an entry has null in `bodyLine`, `lines` and every field's column; an entry's
 * id is its file name, so it is not kept.
 */
const FILE_COLUMNS = ['path', 'size', 'mtimeMs', 'ctimeMs', 'problems', 'bodyLine', 'lines'] as const;
const COLUMNS: readonly string[] = [...FILE_COLUMNS, ...ENTRY_FIELDS];

/** The records section of `files`: each column's values, in the order of `files`. */
export function encodeFiles(files: readonly CachedFile[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  for (const column of COLUMNS) columns[column] = [];
  for (const { path, size, mtimeMs, ctimeMs, problems, entry } of files) {
    columns.path!.push(path);
    columns.size!.push(size);
    columns.mtimeMs!.push(mtimeMs);
    columns.ctimeMs!.push(ctimeMs);
    columns.problems!.push(problems);
    columns.bodyLine!.push(entry ? entry.bodyLine : null);
    columns.lines!.push(entry ? entry.lines : null);
    for (const field of ENTRY_FIELDS) columns[field]!.push(entry ? entry[field] : null);
  }
  return columns;
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

/** `value` as columns when it has exactly the keys of COLUMNS, each an array of `files` values. */
function columnsOf(value: unknown): Record<string, unknown[]> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const columns = value as Record<string, unknown>;
  const paths = columns.path;
  if (!Array.isArray(paths)) return undefined;
  let keys = 0;
  for (const key in columns) {
    const column = columns[key];
    if (!Object.hasOwn(columns, key) || !COLUMNS.includes(key) || !Array.isArray(column) || column.length !== paths.length) return undefined;
    keys++;
  }
  return keys === COLUMNS.length ? (columns as Record<string, unknown[]>) : undefined;
}

/**
 * The files of a records section read back, in path order; undefined when any value is not what
 * a file could load to (the cache is data from outside, like a corpus file: a known type, a
 * valid date, strings where strings belong…), or the paths are not in strictly increasing order.
 */
export function decodeFiles(value: unknown): CachedFile[] | undefined {
  const columns = columnsOf(value);
  if (!columns) return undefined;
  const { path: paths, size, mtimeMs, ctimeMs, problems, bodyLine, lines } = columns as Record<(typeof FILE_COLUMNS)[number], unknown[]>;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    if (typeof path !== 'string' || path === '' || (i > 0 && (paths[i - 1] as string) >= path)) return undefined;
    if (!isTime(size[i]) || !isTime(mtimeMs[i]) || !isTime(ctimeMs[i])) return undefined;
    const fileProblems = problems[i];
    if (!Array.isArray(fileProblems) || !fileProblems.every((problem) => isProblemOf(path, problem))) return undefined;
    if (bodyLine[i] === null ? lines[i] !== null : !isLine(bodyLine[i]) || !isFieldLines(lines[i])) return undefined;
  }
  for (const field of ENTRY_FIELDS) {
    const isValue = fieldValueCheck(field);
    const column = columns[field]!;
    for (let i = 0; i < column.length; i++) if (bodyLine[i] === null ? column[i] !== null : !isValue(column[i])) return undefined;
  }
  return (paths as string[]).map((path, i): CachedFile => {
    const problemsOf = problems[i] as Problem[];
    const times = { size: size[i] as number, mtimeMs: mtimeMs[i] as number, ctimeMs: ctimeMs[i] as number };
    return bodyLine[i] === null ? { path, ...times, problems: problemsOf } : { path, ...times, problems: problemsOf, entry: entryAt(columns, path, i) };
  });
}

/**
 * The entry of file `index` of checked columns. One object literal, typed as an Entry, so that
 * the compiler holds it to the schema (a field added or missing fails to build), with its keys in
 * the order the validator makes them (a test compares the two): a loop over the fields storing
 * each by name took five times as long, at every warm load.
 */
function entryAt(columns: Record<string, unknown[]>, path: string, index: number): Entry {
  const value = <T>(column: string): T => columns[column]![index] as T;
  return {
    id: idFromPath(path), path, title: value('title'), type: value('type'), date: value('date'), outlet: value('outlet'),
    program: value('program'), issue: value('issue'), place: value('place'), language: value('language'), url: value('url'),
    people: value('people'), tags: value('tags'), related: value('related'), updates: value('updates'), key: value('key'),
    bodyLine: value('bodyLine'), lines: value('lines'),
  };
}

/** Each file's quotes read back, in record order, or undefined when any is not what a file could load to. */
export function decodeQuotes(value: unknown, files: number): Quote[][] | undefined {
  return Array.isArray(value) && value.length === files && value.every(fieldValueCheck('quotes')) ? (value as Quote[][]) : undefined;
}

/**
 * JSON with every character above U+007F written as a \u escape: read back with a Latin-1
 * decode (a copy, one byte a character) instead of a UTF-8 one, which took as long as the parse.
 */
export const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The words section: a line of JSON (the vocabulary, the counts of passages and visits, and the
 * byte order the numbers were written in), then the numbers of PassageWords as 32-bit integers,
 * array after array: passageStarts, words, ordinals, lengths. Numbers in JSON took longer to
 * parse than visiting the words again; these are copied into typed arrays as they are.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

interface WordsHead {
  vocabulary: string[];
  passages: number;
  visits: number;
  littleEndian: boolean;
}

/** The words section of `words`, as ASCII JSON and bytes. */
export function encodeWords(words: PassageWords): Buffer {
  const head: WordsHead = { vocabulary: [...words.vocabulary], passages: words.lengths.length, visits: words.words.length, littleEndian: LITTLE_ENDIAN };
  const line = Buffer.from(`${asciiJson(head)}\n`, 'latin1');
  const arrays = [words.passageStarts, words.words, words.ordinals, words.lengths].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  return Buffer.concat([line, ...arrays]);
}

/** The 32-bit integers at `offset` of `bytes`, copied (a typed array over a Buffer may not be aligned). */
function integersAt(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const integers = new Uint32Array(count);
  new Uint8Array(integers.buffer).set(bytes.subarray(offset, offset + 4 * count));
  return integers;
}

/**
 * A words section read back, for `passages` passages (the shard's quotes); undefined unless it is
 * whole and consistent: every word one that folding gives, every word id in the vocabulary, every
 * passage's visits in order and within the whole, every ordinal within its passage's words.
 */
export function decodeWords(section: Buffer, passages: number): PassageWords | undefined {
  const lineEnd = section.indexOf(0x0a);
  if (lineEnd === -1) return undefined;
  const head = JSON.parse(section.toString('latin1', 0, lineEnd)) as Partial<WordsHead> | null;
  if (typeof head !== 'object' || head === null || head.littleEndian !== LITTLE_ENDIAN || head.passages !== passages) return undefined;
  const { vocabulary, visits } = head;
  if (!Array.isArray(vocabulary) || !vocabulary.every(isFoldedWord)) return undefined;
  if (!Number.isInteger(visits) || visits! < 0 || section.length - lineEnd - 1 !== 4 * (2 * passages + 1 + 2 * visits!)) return undefined;
  let at = lineEnd + 1;
  const passageStarts = integersAt(section, at, passages + 1);
  const words = integersAt(section, (at += 4 * (passages + 1)), visits!);
  const ordinals = integersAt(section, (at += 4 * visits!), visits!);
  const lengths = integersAt(section, at + 4 * visits!, passages);
  if (passageStarts[0] !== 0 || passageStarts[passages] !== visits) return undefined;
  for (let p = 0; p < passages; p++) {
    if (passageStarts[p + 1]! < passageStarts[p]!) return undefined;
    for (let v = passageStarts[p]!; v < passageStarts[p + 1]!; v++) if (words[v]! >= vocabulary.length || ordinals[v]! >= lengths[p]!) return undefined;
  }
  return { vocabulary, passageStarts, words, ordinals, lengths };
}

/**
 * A body as the cache keeps it: UTF-8 bytes. A body comes from a file decoded as strict UTF-8, so
 * it holds no lone surrogate, and its bytes give it back exactly.
 */
export const encodeBody = (body: string): Buffer => Buffer.from(body, 'utf8');

/** A body read back from its bytes (a Buffer posted by a worker arrives as a Uint8Array). */
export const decodeBody = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
