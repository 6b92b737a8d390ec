// YAML data lists (`_data/press.yml`). Each item is read on its own, through the same safe YAML
// reading as the corpus files (core schema, no anchors): a mis-indented item at the end costs
// that item, reported by line, never the items before it.
import { parseEntryText } from '../parse.js';
import type { ImportNote, ParsedInput } from './draft.js';
import type { Target } from './mapping.js';
import { draftFromRecord, newNameUse, type NameUse } from './record.js';

interface Chunk {
  /** 1-based line of the chunk's first line. */
  line: number;
  lines: string[];
}

const ITEM = /^(\s*)-(?:\s|$)/;
const indentOf = (line: string): number => /^\s*/.exec(line)![0].length;
const isBlank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/**
 * Splits the text at the lines that start an item of the list (or that stand at or left of its
 * indentation, where a mis-indented item begins). Lines before the first item (a `press:` key,
 * comments, a `---`) are not part of it; `end` is the line where a nested list ends.
 */
function chunks(text: string): { items: Chunk[]; end?: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => ITEM.test(line));
  if (first === -1) return { items: [] };
  const indent = indentOf(lines[first]!);
  const items: Chunk[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    // A list under a key (`press:`) ends at the next key left of it: a sibling, not a broken item.
    if (!isBlank(line) && indentOf(line) < indent) return { items, end: i + 1 };
    const starts = !isBlank(line) && indentOf(line) <= indent && line.trim() !== '---' && line.trim() !== '...';
    if (starts) items.push({ line: i + 1, lines: [line] });
    // The first line (an item) always starts a chunk, so there is one to continue.
    else if (line.trim() !== '---') items[items.length - 1]!.lines.push(line);
  }
  return { items };
}

/** The mapping an item holds, with `- ` turned into indentation so that it reads as front matter. */
function readItem(chunk: Chunk, indent: number): { data: Record<string, unknown> } | ImportNote {
  const [first, ...rest] = chunk.lines;
  if (!ITEM.test(first!)) {
    return { line: chunk.line, message: `\`${first!.trim().slice(0, 40)}\` is not an item of the list (mis-indented, or missing \`- \`)` };
  }
  const dedent = (line: string): string => line.slice(Math.min(indentOf(line), indent + 2));
  const text = [first!.replace(/^(\s*)-/, '$1 '), ...rest].map(dedent).join('\n');
  const parsed = parseEntryText(`---\n${text}\n---\n`, 'item');
  if (!parsed.ok) {
    const line = chunk.line + Math.max(0, parsed.problem.line - 2);
    return { line, message: `item not read: ${parsed.problem.message}` };
  }
  return { data: parsed.raw.data };
}

export function parseYamlList(text: string, overrides: ReadonlyMap<string, Target>, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  const { items, end } = chunks(text);
  if (items.length === 0) {
    result.broken.push({ line: 1, message: 'no YAML list found (items start with `- `)' });
    return result;
  }
  if (end !== undefined) result.notes.push({ line: end, message: 'the list ends here; the rest of the file is left out' });
  const indent = indentOf(items[0]!.lines[0]!);
  for (const chunk of items) {
    const item = readItem(chunk, indent);
    if ('message' in item) result.broken.push(item);
    else result.drafts.push(draftFromRecord(Object.entries(item.data).map(([key, value]) => ({ key, value })), chunk.line, overrides, names));
  }
  return result;
}
