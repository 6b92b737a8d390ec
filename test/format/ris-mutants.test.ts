// RIS records written out byte for byte (RIS spec: `TAG  - value`, CRLF, `ER  - ` closing each
// record; Zotero's RIS translator reads them back), the order of creator tags, and the notes.
import { describe, expect, it } from 'vitest';
import type { Entry, QuotedEntry } from '../../src/core/schema.js';
import { formatRis } from '../../src/format/ris.js';
import { idKeys, makeEntry } from '../support/entry.js';

const ris = (...entries: QuotedEntry[]) => formatRis(entries, idKeys(entries));
const record = (...lines: string[]): string => lines.map((line) => `${line}\r\n`).join('');

describe('RIS records, whole', () => {
  it('writes an English op-ed: medium in a note, the program as section, records apart by a blank line', () => {
    const opEd = makeEntry({
      id: 'o', type: 'op-ed', language: 'en', date: '2021-02', title: 'A piece', outlet: 'Le Monde', program: 'Opinions',
      people: [{ name: 'Ann de Author', role: 'author' }, { name: 'Ed Itor', role: 'editor' }],
    });
    const press = makeEntry({ id: 'p', type: 'press', date: '2019', title: 'News', outlet: 'AFP', people: [] });
    expect(ris(opEd, press).text).toBe(
      record(
        'TY  - NEWS', 'ID  - o', 'TI  - A piece', 'AU  - de Author, Ann', 'PY  - 2021', 'DA  - 2021/02//', 'T2  - Le Monde',
        'SE  - Opinions', 'LA  - en', 'N1  - Op-ed', 'N1  - Editor: Ed Itor', 'ER  - ',
      ) + '\r\n' + record('TY  - NEWS', 'ID  - p', 'TI  - News', 'PY  - 2019', 'DA  - 2019///', 'T2  - AFP', 'ER  - '),
    );
  });

  it('writes an award in French: "Prix" and its cycle, Zotero having no award type', () => {
    const award = makeEntry({ id: 'a', type: 'award', language: 'fr', outlet: 'EN3S', program: 'Grand Prix', people: [{ name: 'Antonio A. Casilli', role: null }] });
    expect(ris(award).text).toBe(record(
      'TY  - GEN', 'ID  - a', 'TI  - Les ouvriers du clic', 'AU  - Casilli, Antonio A.', 'PY  - 2020', 'DA  - 2020/10/15/', 'T2  - EN3S',
      'T3  - Grand Prix', 'LA  - fr', 'N1  - Prix', 'ER  - ',
    ));
  });

  it('writes a French video: director as author, the cast after, the program in a labelled note', () => {
    const video = makeEntry({
      id: 'v', type: 'video', language: 'fr', outlet: 'France Télévisions', program: 'France TV Slash', place: 'Paris',
      people: [{ name: 'Ann Guest', role: 'guest' }, { name: 'Henri Poulain', role: 'director' }, { name: 'Orga Nizer', role: 'organizer' }],
    });
    expect(ris(video).text).toBe(record(
      'TY  - VIDEO', 'ID  - v', 'TI  - Les ouvriers du clic', 'AU  - Poulain, Henri', 'C1  - Guest, Ann', 'PY  - 2020', 'DA  - 2020/10/15/',
      'PB  - France Télévisions', 'CY  - Paris', 'LA  - fr', 'N1  - Émission : France TV Slash', 'N1  - Organisateur : Orga Nizer', 'ER  - ',
    ));
  });

  it('orders creator tags AU, A2, C1, C4 whatever the order of the people', () => {
    const podcast = makeEntry({
      id: 's', type: 'podcast', people: [{ name: 'Wri Ter', role: 'writer' }, { name: 'Gus Guest', role: 'guest' }, { name: 'Hal Host', role: 'host' }],
    });
    const tags = ris(podcast).text.split('\r\n').filter((line) => /^(AU|A2|A3|C1|C4)/.test(line));
    expect(tags).toEqual(['A2  - Guest, Gus', 'A2  - Host, Hal', 'C4  - Ter, Wri']);
  });

  it('writes a name with its suffix after the given name, as the RIS spec does', () => {
    expect(ris(makeEntry({ people: [{ name: 'Martin Luther King Jr.', role: 'author' }] })).text).toContain('\r\nAU  - King, Martin Luther, Jr.\r\n');
  });

  it('leaves out a tag whose value is empty once on one line', () => {
    const text = ris(makeEntry({ id: 'e', title: '\u0007\n', people: [] })).text;
    expect(text).toBe(record('TY  - MGZN', 'ID  - e', 'PY  - 2020', 'DA  - 2020/10/15/', 'T2  - National Geographic France', 'N1  - Interview', 'ER  - '));
  });

  it('writes no medium note for a recording or a talk, whose TY says what it is', () => {
    for (const type of ['podcast', 'event'] as const) expect(ris(makeEntry({ type, people: [] })).text).not.toContain('N1');
  });

  it('writes no medium note for a press article, whose TY says what it is', () => {
    expect(ris(makeEntry({ type: 'press', people: [] })).text).not.toContain('N1');
    expect(ris(makeEntry({ type: 'book', people: [] })).text).not.toContain('N1');
  });
});
