// Dates and language names as the import reads them.
// An imported date is one of the forms the README lists, whole: text before or after one (a
// "circa", a "spring", a second path) makes it no date, reported, rather than a date guessed.
import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanLine, languageCode } from '../../src/core/import/clean.js';
import { monthNumber, readDate } from '../../src/core/import/dates.js';

describe('a date with text around it', () => {
  it.each([
    'circa March 15, 2024', 'March 15, 2024 or so', 'le 15 mars 2020', '15 mars 2020 environ', 'about March 2024', 'March 2024, spring',
    'x2020/05/14/', '2020/05/14/x/y', 'on 05/14/2020', '05/14/2020 maybe',
  ])('%j is no date', (text) => {
    expect(readDate(text)).toBeUndefined();
  });

  it('reads the same forms alone', () => {
    expect([readDate('March 15, 2024'), readDate('15 mars 2020'), readDate('March 2024'), readDate('2020/05/14/'), readDate('05/14/2020')])
      .toEqual(['2024-03-15', '2020-03-15', '2024-03', '2020-05-14', '2020-05-14']);
  });

  it('takes a month number only when it is one or two digits alone', () => {
    expect([monthNumber('x9'), monthNumber('9x'), monthNumber('123'), monthNumber('09')]).toEqual([undefined, undefined, undefined, 9]);
  });
});

describe('the language names of babel and biblatex (`langid`)', () => {
  // babel's documentation, "Supported languages": each name and the ISO 639-1 code of its language.
  it.each([
    ['ngerman', 'de'], ['german', 'de'], ['austrian', 'de'], ['swissgerman', 'de'], ['american', 'en'], ['british', 'en'],
    ['ukenglish', 'en'], ['usenglish', 'en'], ['magyar', 'hu'], ['norsk', 'nb'], ['nynorsk', 'nn'], ['slovene', 'sl'],
    ['brazil', 'pt'], ['brazilian', 'pt'], ['portuges', 'pt'], ['francais', 'fr'],
  ])('%s is %s', (name, code) => {
    expect(languageCode(name)).toBe(code);
  });
});

describe('what cleaning and dates make of the rest', () => {
  it('reads a numeric date with seconds in its time of day', () => {
    expect(readDate('05/14/2020 10:30:15')).toBe('2020-05-14');
  });

  it('drops a terminal title sequence left open and a C1 CSI with several parameters, whole', () => {
    expect(cleanLine('a\u001b]0;title b').text).toBe('a');
    expect(cleanLine('x\u009b12;34my').text).toBe('xy');
  });

  it('ends a line at a heading, with or without attributes', () => {
    expect(cleanBlock('<h2>Title</h2>Body')).toBe('Title\nBody');
    expect(cleanBlock('<h2 class="x">Title</h2>Body')).toBe('Title\nBody');
    expect(cleanBlock('a<br class="x">b')).toBe('a\nb');
  });
});
