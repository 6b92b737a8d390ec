// The import plan and its tables, case by case: what each BibTeX, CSL and RIS type gives (the
// type, or the default that the title's cues may not change; where the outlet and the program
// come from), what the report says about left-out names, why an item is refused, and the
// clic notes read back. Expectations by hand from the README's import and export sections.
import { describe, expect, it } from 'vitest';
import { emptyDraft, type ImportSource } from '../../src/core/import/draft.js';
import { readClicNote } from '../../src/core/import/mapping.js';
import { planImport } from '../../src/core/import/plan.js';
import { readNote } from '../../src/core/import/record.js';

const plan = (text: string, from: ImportSource) => planImport([{ name: 'in', text }], [], new Set(), { overrides: new Map(), from });
/** The one item of an input. */
function only(text: string, from: ImportSource) {
  const { items } = plan(text, from);
  expect(items).toHaveLength(1);
  return items[0]!;
}
const NO_CUE = 'by default (no cue in outlet, title, URL or notes)';
// A title with a video and a podcast cue: a format's article type is text, so its title cannot make it either.
const TITLE = 'A video on the radio';

describe('BibTeX entry types', () => {
  it.each([
    ['article', 'press', NO_CUE], ['misc', 'press', NO_CUE], ['online', 'press', NO_CUE], ['inproceedings', 'event', 'by default for its type'],
    ['book', 'book', undefined], ['inbook', 'press', NO_CUE], ['incollection', 'press', NO_CUE], ['audio', 'podcast', undefined],
    ['video', 'video', undefined], ['movie', 'video', undefined], ['unpublished', 'event', 'by default for its type'],
    // Not a type clic maps: the title's cue decides.
    ['techreport', 'video', `from title "${TITLE}"`],
  ])('@%s → %s', (bibType, type, reason) => {
    const item = only(`@${bibType}{k, title = {${TITLE}}, journal = {J}, year = 2020}`, 'bibtex');
    expect(item.fields).toStrictEqual({ title: TITLE, type, date: '2020', outlet: 'J' });
    expect(item.notes).toEqual(reason === undefined ? [] : [`type ${type}, ${reason}`]);
  });
});

describe('CSL types: the type, and the outlet from container-title (articles) or publisher (the others)', () => {
  // An article's publisher has no field: it is kept in the body, as RIS's PB is.
  const article = { outlet: 'C', body: 'publisher: P' };
  const work = { outlet: 'P', program: 'C' };
  it.each([
    ['interview', 'interview', article, undefined], ['broadcast', 'podcast', work, 'by default for its type'], ['song', 'podcast', work, undefined],
    ['motion_picture', 'video', work, undefined], ['article-newspaper', 'press', article, NO_CUE], ['article-magazine', 'press', article, NO_CUE],
    ['article-journal', 'press', article, NO_CUE], ['post-weblog', 'press', article, NO_CUE], ['post', 'press', article, NO_CUE], ['webpage', 'press', article, NO_CUE],
    ['document', 'award', work, 'by default for its type'], ['event', 'event', work, undefined], ['speech', 'event', work, 'by default for its type'],
    ['book', 'book', work, undefined],
  ] as const)('%s → %s', (cslType, type, places, reason) => {
    const item = only(JSON.stringify([{ type: cslType, title: TITLE, 'container-title': 'C', publisher: 'P', issued: { 'date-parts': [[2020]] } }]), 'csl-json');
    expect(item.fields).toStrictEqual({ title: TITLE, type, date: '2020', ...places });
    expect(item.notes).toEqual(reason === undefined ? [] : [`type ${type}, ${reason}`]);
  });
});

