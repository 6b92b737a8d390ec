import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES, type Entry, type EntryType, type QuotedEntry } from '../../src/core/schema.js';
import { formatBiblatex, formatBibtex } from '../../src/format/bibtex.js';
import { idKeys, makeEntry } from '../support/entry.js';

const bibtex = (...entries: QuotedEntry[]) => formatBibtex(entries, idKeys(entries));
const biblatex = (...entries: QuotedEntry[]) => formatBiblatex(entries, idKeys(entries));

/** Field name → raw value of the first record, from the writer's own layout (`  name = value`). */
function fields(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^ {2}([a-z]+) = (.*?),?$/gm)].map((m) => [m[1]!, m[2]!]));
}
const entryType = (text: string): string => /^@(\w+)\{/.exec(text)![1]!;

// biber 2.18's default data model (biber-tool.conf): the fields valid in every type, then per type.
const GLOBAL = ['date', 'year', 'month', 'day', 'langid', 'keywords', 'url'];
const VALID: Record<string, string[]> = {
  article: ['author', 'title', 'titleaddon', 'journaltitle', 'journalsubtitle', 'number', 'note', 'series', 'issue', 'editor', 'language'],
  book: ['author', 'title', 'titleaddon', 'publisher', 'location', 'series', 'number', 'note', 'editor', 'language'],
  misc: ['author', 'title', 'titleaddon', 'howpublished', 'organization', 'location', 'note', 'type', 'editor', 'language'],
};

// The entry types the README's BibTeX and BibLaTeX tables promise (and issue 13 asks for: broadcasts,
// awards and events are @misc, which biber's default data model and the standard styles print).
const PROMISED: [EntryType, string][] = [
  ['interview', 'article'], ['podcast', 'misc'], ['video', 'misc'], ['op-ed', 'article'],
  ['press', 'article'], ['award', 'misc'], ['event', 'misc'], ['book', 'book'],
];

describe('entry types', () => {
  it('promises a type for every clic type', () => {
    expect(PROMISED.map(([type]) => type).sort()).toEqual([...ENTRY_TYPES].sort());
  });

  it.each(PROMISED)('%s with an author is @%s in both dialects', (type, bibType) => {
    const entry = makeEntry({ type, people: [{ name: 'Antonio A. Casilli', role: 'author' }] });
    expect(entryType(bibtex(entry).text)).toBe(bibType);
    expect(entryType(biblatex(entry).text)).toBe(bibType);
  });

  it.each(ENTRY_TYPES)('%s with nobody credited as author is @misc, its outlet the BibTeX author so that natbib labels hold the year', (type) => {
    const entry = makeEntry({ type, outlet: 'Télérama', people: [{ name: 'Marie-Amélie Carpio', role: 'interviewer' }] });
    const { text } = bibtex(entry);
    expect(entryType(text)).toBe('misc');
    expect(fields(text).author).toBe("{{T{\\'{e}}l{\\'{e}}rama}}");
    expect(fields(text).howpublished ?? '').not.toContain('rama');
    expect(fields(text).key).toBeUndefined();
    expect(fields(biblatex(entry).text)).toMatchObject({ organization: '{Télérama}' });
    expect(fields(biblatex(entry).text).author).toBeUndefined();
  });
});

describe('BibTeX', () => {
  it('writes an interview as plain.bst wants it, ASCII only', () => {
    const entry = makeEntry({
      id: 'casilli2020ouvriers', language: 'fr', tags: ['micro-travail', 'modération'],
      people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Marie-Amélie Carpio', role: 'interviewer' }],
    });
    const { text } = bibtex(entry);
    expect(text).toBe(`@article{casilli2020ouvriers,
  author = {Casilli, Antonio A.},
  title = {{Les ouvriers du clic}},
  journal = {National Geographic France},
  year = 2020,
  month = oct,
  day = 15,
  note = {Intervieweur : Marie-Am{\\'{e}}lie Carpio},
  langid = {french},
  keywords = {micro-travail, mod{\\'{e}}ration}
}
`);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it.each([
    ['2020', { year: '2020' }],
    ['2020-05', { year: '2020', month: 'may' }],
    ['2020-05-09', { year: '2020', month: 'may', day: '9' }],
  ])('keeps the partial date %s partial', (date, parts) => {
    const written = fields(bibtex(makeEntry({ date })).text);
    expect({ year: written.year, month: written.month, day: written.day }).toEqual({ month: undefined, day: undefined, ...parts });
  });

  it.each([
    ['Antonio A. Casilli', 'Casilli, Antonio A.'],
    ['Charles de Gaulle', 'de Gaulle, Charles'],
    ['Florent Le Bot', '{Le Bot}, Florent'],
    ['Martin Luther King Jr.', 'King, Jr., Martin Luther'],
    ['Madonna', '{Madonna}'],
    ['{Radio France}', '{Radio France}'],
    ['bell hooks', '{hooks}, bell'],
    ['Martin Luther King, Jr.', 'King, Jr., Martin Luther'],
    ['Jean de La Fontaine', 'de {La Fontaine}, Jean'],
    ['山田 太郎', '{\\symbol{23665}}{\\symbol{30000}}, {\\symbol{22826}}{\\symbol{37070}}'],
    ['Smith, John', '{Smith, John}'],
    ['Tom and Jerry', '{Tom and Jerry}'],
    ['Émile Zola', "Zola, {\\'{E}}mile"],
  ])('writes the author %j as %j', (name, written) => {
    expect(fields(bibtex(makeEntry({ people: [{ name, role: 'author' }] })).text).author).toBe(`{${written}}`);
  });

  it('joins authors with "and", credits the other roles in a note, and a person without role as author', () => {
    const written = fields(bibtex(makeEntry({
      type: 'podcast',
      people: [
        { name: 'Antonio Casilli', role: 'guest' }, { name: 'Laurence Devillers', role: 'guest' },
        { name: 'Ann Host', role: 'host' }, { name: 'Bare Name', role: null }, { name: 'Pro Ducer', role: 'producer' },
        { name: 'Ann Author', role: 'author' },
      ],
    })).text);
    expect(written.author).toBe('{Name, Bare and Author, Ann}');
    expect(written.note).toBe('{Guests: Antonio Casilli, Laurence Devillers; Host: Ann Host; Producer: Pro Ducer}');
  });

  it('writes an organisation as one name, in double braces', () => {
    const written = fields(bibtex(makeEntry({ people: [{ name: 'France Télévisions', role: 'director', org: true }, { name: 'Henri Poulain', role: 'director' }] })).text);
    expect(written.author).toBe("{{France T{\\'{e}}l{\\'{e}}visions} and Poulain, Henri}");
  });

  it('credits other roles in the entry\'s language', () => {
    const people = [{ name: 'Antonio Casilli', role: 'guest' }, { name: 'Laurence Devillers', role: 'guest' }];
    expect(fields(bibtex(makeEntry({ type: 'podcast', language: 'fr', people })).text).note).toBe('{Invit{\\\'{e}}s : Antonio Casilli, Laurence Devillers}');
    expect(fields(bibtex(makeEntry({ type: 'podcast', language: 'en', people })).text).note).toBe('{Guests: Antonio Casilli, Laurence Devillers}');
  });

  it('puts medium, program and outlet where plain.bst prints them', () => {
    expect(fields(bibtex(makeEntry({ type: 'podcast', outlet: 'France Inter', program: 'L’été comme jamais' })).text).howpublished)
      .toBe('{Audio, L{\\textquoteright}{\\\'{e}}t{\\\'{e}} comme jamais, France Inter}');
    expect(fields(bibtex(makeEntry({ type: 'video', language: 'fr', outlet: 'YouTube', place: 'Paris' })).text).howpublished)
      .toBe("{Vid{\\'{e}}o, YouTube, Paris}");
    const book = fields(bibtex(makeEntry({ type: 'book', outlet: 'Seuil', program: 'La couleur des idées', place: 'Paris', people: [{ name: 'A B', role: 'author' }] })).text);
    expect(book).toMatchObject({ publisher: '{Seuil}', series: '{La couleur des id{\\\'{e}}es}', address: '{Paris}' });
  });

  it('says which fields it left out, once, in the order of the corpus format', () => {
    const entries = [
      makeEntry({ id: 'a', updates: [{ date: '2021', note: 'x' }], issue: 'no. 808' }),
      makeEntry({ id: 'b', quotes: [{ text: 'q', speaker: null, at: null, line: 1 }], related: ['a'], language: 'xx' }),
      makeEntry({ id: 'c', quotes: [{ text: 'q', speaker: null, at: null, line: 1 }] }),
    ];
    expect(bibtex(...entries).leftOut).toEqual(['issue', 'language', 'quotes', 'related', 'updates']);
    expect(bibtex(makeEntry({ type: 'press', program: 'Chronique', place: 'Paris' })).leftOut).toEqual(['program', 'place']);
    expect(bibtex(makeEntry()).leftOut).toEqual([]);
  });

  it('reports the characters it could only write as \\symbol', () => {
    expect(bibtex(makeEntry({ title: 'Заголовок 中' })).symbols).toEqual(['З', 'а', 'г', 'о', 'л', 'в', 'к', '中']);
    expect(bibtex(makeEntry({ title: 'Déjà « vu »' })).symbols).toEqual([]);
  });
});

describe('BibLaTeX', () => {
  it('writes UTF-8, a date field and the langid', () => {
    const { text } = biblatex(makeEntry({ id: 'k', date: '2020-05', language: 'fr', url: 'https://example.org/a_b%20c#d', title: '« L’été »' }));
    expect(fields(text)).toMatchObject({ title: '{{« L’été »}}', date: '{2020-05}', langid: '{french}', url: '{https://example.org/a_b%20c#d}' });
  });

  it.each(ENTRY_TYPES.flatMap((type) => [[type, true], [type, false]] as const))(
    'writes %s (author: %s) with fields valid for its type in biber\'s data model only',
    (type, withAuthor) => {
      const entry = makeEntry({
        type, program: 'P', issue: 'no. 1', place: 'Paris', language: 'fr', url: 'https://example.org', tags: ['t'],
        people: withAuthor ? [{ name: 'A B', role: 'author' }, { name: 'C D', role: 'host' }] : [{ name: 'C D', role: 'host' }],
      });
      const { text } = biblatex(entry);
      const valid = [...GLOBAL, ...VALID[entryType(text)]!];
      expect(Object.keys(fields(text)).filter((f) => !valid.includes(f))).toEqual([]);
    },
  );

  it('leaves out what an @article cannot hold and says so', () => {
    const entry = makeEntry({ type: 'press', program: 'Chronique', place: 'Paris', issue: 'no. 808', people: [{ name: 'A B', role: 'journalist' }] });
    const { text, leftOut } = biblatex(entry);
    expect(fields(text)).toMatchObject({ number: '{808}', journalsubtitle: '{Chronique}' });
    expect(leftOut).toEqual(['place']);
  });

  it.each([['no. 808', '808'], ['n° 12', '12'], ['nº 3', '3'], ['#7', '7'], ['Nr. 44', '44'], ['núm. 5', '5'], ['808', '808'], ['Hors-série', 'Hors-série']])(
    'writes the issue %j as %j: styles add their own label',
    (issue, number) => {
      expect(fields(biblatex(makeEntry({ issue })).text).number).toBe(`{${number}}`);
    },
  );

  it('says what an item is in titleaddon, which biblatex styles print after the title', () => {
    expect(fields(biblatex(makeEntry({ type: 'video', language: 'fr', program: 'France TV Slash' })).text).titleaddon).toBe('{{Vidéo, France TV Slash}}');
    expect(fields(biblatex(makeEntry({ type: 'award', language: 'en' })).text).titleaddon).toBe('{{Award}}');
    expect(fields(biblatex(makeEntry({ type: 'press' })).text).titleaddon).toBeUndefined();
  });

  it('writes typographic spaces as LaTeX and reports what pdflatex cannot typeset', () => {
    const { text, symbols } = biblatex(makeEntry({ title: '«\u202fx\u2009»\u200b 山田' }));
    expect(fields(text).title).toBe('{{«\\,x\\,» 山田}}');
    expect(symbols).toEqual(['山', '田']);
  });
});
