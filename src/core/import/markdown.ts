// Other sites' Markdown pages (Hugo, Jekyll): one item per file, its front matter mapped by
// name like a CSV row, its body kept as the body.
import { parseEntryText } from '../parse.js';
import { cleanBlock } from './clean.js';
import type { ParsedInput } from './draft.js';
import type { Target } from './mapping.js';
import { draftFromRecord, newNameUse, type NameUse } from './record.js';

export function parseMarkdownPage(text: string, overrides: ReadonlyMap<string, Target>, names: NameUse = newNameUse()): ParsedInput & { names: NameUse } {
  const result: ParsedInput & { names: NameUse } = { drafts: [], broken: [], notes: [], names };
  const parsed = parseEntryText(text, 'page');
  if (!parsed.ok) {
    result.broken.push({ line: parsed.problem.line, message: `front matter not read: ${parsed.problem.message}` });
    return result;
  }
  const draft = draftFromRecord(Object.entries(parsed.raw.data).map(([key, value]) => ({ key, value })), 1, overrides, names);
  const body = cleanBlock(parsed.raw.body);
  if (body !== '') draft.body.push(body);
  result.drafts.push(draft);
  return result;
}
