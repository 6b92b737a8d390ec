// Whole BibTeX and BibLaTeX records written out by hand, so that no field can appear, vanish or
// move unnoticed; the twelve month macros of plain.bst (BibTeX manual, "btxdoc", section 4:
// jan … dec, three lowercase letters); where each field goes for a book and an authorless item.
// The records were checked with the real tools: `biber --tool --validate-datamodel --dieondatamodel` prints
// nothing but INFO lines for the BibLaTeX ones, `bibtex` with plain.bst no warning for the BibTeX ones.
import { describe, expect, it } from 'vitest';
import type { Entry, QuotedEntry } from '../../src/core/schema.js';
import { formatBiblatex, formatBibtex } from '../../src/format/bibtex.js';
import { idKeys, makeEntry } from '../support/entry.js';

const bibtex = (...entries: QuotedEntry[]) => formatBibtex(entries, idKeys(entries));
const biblatex = (...entries: QuotedEntry[]) => formatBiblatex(entries, idKeys(entries));

const full = makeEntry({
  id: 'k', language: 'fr', program: 'Grand entretien', issue: 'no. 808', place: 'Paris', url: 'https://example.org/é', tags: ['a', 'b'],
  people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Marie-Amélie Carpio', role: 'interviewer' }],
});

describe('whole records', () => {
  it('BibTeX: an interview with every field, what @article cannot hold left out', () => {
    const { text, leftOut, symbols } = bibtex(full);
    expect(text).toBe(`@article{k,
  author = {Casilli, Antonio A.},
  title = {{Les ouvriers du clic}},
  journal = {National Geographic France},
  year = 2020,
  month = oct,
  day = 15,
  note = {Intervieweur : Marie-Am{\\'{e}}lie Carpio},
  langid = {french},
  url = {https://example.org/%C3%A9},
  keywords = {a, b}
}
`);
    expect(leftOut).toEqual(['program', 'issue', 'place']);
    expect(symbols).toEqual([]);
  });

  it('BibLaTeX: the same interview, medium and program beside the title, the issue as number', () => {
    const { text, leftOut } = biblatex(full);
    expect(text).toBe(`@article{k,
  author = {Casilli, Antonio A.},
  title = {{Les ouvriers du clic}},
  titleaddon = {{Entretien}},
  journalsubtitle = {Grand entretien},
  journaltitle = {National Geographic France},
  number = {808},
  date = {2020-10-15},
  note = {Intervieweur : Marie-Amélie Carpio},
  langid = {french},
  url = {https://example.org/é},
  keywords = {a, b}
}
`);
    expect(leftOut).toEqual(['place']);
  });

  it('writes no note, langid, url or keywords field for an entry without them', () => {
    const bare = makeEntry({ id: 'b', date: '2019', people: [{ name: 'Ann Author', role: 'author' }] });
    expect(bibtex(bare).text).toBe('@article{b,\n  author = {Author, Ann},\n  title = {{Les ouvriers du clic}},\n  journal = {National Geographic France},\n  year = 2019\n}\n');
    expect(biblatex(bare).text).toBe('@article{b,\n  author = {Author, Ann},\n  title = {{Les ouvriers du clic}},\n  titleaddon = {{Interview}},\n  journaltitle = {National Geographic France},\n  date = {2019}\n}\n');
  });

  it('separates records with a blank line', () => {
    const two = bibtex(makeEntry({ id: 'a', date: '2019' }), makeEntry({ id: 'b', date: '2019' })).text;
    expect(two).toMatch(/^@article\{a,\n[^@]*\n\}\n\n@article\{b,\n[^@]*\n\}\n$/);
  });

  it('BibTeX: a book with series, publisher and address', () => {
    const book = makeEntry({ id: 'bk', type: 'book', date: '2019-01', outlet: 'Seuil', program: 'La couleur des idées', place: 'Paris', people: [{ name: 'Antonio A. Casilli', role: 'author' }] });
    expect(bibtex(book).text).toBe(`@book{bk,
  author = {Casilli, Antonio A.},
  title = {{Les ouvriers du clic}},
  series = {La couleur des id{\\'{e}}es},
  publisher = {Seuil},
  address = {Paris},
  year = 2019,
  month = jan
}
`);
    expect(biblatex(book).text).toContain('  series = {La couleur des idées},\n  publisher = {Seuil},\n  location = {Paris},\n  date = {2019-01}\n');
  });

  it('BibLaTeX: an authorless broadcast, medium and program in titleaddon, outlet as organization', () => {
    const show = makeEntry({ id: 'p', type: 'podcast', outlet: 'France Inter', program: 'La Terre au carré', place: 'Paris', people: [{ name: 'Ann Host', role: 'host' }] });
    const { text, leftOut } = biblatex(show);
    expect(text).toBe(`@misc{p,
  title = {{Les ouvriers du clic}},
  titleaddon = {{Audio, La Terre au carré}},
  organization = {France Inter},
  location = {Paris},
  date = {2020-10-15},
  note = {Host: Ann Host}
}
`);
    expect(leftOut).toEqual([]);
    expect(bibtex(show).text).toContain('  author = {{France Inter}},\n  title = {{Les ouvriers du clic}},\n  howpublished = {Audio, La Terre au carr{\\\'{e}}, Paris},\n');
  });

  it('BibLaTeX: a broadcast with an author is a @misc with the outlet as organization', () => {
    const talk = makeEntry({ id: 'v', type: 'video', outlet: 'YouTube', people: [{ name: 'Ann Speaker', role: 'speaker' }] });
    expect(biblatex(talk).text).toBe('@misc{v,\n  author = {Speaker, Ann},\n  title = {{Les ouvriers du clic}},\n  titleaddon = {{Video}},\n  organization = {YouTube},\n  date = {2020-10-15}\n}\n');
    expect(biblatex({ ...talk, place: 'Lyon' }).text).toContain('  organization = {YouTube},\n  location = {Lyon},\n');
    expect(bibtex(talk).text).toBe('@misc{v,\n  author = {Speaker, Ann},\n  title = {{Les ouvriers du clic}},\n  howpublished = {Video, YouTube},\n  year = 2020,\n  month = oct,\n  day = 15\n}\n');
  });
});

