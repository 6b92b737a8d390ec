// Files → entries and problems. Pure: the walk and the reads live in src/fs; this decides
// ids, duplicates and order, and keeps every good entry whatever its neighbours hold.
import { decodeUtf8, parseEntryText } from './parse.js';
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

/** One file on its own: decode, parse, validate. The part of loading that a cache can keep. */
export function loadFile(file: SourceFile): FileResult {
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
  return assembleCorpus(files.map(loadFile), unreadable);
}
