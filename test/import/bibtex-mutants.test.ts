// BibTeX import, case by case (round 4 of mutation testing, test/mutation-notes/m4-import.md):
// lines of entries, what is read apart (dates, creators, clic's @misc and titleaddon), where each
// value says it came from, and the parser's errors as reported. Expectations are written by hand
// from BibTeX/BibLaTeX (entry and field syntax, @string, name lists) and the README's import
// section; the parser's own error texts are quoted as @retorquere/bibtex-parser writes them (the input
// it quotes JSON-escaped).
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../src/core/import/bibtex.js';
import { planImport } from '../../src/core/import/plan.js';

const none = new Map();
const bibtex = (text: string) => parseBibtex(text, none);
const draftOf = (text: string) => {
  const parsed = bibtex(text);
  expect(parsed.drafts).toHaveLength(1);
  return parsed.drafts[0]!;
};
const planOf = (text: string) => planImport([{ name: 'in', text }], [], new Set(), { overrides: none, from: 'bibtex' });

describe('the line of each entry', () => {
  it('skips @string, @comment and @preamble even when they name an entry\'s key, in any case', () => {
    const bib = '@String{one = {BBC}}\n@comment{two}\n@PREAMBLE{three}\n@article{one, title = {A}, journal = {J}, year = 2020}\n@article{two, title = {B}, journal = {J}, year = 2020}\n@article{three, title = {C}, journal = {J}, year = 2020}\n';
    expect(bibtex(bib).drafts.map((d) => d.line)).toEqual([4, 5, 6]);
  });

  it('takes an entry as opening only at the start of a line, not an `@type{key` inside a value', () => {
    const bib = '@article{one, title = {A}, journal = {J}, year = 2020, note = {Cited as @article{two}}}\n@article{two, title = {B}, journal = {J}, year = 2021}\n';
    expect(bibtex(bib).drafts.map((d) => d.line)).toEqual([1, 2]);
  });

  it('gives each entry the line of its own key when a value holds a line that looks like an entry', () => {
    // Line 2 opens no entry for the parser (it is inside the note's braces) but reads like one.
    const bib = '@article{one, title = {A}, journal = {J}, year = 2020, note = {Cited as\n@article{ghost}}}\n@article{two, title = {B}, journal = {J}, year = 2021}\n';
    expect(bibtex(bib).drafts.map((d) => d.line)).toEqual([1, 3]);
  });
});

describe('fields read apart', () => {
  it('keeps year, month, day and date out of the body: they are the date', () => {
    const both = draftOf('@online{a, title = {T}, organization = {J}, date = {2019-09-14}, year = 2000, month = mar, day = 5}');
    expect(both.date).toEqual({ value: '2019-09-14', from: 'date' });
    expect(both.body).toEqual([]);
    const parts = bibtex('@article{a, title = {T}, journal = {J}, year = 2020, month = mar, day = {5}}');
    expect(parts.drafts[0]!.date).toEqual({ value: { year: '2020', month: '3', day: '5' }, from: 'year' });
    expect(parts.drafts[0]!.body).toEqual([]);
    expect([...parts.names.inBody]).toEqual([]);
  });

  it('has no date without year or date, and no month or day it was not given', () => {
    expect(draftOf('@article{a, title = {T}, journal = {J}, month = mar}').date).toBeUndefined();
    expect(draftOf('@article{a, title = {T}, journal = {J}, year = 2020}').date).toStrictEqual({ value: { year: '2020', month: undefined, day: undefined }, from: 'year' });
    expect(draftOf('@article{a, title = {T}, journal = {J}, year = 2020, day = 3}').date).toStrictEqual({ value: { year: '2020', month: undefined, day: '3' }, from: 'year' });
  });

  it('keeps a note that is not clic\'s where it stands among the prose, before the labelled lines', () => {
    const draft = draftOf('@article{a, title = {T}, journal = {J}, note = {Heard twice.}, colour = {red}, abstract = {Abs}, year = 2020}');
    expect(draft.body).toEqual(['Heard twice.', 'Abs', 'colour: red']);
  });

  it('says which field a note\'s program came from', () => {
    expect(draftOf('@article{a, title = {T}, journal = {J}, note = {Section: Idées}, year = 2022}').fields.program).toEqual({ value: 'Idées', from: 'note' });
  });

  it('reads a LaTeX command it does not know as its argument, and reports no error', () => {
    const parsed = bibtex('@article{a, title = {T}, journal = {J}, note = {\\foo{x} bar}, year = 2020}');
    expect(parsed.drafts[0]!.body).toEqual(['x bar']);
    expect(parsed.broken).toEqual([]);
  });

  it('keeps a field named like a property of every object in the body, as any unknown field', () => {
    // `constructor` is no name field: the role table must not answer it from Object.prototype.
    const parsed = bibtex('@article{a, title = {T}, journal = {J}, constructor = {Bob}, year = 2020}');
    expect(parsed.drafts[0]!.body).toEqual(['constructor: Bob']);
    expect([...parsed.names.inBody]).toEqual(['constructor']);
  });
});