describe('BibTeX dates', () => {
  it.each([
    ['01', 'jan'], ['02', 'feb'], ['03', 'mar'], ['04', 'apr'], ['05', 'may'], ['06', 'jun'],
    ['07', 'jul'], ['08', 'aug'], ['09', 'sep'], ['10', 'oct'], ['11', 'nov'], ['12', 'dec'],
  ])('writes month %s as the macro %s, unbraced', (month, macro) => {
    expect(bibtex(makeEntry({ date: `2020-${month}` })).text).toContain(`  year = 2020,\n  month = ${macro}\n}`);
  });

  it('writes the day without its leading zero', () => {
    expect(bibtex(makeEntry({ date: '2020-05-01' })).text).toContain('  month = may,\n  day = 1\n}');
    expect(bibtex(makeEntry({ date: '2020-05-30' })).text).toContain('  day = 30\n}');
  });
});

describe('langid and what is left out', () => {
  it('reads the language code in any case, and leaves out one babel has no name for', () => {
    expect(bibtex(makeEntry({ language: 'DE' })).text).toContain('  langid = {ngerman}\n}');
    const unknown = bibtex(makeEntry({ language: 'xx' }));
    expect(unknown.text).not.toContain('langid');
    expect(unknown.leftOut).toEqual(['language']);
  });

  it('never reports the medium as left out, although no @article field holds it in BibTeX', () => {
    expect(bibtex(makeEntry({ type: 'op-ed', people: [{ name: 'A B', role: 'author' }] })).leftOut).toEqual([]);
  });

  it('reports quotes, related and updates as left out when the entry holds them, and only then', () => {
    expect(bibtex(makeEntry({ updates: [{ date: '2021', note: 'n' }] })).leftOut).toEqual(['updates']);
    expect(biblatex(makeEntry({ related: ['x'], quotes: [{ text: 'q', speaker: null, at: null, line: 1 }] })).leftOut).toEqual(['quotes', 'related']);
    expect(biblatex(makeEntry()).leftOut).toEqual([]);
  });
});
