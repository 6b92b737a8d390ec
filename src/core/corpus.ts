// Files → entries and problems. Pure: the walk and the reads live in src/fs; this decides
// ids, duplicates and order, and keeps every good entry whatever its neighbours hold.
import { bodyStartInBytes, decodeUtf8, parseEntryText, strictDecoder } from './parse.js';
import { compareProblems, type Problem } from './problem.js';
import { ID_PATTERN, type Entry, type Quote } from './schema.js';
import { byId, compareText, ordered } from './sort.js';
import { validateEntry } from './validate.js';

export interface SourceFile {
  /** Relative to the corpus folder, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

/** A file that could be listed but not read: its problem stands in for its entry. */
export interface UnreadableFile {
  path: string;
  problem: Problem;
}

export interface FileResult {
  path: string;
  id: string;
  entry?: Entry;
  /** The entry's quotes and body, from the same read of the file; present when `entry` is. */
  quotes?: Quote[];
  body?: string;
  problems: Problem[];
}

export interface Corpus {
  /** Every entry that loaded, ordered by id. */
  entries: Entry[];
  /** Every problem in every file, sorted by path and line. */
  problems: Problem[];
  /** Files that gave no entry. */
  skipped: number;
}

export function idFromPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}

/**
 * What a load keeps of each body: its text; its UTF-8 bytes, as the cache writes it; or nothing,
 * for a store that never gives one.
 */
export type BodyKeeping = 'text' | 'bytes' | 'none';

/** A file's result, its body given as `bodies` asked: text in `body`, bytes in `bodyBytes`. */
export type LoadedFile = FileResult & { bodyBytes?: Uint8Array };

/** For a body: a byte-order mark is dropped at the start of a file only, not of its body. */
const BODY_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_ENCODER = new TextEncoder();

/** Whether `bytes` are UTF-8, by decoding them: the loader in src/fs gives Node's isUtf8 instead. */
const decodesAsUtf8 = (bytes: Uint8Array): boolean => decodeUtf8(bytes, '').ok;

/** Above this size a file takes the text path, which says when it is too large to read as one string. */
const SPLIT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * One file on its own: decode, parse, validate. The part of loading that a cache can keep.
 * A body kept as bytes or not at all is not decoded: when the file is well-formed UTF-8 without
 * NUL and its front matter closes, only the front matter is decoded (at 10,000 files, in-process:
 * 360 → 252 ms with bodies as bytes, 229 → 210 without). Any other file, and a body kept as text
 * (decoding it apart cost a little more than decoding the file whole), takes loadFileText, which
 * also says what is wrong with a file. Both give the same result (test/fuzz/split-loader.test.ts).
 */
export function loadFile(file: SourceFile, bodies: BodyKeeping = 'text', isUtf8: (bytes: Uint8Array) => boolean = decodesAsUtf8): LoadedFile {
  const { path, bytes } = file;
  const bodyStart = bodies !== 'text' && bytes.length <= SPLIT_MAX_BYTES && !bytes.includes(0) ? bodyStartInBytes(bytes) : -1;
  if (bodyStart === -1 || !isUtf8(bytes)) return keptAs(loadFileText(file), bodies);
  const id = idFromPath(path);
  const parsed = parseEntryText(strictDecoder(bytes.subarray(0, bodyStart)), path);
  if (!parsed.ok) return { path, id, problems: [parsed.problem] };
  const { entry, quotes, problems } = validateEntry(parsed.raw, id, path);
  if (!entry) return { path, id, problems };
  if (bodies === 'none') return { path, id, entry, quotes, problems };
  const bodyBytes = bytes.subarray(bodyStart);
  // A body with CRLF line ends is kept with LF ones, as the text path gives it.
  if (bodyBytes.includes(0x0d)) return { path, id, entry, quotes, bodyBytes: UTF8_ENCODER.encode(BODY_DECODER.decode(bodyBytes).replace(/\r\n/g, '\n')), problems };
  // A copy: the caller's bytes may be a buffer read into again for the next file. (Not slice():
  // on a Node Buffer it gives a view of the same memory.)
  return { path, id, entry, quotes, bodyBytes: new Uint8Array(bodyBytes), problems };
}

/** `result` with its body as `bodies` asks. */
function keptAs(result: FileResult, bodies: BodyKeeping): LoadedFile {
  const { body, ...rest } = result;
  if (bodies === 'text' || body === undefined) return result;
  return bodies === 'bytes' ? { ...rest, bodyBytes: UTF8_ENCODER.encode(body) } : rest;
}

/** One file decoded whole, then parsed and validated: every file can be loaded this way. */
export function loadFileText(file: SourceFile): FileResult {
  const id = idFromPath(file.path);
  const decoded = decodeUtf8(file.bytes, file.path);
  if (!decoded.ok) return { path: file.path, id, problems: [decoded.problem] };
  const parsed = parseEntryText(decoded.text, file.path);
  if (!parsed.ok) return { path: file.path, id, problems: [parsed.problem] };
  const { entry, quotes, body, problems } = validateEntry(parsed.raw, id, file.path);
  return entry ? { path: file.path, id, entry, quotes, body, problems } : { path: file.path, id, problems };
}

/** Puts per-file results together: id rules across the corpus, related ids, order. */
export function assembleCorpus(results: FileResult[], unreadable: UnreadableFile[] = []): Corpus {
  const problems: Problem[] = unreadable.map((u) => u.problem);
  // The path of the file that first gave each id, and the entries in path order.
  const pathOfId = new Map<string, string>();
  const loaded: Entry[] = [];
  const sorted = ordered(results, (a, b) => compareText(a.path, b.path));
  for (const result of sorted) {
    problems.push(...result.problems);
    if (!ID_PATTERN.test(result.id)) {
      problems.push({
        path: result.path, line: 1, field: 'id', severity: 'error',
        message: `file name \`${result.id}.md\` is not a valid id`,
        hint: `rename it to ${suggestId(result.id)}.md: lowercase ASCII letters, digits and single hyphens`,
      });
      continue;
    }
    const earlier = pathOfId.get(result.id);
    if (earlier !== undefined) {
      problems.push({
        path: result.path, line: 1, field: 'id', severity: 'error',
        message: `duplicate id \`${result.id}\`: ${earlier} and ${result.path}`,
        hint: 'rename one of the two files',
      });
      continue;
    }
    pathOfId.set(result.id, result.path);
    if (result.entry) loaded.push(result.entry);
  }
  for (const entry of loaded) {
    entry.related.forEach((id, index) => {
      if (!pathOfId.has(id)) {
        problems.push({
          path: entry.path, line: entry.lines.related ?? 1, field: `related[${index + 1}]`, severity: 'warning',
          message: `no entry has the id \`${id}\``,
        });
      }
    });
  }
  const entries = ordered(loaded, byId);
  problems.sort(compareProblems);
  return { entries, problems, skipped: results.length + unreadable.length - entries.length };
}

export function suggestId(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[œŒ]/g, 'oe')
      .replace(/[æÆ]/g, 'ae')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // One hyphen at most at each end: the line above made every run one hyphen.
      .replace(/^-|-$/g, '') || 'entry'
  );
}

export function loadCorpus(files: SourceFile[], unreadable: UnreadableFile[] = []): Corpus {
  return assembleCorpus(files.map((file) => loadFile(file)), unreadable);
}
