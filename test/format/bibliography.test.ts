// What the bibliography writers share: left-out fields, one-line text, credit notes in English
// and French typography (a space before the colon and the semicolon), issue labels taken off, and
// the langid of each ISO 639-1 code (babel's language names; those biblatex ships a .lbx for are
// checked against the installed TeX Live).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  citationKey, creditNote, credits, issueNumber, langid, LeftOut, mediumLabel, oneLine, programNote, roleLabel,
} from '../../src/format/bibliography.js';
import { displayName, makeEntry } from '../support/entry.js';

describe('LeftOut', () => {
  it('notes a field only when an entry holds a value for it, and lists them in the corpus format\'s order', () => {
    const leftOut = new LeftOut();
    leftOut.drop(makeEntry({ tags: [] }), 'tags');
    leftOut.drop(makeEntry({ program: '' }), 'program');
    leftOut.drop(makeEntry({ place: null }), 'place');
    expect(leftOut.list()).toEqual([]);
    leftOut.drop(makeEntry({ updates: [{ date: '2021', note: 'n' }] }), 'updates');
    leftOut.drop(makeEntry({ program: 'P' }), 'program');
    leftOut.drop(makeEntry({ program: 'Q' }), 'program');
    expect(leftOut.list()).toEqual(['program', 'updates']);
  });
});

describe('oneLine', () => {
  it('turns every kind of line break into a space, drops other control characters, and trims', () => {
    expect(oneLine(' a\tb\nc\u000bd\u000ce\rf\u0085g\u2028h\u2029i\r\n\r\nj ')).toBe('a b c d e f g h i j');
    expect(oneLine('x\u0000\u0007\u001b\u007f\u009fy')).toBe('xy');
    expect(oneLine('keeps\u00a0no-break\u202fspaces')).toBe('keeps\u00a0no-break\u202fspaces');
  });
});

describe('citationKey', () => {
  it('gives the key of the entry, and refuses an entry without one', () => {
    expect(citationKey(new Map([['an-entry', 'casilli2020']]), makeEntry())).toBe('casilli2020');
    expect(() => citationKey(new Map(), makeEntry())).toThrow('no citation key for an-entry');
  });
});

describe('credits', () => {
  it('labels roles in the entry\'s language, singular or plural, an unknown role capitalised', () => {
    const fr = makeEntry({ language: 'FR' });
    expect(roleLabel('guest', 1, fr)).toBe('Invité');
    expect(roleLabel('guest', 2, fr)).toBe('Invités');
    expect(roleLabel('guest', 2, makeEntry({ language: 'de' }))).toBe('Guests');
    expect(roleLabel('producer', 3, fr)).toBe('Producer');
  });

  it('writes a note in French with a space before each colon and semicolon, in English without', () => {
    const people = [{ name: 'A', role: 'guest' }, { name: 'B', role: 'host' }, { name: 'C', role: 'guest' }, { name: 'D', role: null }];
    expect(creditNote(makeEntry({ language: 'fr' }), people)).toBe('Invités : A, C ; Animateur : B ; Auteur : D');
    expect(creditNote(makeEntry({ language: 'en' }), people)).toBe('Guests: A, C; Host: B; Author: D');
    expect(creditNote(makeEntry(), [])).toBe('');
  });

  it('counts the people an appearance is by as authors, a person without role among them', () => {
    const entry = makeEntry({
      people: ['author', 'interviewee', 'speaker', 'journalist', 'writer', 'director', null, 'guest', 'host'].map((role, i) => ({ name: `P${i} Q`, role })),
    });
    const { authors, note } = credits(entry);
    expect(authors.map(displayName)).toEqual(['P0 Q', 'P1 Q', 'P2 Q', 'P3 Q', 'P4 Q', 'P5 Q', 'P6 Q']);
    expect(note).toBe('Guest: P7 Q; Host: P8 Q');
  });

  it('labels the program and the medium in the entry\'s language', () => {
    expect(programNote(makeEntry({ type: 'podcast', language: 'fr' }), 'La Méthode')).toBe('Émission : La Méthode');
    expect(programNote(makeEntry({ type: 'book' }), 'Idées')).toBe('Series: Idées');
    expect(mediumLabel(makeEntry({ type: 'video', language: 'fr' }))).toBe('Vidéo');
    expect(mediumLabel(makeEntry({ type: 'press' }))).toBeNull();
  });
});

