import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, type Entry } from '../../src/core/schema.js';
import { formatRis, RIS_TYPES, risDate } from '../../src/format/ris.js';
import { idKeys, makeEntry } from '../support/entry.js';

const ris = (...entries: Entry[]) => formatRis(entries, idKeys(entries));

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
    expect(text.split('\r\n').filter((line) => line.startsWith('TY  - '))).toEqual(['TY  - NEWS', 'TY  - BOOK']);
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
      ['TY', 'NEWS'], ['ID', 'k'], ['TI', 'Les ouvriers du clic'], ['AU', 'Casilli, Antonio A.'],
      ['PY', '2020'], ['DA', '2020/10/15/'], ['T2', 'National Geographic France'], ['T3', 'Grand entretien'],
      ['IS', 'no. 808'], ['CY', 'Paris'], ['LA', 'fr'], ['UR', 'https://example.org'], ['KW', 'a'], ['KW', 'b'],
      ['N1', 'Interviewer: Marie-Amélie Carpio'],
    ]);
  });

  it.each(ENTRY_TYPES)('writes a %s with its TY code and its outlet tag', (type) => {
    const [record] = parseRis(ris(makeEntry({ type, outlet: 'Outlet' })).text);
    expect(record).toContainEqual(['TY', RIS_TYPES[type].type]);
    expect(record).toContainEqual([RIS_TYPES[type].outlet, 'Outlet']);
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
