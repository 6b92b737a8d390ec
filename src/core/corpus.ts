// Files → entries and problems. Pure: the walk and the reads live in src/fs; this decides
// ids, duplicates and order, and keeps every good entry whatever its neighbours hold.
import { decodeUtf8, parseEntryText } from './parse.js';
import { compareProblems, type Problem } from './problem.js';
import { ID_PATTERN, type Entry } from './schema.js';
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
  const { entry, problems } = validateEntry(parsed.raw, id, file.path);
  return { path: file.path, id, entry, problems };
}

/** Puts per-file results together: id rules across the corpus, related ids, order. */
export function assembleCorpus(results: FileResult[], unreadable: UnreadableFile[] = []): Corpus {
  const problems: Problem[] = unreadable.map((u) => u.problem);
  const byId = new Map<string, Entry>();
  const firstPathOfId = new Map<string, string>();
  const byPath = (a: FileResult, b: FileResult): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  // Results usually come in path order already: checking is cheaper than sorting.
  const inOrder = results.every((result, i) => i === 0 || byPath(results[i - 1]!, result) < 0);
  const sorted = inOrder ? results : [...results].sort(byPath);
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
    const earlier = firstPathOfId.get(result.id);
    if (earlier !== undefined) {
      problems.push({
        path: result.path, line: 1, field: 'id', severity: 'error',
        message: `duplicate id \`${result.id}\`: ${earlier} and ${result.path}`,
        hint: 'rename one of the two files',
      });
      continue;
    }
    firstPathOfId.set(result.id, result.path);
    if (result.entry) byId.set(result.id, result.entry);
  }
  for (const entry of byId.values()) {
    entry.related.forEach((id) => {
      if (!firstPathOfId.has(id)) {
        const index = entry.related.indexOf(id);
        problems.push({
          path: entry.path, line: entry.lines.related ?? 1, field: `related[${index + 1}]`, severity: 'warning',
          message: `no entry has the id \`${id}\``,
        });
      }
    });
  }
  const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
      .replace(/^-+|-+$/g, '') || 'entry'
  );
}

export function loadCorpus(files: SourceFile[], unreadable: UnreadableFile[] = []): Corpus {
  return assembleCorpus(files.map(loadFile), unreadable);
}