describe('issueNumber', () => {
  it.each([
    ['no. 808', '808'], ['No. 808', '808'], ['no.808', '808'], ['no 808', '808'], ['nos. 3-4', '3-4'], ['nr. 44', '44'],
    ['núm. 5', '5'], ['num. 5', '5'], ['numéro 12', '12'], ['Number 6', '6'], ['n° 7', '7'], ['N°7', '7'], ['n.° 8', '8'],
    ['nº 9', '9'], ['# 10', '10'], ['#10', '10'], ['  no. 11  ', '11'], ['no  12', '12'], ['n ° 13', '13'],
  ])('takes the label off %j: %j', (issue, number) => {
    expect(issueNumber(issue)).toBe(number);
  });

  it.each(['808', 'Hors-série', 'Nova 3', 'none', 'no.', 'nos', '#', 'number', 'Spring 2020', 'Vol. 3, no. 808'])('keeps %j as it is, having no label before a number', (issue) => {
    expect(issueNumber(issue)).toBe(issue.trim());
  });
});

// ISO 639-1 → the language names of babel and biblatex (babel's documentation, "Supported languages").
const LANGIDS: [string, string][] = [
  ['af', 'afrikaans'], ['bg', 'bulgarian'], ['ca', 'catalan'], ['cs', 'czech'], ['cy', 'welsh'], ['da', 'danish'],
  ['de', 'ngerman'], ['el', 'greek'], ['en', 'english'], ['eo', 'esperanto'], ['es', 'spanish'], ['et', 'estonian'],
  ['eu', 'basque'], ['fi', 'finnish'], ['fr', 'french'], ['ga', 'irish'], ['gl', 'galician'], ['he', 'hebrew'],
  ['hr', 'croatian'], ['hu', 'magyar'], ['is', 'icelandic'], ['it', 'italian'], ['la', 'latin'], ['lt', 'lithuanian'],
  ['lv', 'latvian'], ['nb', 'norsk'], ['nl', 'dutch'], ['nn', 'nynorsk'], ['no', 'norsk'], ['pl', 'polish'],
  ['pt', 'portuguese'], ['ro', 'romanian'], ['ru', 'russian'], ['sk', 'slovak'], ['sl', 'slovene'], ['sr', 'serbian'],
  ['sv', 'swedish'], ['tr', 'turkish'], ['uk', 'ukrainian'],
];
/** Babel's names for which biblatex ships no localisation (it falls back to English). */
const BABEL_ONLY = new Set(['afrikaans', 'welsh', 'esperanto', 'irish', 'hebrew', 'latin']);

function kpsewhich(file: string): boolean | undefined {
  try {
    return execFileSync('kpsewhich', [file], { encoding: 'utf8' }).trim() !== '';
  } catch (error) {
    return (error as { status?: number }).status === 1 ? false : undefined;
  }
}
const hasTexLive = kpsewhich('french.lbx') === true;

describe('langid', () => {
  it.each(LANGIDS)('%s is %s', (code, name) => {
    expect(langid(code)).toBe(name);
    expect(langid(code.toUpperCase())).toBe(name);
  });

  it('has no name for a code babel does not know, nor for the names of object properties', () => {
    for (const code of ['ja', 'zh', 'xx', '', 'constructor', 'toString', '__proto__']) expect(langid(code)).toBeUndefined();
  });

  it.skipIf(!hasTexLive)('gives names that biblatex localises (its .lbx files, texlive-bibtex-extra)', () => {
    const missing = LANGIDS.map(([, name]) => name).filter((name) => !BABEL_ONLY.has(name) && kpsewhich(`${name}.lbx`) !== true);
    expect(missing).toEqual([]);
  });
});