describe('the type', () => {
  it('says the entry type it came from', () => {
    expect(draftOf('@book{a, title = {T}, publisher = {Seuil}, year = 2019}').type).toEqual({ value: 'book', from: '@book' });
  });

  it('keeps the default of @inproceedings when a type field names no type (al-folio\'s `abbr` holds a venue)', () => {
    const [item] = planOf('@inproceedings{a, title = {T}, booktitle = {NeurIPS}, abbr = {NeurIPS}, year = 2019}').items;
    expect(item!.fields).toMatchObject({ type: 'event' });
  });

  it('takes a medium label from howpublished before one from titleaddon, and says where from', () => {
    expect(draftOf('@misc{a, title = {T}, howpublished = {Vidéo, Petits déjeuners}, year = 2020}').statedType).toEqual({ value: 'Vidéo', from: 'howpublished' });
    expect(draftOf('@misc{a, title = {T}, howpublished = {Vidéo , Petits déjeuners}, year = 2020}').statedType).toEqual({ value: 'Vidéo', from: 'howpublished' });
    expect(draftOf('@article{a, title = {T}, journal = {J}, titleaddon = {Audio, Prog}, year = 2020}').statedType).toEqual({ value: 'Audio', from: 'titleaddon' });
    expect(draftOf('@misc{a, title = {T}, organization = {O}, howpublished = {Audio, Prog}, titleaddon = {Vidéo, Other}, year = 2020}').statedType).toEqual({ value: 'Audio', from: 'howpublished' });
  });

  it('trims the program after the medium label, of a TeX tie (no-break space) too', () => {
    expect(draftOf('@misc{a, title = {T}, howpublished = {Vidéo, ~Petits déjeuners}, year = 2020}').fields.outlet).toEqual({ value: 'Petits déjeuners', from: 'howpublished' });
  });

  it('reads a titleaddon that starts with a medium label on any entry, not only on clic\'s @misc', () => {
    const draft = draftOf('@article{a, title = {T}, journal = {J}, titleaddon = {Audio, Prog}, year = 2020}');
    expect(draft.fields.program).toEqual({ value: 'Prog', from: 'titleaddon' });
    expect(draft.body).toEqual([]);
  });
});

describe('the outlet as author (clic\'s @misc)', () => {
  it('says the outlet came from the author field', () => {
    expect(draftOf('@misc{a, author = {{BBC Radio 4}}, title = {T}, year = 2021}').fields.outlet).toEqual({ value: 'BBC Radio 4', from: 'author' });
  });

  it.each(['journal', 'journaltitle', 'organization', 'publisher', 'institution', 'school', 'booktitle'])('keeps the braced author of an @misc with a %s as a person', (field) => {
    const draft = draftOf(`@misc{a, author = {{Arte}}, title = {T}, ${field} = {P}, year = 2021}`);
    expect(draft.fields.outlet).toEqual({ value: 'P', from: field });
    expect(draft.authors).toEqual([{ name: 'Arte', role: null, org: true }]);
  });
});

