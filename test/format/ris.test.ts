import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, type Entry, type EntryType, type Person, type QuotedEntry } from '../../src/core/schema.js';
import { formatRis, risDate } from '../../src/format/ris.js';
import { idKeys, makeEntry } from '../support/entry.js';

const ris = (...entries: QuotedEntry[]) => formatRis(entries, idKeys(entries));

/** Records as lists of [tag, value], read the way Zotero's RIS import reads lines. */
function parseRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) continue;
    if (match[1] === 'ER') {
      records.push(current);
      current = [];
    } else {
      current.push([match[1]!, match[2]!]);
    }
  }
  return records;
}

describe('RIS', () => {
  it('writes one TY … ER record per entry, every line ending in CRLF', () => {
    const { text } = ris(makeEntry({ id: 'a' }), makeEntry({ id: 'b', type: 'book' }));
    expect(text.split('\r\n').filter((line) => line.startsWith('TY  - '))).toEqual(['TY  - MGZN', 'TY  - BOOK']);
    expect(text.match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });

  it('writes an interview with its interviewee as author and the interviewer in a note', () => {
    const [record] = parseRis(ris(makeEntry({
      id: 'k', language: 'fr', issue: 'no. 808', url: 'https://example.org', tags: ['a', 'b'], place: 'Paris', program: 'Grand entretien',
      people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Marie-Amélie Carpio', role: 'interviewer' }],
    })).text);
    expect(record).toEqual([
      ['TY', 'MGZN'], ['ID', 'k'], ['TI', 'Les ouvriers du clic'], ['AU', 'Casilli, Antonio A.'],
      ['PY', '2020'], ['DA', '2020/10/15/'], ['T2', 'National Geographic France'],
      ['IS', '808'], ['CY', 'Paris'], ['LA', 'fr'], ['UR', 'https://example.org'], ['KW', 'a'], ['KW', 'b'],
      ['N1', 'Entretien'], ['N1', 'Rubrique : Grand entretien'], ['N1', 'Intervieweur : Marie-Amélie Carpio'],
    ]);
  });

  // What Zotero's RIS import (zotero/translators RIS.js, commit 2814370) makes of each tag, by the
  // item type its importTypeMap gives the TY code: the tag that holds the outlet and the program
  // (fieldMap T2, T3, SE, PB), and the tags of the creator types that item type accepts (fieldMap
  // AU, A2, C1, C4). A tag of no field of that item type is imported as a note: "N1" here.
  const ZOTERO: Record<EntryType, { type: string; outlet: string; program: string; creators: Record<string, string> }> = {
    interview: { type: 'MGZN', outlet: 'T2', program: 'N1', creators: { interviewee: 'AU', interviewer: 'N1' } },
    podcast: { type: 'SOUND', outlet: 'PB', program: 'T3', creators: { guest: 'A2', host: 'A2', writer: 'C4', director: 'N1', organizer: 'N1' } },
    video: { type: 'VIDEO', outlet: 'PB', program: 'N1', creators: { director: 'AU', speaker: 'C1', guest: 'C1', writer: 'N1', organizer: 'N1' } },
    'op-ed': { type: 'NEWS', outlet: 'T2', program: 'SE', creators: { author: 'AU', guest: 'N1' } },
    press: { type: 'NEWS', outlet: 'T2', program: 'SE', creators: { journalist: 'AU', interviewee: 'AU', host: 'N1' } },
    award: { type: 'GEN', outlet: 'T2', program: 'T3', creators: { author: 'AU', organizer: 'N1' } },
    event: { type: 'SLIDE', outlet: 'T2', program: 'N1', creators: { speaker: 'A2', moderator: 'A2', organizer: 'N1', director: 'N1' } },
    book: { type: 'BOOK', outlet: 'PB', program: 'T2', creators: { author: 'AU', guest: 'N1' } },
  };

  it.each(ENTRY_TYPES)('writes a %s with the tags Zotero keeps for its item type', (type) => {
    const expected = ZOTERO[type];
    const people: Person[] = Object.keys(expected.creators).map((role) => ({ name: `Ann ${role.replace(/-/g, '')}`, role }));
    const [record] = parseRis(ris(makeEntry({ type, outlet: 'Outlet', program: 'Show', people })).text);
    expect(record).toContainEqual(['TY', expected.type]);
    expect(record).toContainEqual([expected.outlet, 'Outlet']);
    const program = record!.find(([, value]) => value.endsWith('Show'));
    expect(program?.[0]).toBe(expected.program);
    for (const [role, tag] of Object.entries(expected.creators)) {
      const name = `${role.replace(/-/g, '')}, Ann`;
      if (tag === 'N1') expect(record!.some(([t, value]) => t === 'N1' && value.includes(`Ann ${role}`)), role).toBe(true);
      else expect(record, role).toContainEqual([tag, name]);
    }
  });

  it('writes an organisation without a comma, which Zotero keeps as one field', () => {
    const [record] = parseRis(ris(makeEntry({ type: 'video', people: [{ name: 'France Télévisions', role: 'director', org: true }] })).text);
    expect(record).toContainEqual(['AU', 'France Télévisions']);
  });

  it.each([
    ['2020', '2020///'],
    ['2020-05', '2020/05//'],
    ['2020-05-09', '2020/05/09/'],
  ])('keeps the partial date %s partial: %s', (date, written) => {
    expect(risDate(date)).toBe(written);
  });

  it.each([
    ['Charles de Gaulle', 'de Gaulle, Charles'],
    ['Martin Luther King Jr.', 'King, Martin Luther, Jr.'],
    // Zotero reads the last name up to the first comma and keeps "Martin Luther, Jr." as first name.
    ['Martin Luther King, Jr.', 'King, Martin Luther, Jr.'],
    ['Jean de La Fontaine', 'de La Fontaine, Jean'],
    ['山田 太郎', '山田, 太郎'],
    ['Madonna', 'Madonna'],
    ['Tom and Jerry', 'Tom and Jerry'],
  ])('writes the author %j as %j', (name, written) => {
    expect(parseRis(ris(makeEntry({ people: [{ name, role: 'author' }] })).text)[0]).toContainEqual(['AU', written]);
  });

  it('keeps every value on its line, so that text cannot start a record', () => {
    const title = 'One\nER  - \r\nTY  - JOUR\u2028x\u0007y';
    const [record, ...rest] = parseRis(ris(makeEntry({ title, outlet: 'A\rB' })).text);
    expect(rest).toEqual([]);
    expect(record).toContainEqual(['TI', 'One ER  -  TY  - JOUR xy']);
    expect(record).toContainEqual(['T2', 'A B']);
  });

  it('leaves out quotes, related and updates, and says so', () => {
    expect(ris(makeEntry({ related: ['x'] })).leftOut).toEqual(['related']);
  });
});
