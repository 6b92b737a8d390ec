// A readable page per entry, for `clic show` on a terminal.
import type { FullEntry } from '../core/schema.js';
import type { Paint } from './paint.js';
import { quoteMarksFor, quoteSource } from './quotes.js';
import { safeLine, safeText, wrapLine } from './terminal.js';

/** Prose is wrapped to the terminal, but never wider than this, which reads best. */
const MAX_PROSE_WIDTH = 100;

const LABEL_WIDTH = 10;

function field(label: string, value: string | null, paint: Paint, width: number): string[] {
  if (value === null || value === '') return [];
  const [first = '', ...rest] = wrapLine(`${' '.repeat(LABEL_WIDTH)}${safeLine(value)}`, width, ' '.repeat(LABEL_WIDTH));
  return [`${paint.dim(`${label}:`.padEnd(LABEL_WIDTH))}${first.slice(LABEL_WIDTH)}`, ...rest];
}

export function formatEntryText(entry: FullEntry, paint: Paint, columns: number): string {
  const width = Math.max(20, Math.min(columns, MAX_PROSE_WIDTH));
  const lines: string[] = [
    paint.bold(safeLine(entry.title)),
    `${entry.date} · ${paint.byType(entry.type, entry.type)} · ${safeLine(entry.outlet)}`,
    // The path holds the id, and is what a person needs to open the file.
    paint.dim(safeLine(entry.path)),
    '',
    ...field('Program', entry.program, paint, width),
    ...field('Issue', entry.issue, paint, width),
    ...field('Place', entry.place, paint, width),
    ...field('Language', entry.language, paint, width),
    ...field('URL', entry.url, paint, width),
    ...field('Key', entry.key, paint, width),
    // An empty list joins to '', which `field` leaves out.
    ...field('Tags', entry.tags.join(', '), paint, width),
    ...field('Related', entry.related.join(', '), paint, width),
  ];
  if (entry.people.length > 0) {
    lines.push(paint.dim('People:'));
    for (const person of entry.people) lines.push(`  ${safeLine(person.name)}${person.role ? paint.dim(` (${safeLine(person.role)})`) : ''}`);
  }
  if (entry.quotes.length > 0) {
    lines.push(paint.dim('Quotes:'));
    const marks = quoteMarksFor(entry.language);
    for (const quote of entry.quotes) {
      lines.push(...wrapLine(`  ${marks.open}${safeLine(quote.text)}${marks.close}`, width, '    '));
      const source = quoteSource(quote.speaker && safeLine(quote.speaker), quote.at && safeLine(quote.at));
      if (source) lines.push(paint.dim(`    ${source}`));
    }
  }
  if (entry.updates.length > 0) {
    lines.push(paint.dim('Updates:'));
    for (const update of entry.updates) {
      const date = safeLine(update.date);
      lines.push(...wrapLine(`  ${date}  ${safeLine(update.note)}`, width, ' '.repeat(date.length + 4)));
    }
  }
  const body = entry.body.trim();
  if (body !== '') {
    lines.push('');
    for (const line of safeText(body).split('\n')) lines.push(...wrapLine(line, width, /^ */.exec(line)![0]));
  }
  return `${lines.join('\n')}\n`;
}

export function formatEntriesText(entries: readonly FullEntry[], paint: Paint, columns: number): string {
  const rule = `\n${paint.dim('─'.repeat(Math.min(columns, 80)))}\n\n`;
  return entries.map((entry) => formatEntryText(entry, paint, columns)).join(rule);
}