describe('creators', () => {
  it('skips an author named as the outlet, whatever the entry type', () => {
    const draft = draftOf('@article{a, title = {T}, author = {Casilli, Antonio and {Arte}}, journal = {Arte}, year = 2020}');
    expect(draft.authors).toEqual([{ name: 'Antonio Casilli', role: null }]);
    expect(draft.notes).toEqual([]);
  });

  it('keeps people and organisations of an entry with no outlet', () => {
    const draft = draftOf('@article{a, title = {T}, author = {{Arte} and Doe, Jane}, editor = {Roe, Rick}, year = 2020}');
    expect(draft.authors).toEqual([{ name: 'Arte', role: null, org: true }, { name: 'Jane Doe', role: null }]);
    expect(draft.people).toEqual([{ name: 'Rick Roe', role: 'organizer' }]);
    expect(draft.notes).toEqual(['author "Arte" is an organisation; written as `org`']);
  });

  it('skips a name that is nothing once cleaned', () => {
    expect(draftOf('@article{a, title = {T}, journal = {J}, author = {\u0001 and Doe, Jane}, year = 2020}').authors).toEqual([{ name: 'Jane Doe', role: null }]);
  });
});

describe('errors', () => {
  it('quotes the parser\'s error for an entry without its place', () => {
    const bib = '@article{good, title = {A}, journal = {J}, year = 2020}\n\n@article{bad, title = "x\n}\n@article{after, title = {B}, journal = {J}, year = 2021}\n';
    expect(bibtex(bib).broken).toEqual([{ line: 3, message: 'entry `bad` not read: Unterminated quote-value "x\\n}\\n@article{after, " in "article"' }]);
  });

  it('reports an error of no entry at the line the parser gives, past line 9 too, and gives an entry only its own error', () => {
    const bib = `${'\n'.repeat(10)}@string{r4 = {BBC}\n@article{a, title = {T}, journal = {J}, year = 2020}\n@article{bad, = {T}}\n`;
    const parsed = bibtex(bib);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[12, 'T']]);
    expect(parsed.broken).toEqual([
      { line: 13, message: 'entry `bad` not read: Token mismatch, expected "}", found "= {T}}\\n"... in "article"' },
      { line: 12, message: 'Token mismatch, expected "}", found "@article{a, title = "... in "string"' },
    ]);
  });

  it('reports an unresolved @string at the line of the entry that uses it', () => {
    const parsed = bibtex('@article{a, title = {T}, journal = {J}, year = 2020}\n\n@article{b, title = {T},\n  journal = r5, year = 2021}\n');
    expect(parsed.broken).toEqual([{ line: 3, message: 'Unresolved @string reference "r5"' }]);
    expect(bibtex('@article{a, title = {T}, journal = r5, year = 2020}').broken).toEqual([{ line: 1, message: 'Unresolved @string reference "r5"' }]);
  });

  it('reports an error quoting a value at the line of that value', () => {
    const parsed = bibtex('@article{a, title = {T}, journal = {J}, year = 2020}\n\n@article{b, title = {T}, journal = {J},\n  author = {A, B, C, D}, year = 2021}\n');
    expect(parsed.broken).toEqual([{ line: 4, message: '@b: unexpected 4-part name "A, B, C, D", dropping "D"' }]);
  });
});

describe('a field given twice', () => {
  it('keeps the first, as BibTeX does, and says so under the field\'s own name', () => {
    const draft = draftOf('@article{a, title = {T}, journal = {J}, year = 2020, title = {U}, title = {V}}');
    expect(draft.fields.title?.value).toBe('T');
    expect(draft.body.join('\n')).not.toMatch(/duplicate|\bU\b|\bV\b/);
    expect(draft.notes).toContain('field `title` given more than once: the first kept');
    expect(draft.notes.join('\n')).not.toMatch(/\+duplicate/);
  });
});

describe('a second date beside year or date', () => {
  it('leaves the date to year, and keeps the other in the body under its own name', () => {
    const draft = draftOf('@article{a, title = {T}, journal = {J}, year = 2020, pubdate = {2019-01-02}}');
    expect(draft.date).toMatchObject({ value: { year: '2020' }, from: 'year' });
    expect(draft.body).toContain('pubdate: 2019-01-02');
    const dated = draftOf('@online{b, title = {T}, organization = {J}, date = {2021-03-04}, issued = {2019}}');
    expect(dated.date).toEqual({ value: '2021-03-04', from: 'date' });
    expect(dated.body).toContain('issued: 2019');
  });

  it('adds nothing when the record has no other date', () => {
    expect(draftOf('@article{a, title = {T}, journal = {J}, year = 2020}').body).toEqual([]);
  });
});