describe('RIS', () => {
  const record = (ty: string) => `TY  - ${ty}\nTI  - ${TITLE}\nT2  - C\nPB  - P\nPY  - 2020\nER  - \n`;
  const article = { outlet: 'C', body: 'PB: P' };
  const work = { outlet: 'P', program: 'C' };
  it.each([
    ['NEWS', 'press', article, NO_CUE], ['MGZN', 'press', article, NO_CUE], ['JOUR', 'press', article, NO_CUE], ['BLOG', 'press', article, NO_CUE],
    ['ELEC', 'press', article, NO_CUE], ['CHAP', 'press', article, NO_CUE], ['GEN', 'press', article, NO_CUE], ['SOUND', 'podcast', work, undefined],
    ['VIDEO', 'video', work, undefined], ['MPCT', 'video', work, undefined], ['PCOMM', 'interview', article, undefined], ['SLIDE', 'event', article, undefined],
    ['CONF', 'event', article, 'by default for its type'], ['BOOK', 'book', work, undefined],
  ] as const)('TY %s → %s', (ty, type, places, reason) => {
    const item = only(record(ty), 'ris');
    expect(item.fields).toStrictEqual({ title: TITLE, type, date: '2020', ...places });
    expect(item.notes).toEqual(reason === undefined ? [] : [`type ${type}, ${reason}`]);
  });

  it.each(['CT', 'T1'])('%s is the title', (tag) => {
    expect(only(`TY  - NEWS\n${tag}  - The title\nJO  - J\nPY  - 2020\nER  - \n`, 'ris').fields).toMatchObject({ title: 'The title', outlet: 'J' });
  });

  it.each(['JF', 'JA', 'BT', 'PB'])('%s is the outlet', (tag) => {
    expect(only(`TY  - NEWS\nTI  - The title\n${tag}  - The outlet\nPY  - 2020\nER  - \n`, 'ris').fields).toMatchObject({ title: 'The title', outlet: 'The outlet' });
  });

  it('reports the tags it leaves out, once per file, and puts none of them in the body or the notes', () => {
    const result = plan(`${record('NEWS').replace('ER  - \n', '')}ID  - k1\nDB  - Base  one\nY2  - 2021\nDP  - Provider\nST  - Short  title\nER  - \nTY  - NEWS\nTI  - B\nT2  - C\nPY  - 2021\nID  - k2\nER  - \n`, 'ris');
    expect(result.notes.map((note) => `${note.line}: ${note.message}`)).toEqual([
      '1: read as ris (--from): 2 items',
      '1: ID, DB, Y2, DP, ST: left out (site or citation bookkeeping)',
    ]);
    expect(result.items.map((item) => [item.fields?.body, item.notes])).toEqual([['PB: P', [`type press, ${NO_CUE}`]], [undefined, [`type press, ${NO_CUE}`]]]);
  });
});

describe('planImport', () => {
  it('refuses an entry the corpus rules refuse, with every error', () => {
    const item = only(JSON.stringify([{ type: 'post', title: 'A\ud800', 'container-title': 'C\udc00', issued: { 'date-parts': [[2020]] } }]), 'csl-json');
    expect(item.outcome).toBe('invalid');
    expect(item.reason).toBe('title: holds `\\ud800`, half of a character (a lone surrogate); outlet: holds `\\udc00`, half of a character (a lone surrogate)');
    expect(item.id).toBeUndefined();
  });

  it('keeps year and month when the day is not a number', () => {
    expect(only('@article{k, title = {T}, journal = {J}, year = 2020, month = 5, day = {x5}}', 'bibtex').fields?.date).toBe('2020-05');
  });

  it('quotes an unusable date as written, parts without the missing ones, blanks trimmed', () => {
    expect(only('@article{k, title = {T}, journal = {J}, year = {soon}, day = {5}}', 'bibtex').reason).toBe('no usable date in year "soon 5"');
    expect(only('- title: T\n  outlet: J\n  date: " sometime "\n', 'yaml').reason).toBe('no usable date in date "sometime"');
  });

  it('takes the outlet from the host name without its leading www. only', () => {
    expect(only('title,url,date\nT,https://my.www.example.org/a,2020\n', 'csv').fields?.outlet).toBe('my.www.example.org');
  });

  it('names a person once per role, whatever column named them', () => {
    expect(only('title,outlet,date,host,presenter\nT,J,2020,Ann Bee,Ann Bee\n', 'csv').fields?.people).toEqual([{ name: 'Ann Bee', role: 'host' }]);
  });

  it('writes no field the input does not give', () => {
    expect(only('title,outlet,date\nT,J,2020\n', 'csv').fields).toStrictEqual({ title: 'T', type: 'press', date: '2020', outlet: 'J' });
  });

  it('guesses a journalist of up to four names from a byline', () => {
    const item = only('title,outlet,date,description\nT,J,2020,"By Jean Paul Marie Sartre, a talk"\n', 'csv');
    expect(item.fields?.people).toEqual([{ name: 'Jean Paul Marie Sartre', role: 'journalist' }]);
  });
});

describe('readClicNote', () => {
  it('reads a medium label with blanks around it', () => {
    expect(readClicNote('  Entretien  ')).toEqual({ medium: 'interview' });
  });

  it('reads no note from a part that starts with a colon', () => {
    expect(readClicNote(': Interviewer: A')).toBeUndefined();
  });

  it('skips blank names between commas', () => {
    expect(readClicNote('Invités : A,  , B')).toEqual({ credits: [{ name: 'A', role: 'guest' }, { name: 'B', role: 'guest' }] });
  });

  it('reads parts after a semicolon and extra blanks', () => {
    expect(readClicNote('Interviewer: A;   Guests: B')).toEqual({ credits: [{ name: 'A', role: 'interviewer' }, { name: 'B', role: 'guest' }] });
  });

  it('gives the program of a program note without the blanks after the colon, so that nothing is reported as cleaned', () => {
    const draft = emptyDraft(1);
    expect(readNote(draft, 'note', 'Émission :   Le Grand Face-à-face')).toBe(true);
    expect(draft.fields.program).toEqual({ value: 'Le Grand Face-à-face', from: 'note' });
    expect(draft.notes).toEqual([]);
  });
});
