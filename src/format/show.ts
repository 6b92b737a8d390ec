// A readable page per entry, for `clic show` on a terminal.
import type { Entry } from '../core/schema.js';
import type { Paint } from './paint.js';
import { safeLine, safeText } from './terminal.js';

function field(label: string, value: string | null, paint: Paint): string[] {
  return value === null || value === '' ? [] : [`${paint.dim(`${label}:`.padEnd(10))}${safeLine(value)}`];
}

export function formatEntryText(entry: Entry, paint: Paint): string {
  const lines: string[] = [
    paint.bold(safeLine(entry.title)),
    `${entry.date} · ${paint.byType(entry.type, entry.type)} · ${safeLine(entry.outlet)}`,
    paint.dim(`${entry.id} (${safeLine(entry.path)})`),
    '',
    ...field('Program', entry.program, paint),
    ...field('Issue', entry.issue, paint),
    ...field('Place', entry.place, paint),
    ...field('Language', entry.language, paint),
    ...field('URL', entry.url, paint),
    ...field('Key', entry.key, paint),
    ...field('Tags', entry.tags.length > 0 ? entry.tags.join(', ') : null, paint),
    ...field('Related', entry.related.length > 0 ? entry.related.join(', ') : null, paint),
  ];
  if (entry.people.length > 0) {
    lines.push(paint.dim('People:'));
    for (const person of entry.people) lines.push(`  ${safeLine(person.name)}${person.role ? paint.dim(` (${safeLine(person.role)})`) : ''}`);
  }
  if (entry.quotes.length > 0) {
    lines.push(paint.dim('Quotes:'));
    for (const quote of entry.quotes) {
      lines.push(`  « ${safeLine(quote.text)} »`);
      const source = [quote.speaker, quote.at].filter((s): s is string => s !== null).map(safeLine).join(', ');
      if (source) lines.push(paint.dim(`    — ${source}`));
    }
  }
  if (entry.updates.length > 0) {
    lines.push(paint.dim('Updates:'));
    for (const update of entry.updates) lines.push(`  ${safeLine(update.date)}  ${safeLine(update.note)}`);
  }
  const body = entry.body.trim();
  if (body !== '') lines.push('', safeText(body));
  return `${lines.join('\n')}\n`;
}

export function formatEntriesText(entries: readonly Entry[], paint: Paint, columns: number): string {
  const rule = `\n${paint.dim('─'.repeat(Math.min(columns, 80)))}\n\n`;
  return entries.map((entry) => formatEntryText(entry, paint)).join(rule);
}
