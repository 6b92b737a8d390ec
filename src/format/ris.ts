// RIS (Zotero, EndNote, Mendeley): one `TY  -` … `ER  -` record per entry, CRLF line ends,
// UTF-8. Every value is one line, so no text can start a tag of its own.
import type { PersonName } from '../core/names.js';
import type { Entry, EntryType } from '../core/schema.js';
import { citationKey, credits, LeftOut, oneLine, type ExportWriter } from './bibliography.js';

/**
 * `TY` codes that Zotero's RIS import reads back as the same kind (NEWS → newspaper article,
 * SOUND → audio recording, VIDEO → video recording, SLIDE → presentation, BOOK → book), and
 * the tag that holds the outlet for each. RIS has no code for an award: GEN, generic.
 */
export const RIS_TYPES: Readonly<Record<EntryType, { type: string; outlet: 'T2' | 'PB' }>> = {
  interview: { type: 'NEWS', outlet: 'T2' },
  podcast: { type: 'SOUND', outlet: 'PB' },
  video: { type: 'VIDEO', outlet: 'PB' },
  'op-ed': { type: 'NEWS', outlet: 'T2' },
  press: { type: 'NEWS', outlet: 'T2' },
  award: { type: 'GEN', outlet: 'PB' },
  event: { type: 'SLIDE', outlet: 'T2' },
  book: { type: 'BOOK', outlet: 'PB' },
};

const EOL = '\r\n';

/** `2020-05-14` → `2020/05/14/`; partial dates keep their empty parts: `2020/05//`, `2020///`. */
export function risDate(date: string): string {
  const [year, month = '', day = ''] = date.split('-');
  return `${year}/${month}/${day}/`;
}

/** `Family, Given, Suffix`, as RIS writes authors; a name kept whole stays as written. */
function risName(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  const family = name.particle ? `${name.particle} ${name.family}` : name.family;
  return [family, name.given, name.suffix].filter((part) => part !== '').join(', ');
}

export const formatRis: ExportWriter = (entries, keys) => {
  const leftOut = new LeftOut();
  const records = entries.map((entry: Entry) => {
    const { type, outlet } = RIS_TYPES[entry.type];
    const lines: string[] = [];
    const tag = (name: string, value: string): void => {
      const line = oneLine(value);
      if (line !== '') lines.push(`${name}  - ${line}`);
    };
    tag('TY', type);
    tag('ID', citationKey(keys, entry));
    tag('TI', entry.title);
    const { authors, note } = credits(entry);
    for (const author of authors) tag('AU', risName(author));
    tag('PY', entry.date.slice(0, 4));
    tag('DA', risDate(entry.date));
    tag(outlet, entry.outlet);
    if (entry.program !== null) tag('T3', entry.program);
    if (entry.issue !== null) tag('IS', entry.issue);
    if (entry.place !== null) tag('CY', entry.place);
    if (entry.language !== null) tag('LA', entry.language);
    if (entry.url !== null) tag('UR', entry.url);
    for (const keyword of entry.tags) tag('KW', keyword);
    if (note !== '') tag('N1', note);
    for (const field of ['quotes', 'related', 'updates'] as const) leftOut.drop(entry, field);
    lines.push('ER  - ');
    return lines.map((line) => `${line}${EOL}`).join('');
  });
  return { text: records.join(EOL), leftOut: leftOut.list() };
};
