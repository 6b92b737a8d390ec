// The pure steps of an import, case by case: dates as files write them, the day order and what
// the report says about it, cleaning, people and organisations, duplicates, format detection and
// types. Each expectation is written by hand from the README's import section and the formats.
import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanLine, decodeEntities, decodeLatexAccents, languageCode } from '../../src/core/import/clean.js';
import { dateFromParts, dateNotes, decideDayOrder, monthNumber, readDate } from '../../src/core/import/dates.js';
import { detectFormat, formatFromContent } from '../../src/core/import/detect.js';
import { emptyDraft, type Draft } from '../../src/core/import/draft.js';
import { DuplicateIndex, nearlySameTitle, normaliseUrl } from '../../src/core/import/duplicates.js';
import { creatorFromText, creatorToPerson, organisationNote } from '../../src/core/import/people.js';
import { decideType, typeFromWord } from '../../src/core/import/types.js';

describe('monthNumber', () => {
  it.each([
    ['1', 1], ['09', 9], ['12', 12], ['0', undefined], ['13', undefined], ['123', undefined],
    ['January', 1], ['feb', 2], ['Feb.', 2], ['March', 3], ['apr', 4], ['May', 5], ['jun', 6], ['July', 7], ['aug', 8], ['Sept.', 9], ['sep', 9],
    ['October', 10], ['nov', 11], ['December', 12],
    ['janvier', 1], ['février', 2], ['févr.', 2], ['fév', 2], ['mars', 3], ['avril', 4], ['avr', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7],
    ['août', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12], ['janv', 1], [' Dec ', 12], ['Smarch', undefined], ['ja.n', undefined], ['Sep..', undefined],
  ] as const)('%j → %s', (text, month) => {
    expect(monthNumber(text)).toBe(month);
  });
});

describe('dateFromParts', () => {
  it.each([
    [[2020], '2020'], [[2020, 5], '2020-05'], [[2020, 5, 3], '2020-05-03'], [[1000], '1000'], [[9999, 12, 31], '9999-12-31'],
    [[999], undefined], [[10000], undefined], [[2020.5], undefined], [[2020, 13], undefined], [[2021, 2, 29], undefined], [[2020, 2, 29], '2020-02-29'],
  ] as const)('%j → %s', (parts, date) => {
    expect(dateFromParts(...(parts as unknown as [number, number?, number?]))).toBe(date);
  });
});

describe('readDate', () => {
  it.each([
    // RIS: slashes, empty parts, a text part after the last slash.
    ['2020/05/14/', '2020-05-14'], ['2020/05/14/Spring', '2020-05-14'], ['2020//14/', '2020'], ['2020/5/', '2020-05'], ['2020/05/14', '2020-05-14'],
    // ISO with separators, times and zones.
    ['2020.05.14', '2020-05-14'], ['2020-5-4', '2020-05-04'], ['2020-05-14T09:30', '2020-05-14'], ['2020-05-14 9:30:15.123 Z', '2020-05-14'],
    ['2020-05-14T23:30:00+0200', '2020-05-14'], ['2020-05-14t10:00z', '2020-05-14'],
    // Numeric, both orders, two- and four-digit years, with a time.
    ['05.14.2020', '2020-05-14'], ['5-14-20', '2020-05-14'], ['5/14/69', '1969-05-14'], ['5/14/68', '2068-05-14'], ['5/14/2020 10:30', '2020-05-14'],
    // Words.
    ['March 15th, 2024', '2024-03-15'], ['Sept. 3 2019', '2019-09-03'], ['  March   15,  2024 ', '2024-03-15'], ['3rd March 2024', '2024-03-03'],
    ['15. März 2024', undefined], ['1er février 2021', '2021-02-01'], ['15 mars, 2020', '2020-03-15'], ['June, 2019', '2019-06'], ['juin 2019', '2019-06'],
    // Runs of blanks count as one.
    ['2020-05-14  10:30', '2020-05-14'], ['5/14/2020 \t 10:30', '2020-05-14'],
  ] as const)('%j → %s', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it('reads 1/2/2020 in the order given, month first by default', () => {
    expect(readDate('1/2/2020')).toBe('2020-01-02');
    expect(readDate('1/2/2020', 'month-first')).toBe('2020-01-02');
    expect(readDate('1/2/2020', 'day-first')).toBe('2020-02-01');
  });

  it.each(['1/2-2020', '2020-05-14T25', '5/14/202', 'Smarch 15, 2024', '15 Smarch 2024', 'Smarch 2024', '2020-05-14 soon', '20200514', 'x2020', '2020/13/01/'])('%j is no date', (text) => {
    expect(readDate(text)).toBeUndefined();
  });
});

describe('decideDayOrder: the reason the report gives', () => {
  it('gives no reason for a file without numeric dates', () => {
    expect(decideDayOrder(['2020-01-02', 'March 2020', ''])).toEqual({ order: 'month-first', ambiguous: false });
  });

  it('counts dates in words, singular and plural', () => {
    expect(decideDayOrder([' 25/1/2020 ', '3/4/2020'])).toEqual({ order: 'day-first', ambiguous: false, reason: 'D/M/Y, as 1 date has a day above 12 first' });
    expect(decideDayOrder(['25/1/2020', '13/4/2020'])).toEqual({ order: 'day-first', ambiguous: false, reason: 'D/M/Y, as 2 dates have a day above 12 first' });
    expect(decideDayOrder(['1/25/2020'])).toEqual({ order: 'month-first', ambiguous: false, reason: 'M/D/Y, as 1 date has a day above 12 second' });
    expect(decideDayOrder(['1/25/2020', '2/13/20'])).toEqual({ order: 'month-first', ambiguous: false, reason: 'M/D/Y, as 2 dates have a day above 12 second' });
    expect(decideDayOrder(['1/12/2020', '12/1/2020'])).toEqual({ order: 'month-first', ambiguous: true, reason: 'M/D/Y, but no date has a day above 12 to confirm it' });
  });

  it('follows the majority when a file mixes both orders, month first on a tie', () => {
    expect(decideDayOrder(['25/1/2020', '26/1/2020', '1/25/2020'])).toEqual({
      order: 'day-first', ambiguous: true, reason: '2 dates read day first and 1 date month first: the file mixes both orders',
    });
    expect(decideDayOrder(['25/1/2020', '1/25/2020', '1/26/2020'])).toEqual({
      order: 'month-first', ambiguous: true, reason: '1 date read day first and 2 dates month first: the file mixes both orders',
    });
    expect(decideDayOrder(['25/1/2020', '1/25/2020']).order).toBe('month-first');
  });
});

describe('dateNotes', () => {
  it('says how many dates had a two-digit year, and how many a time of day', () => {
    expect(dateNotes(['5/14/20', ' 5/15/21 ', '5/16/2021', '2020-05-14T10:00', '2020-05-15 9:30', '2020-05-16'])).toEqual([
      '2 dates with a two-digit year: 00–68 read as 20xx, 69–99 as 19xx',
      '2 dates with a time of day: the day kept as written, the time dropped',
    ]);
    expect(dateNotes(['5/14/20 10:30'])).toEqual([
      '1 date with a two-digit year: 00–68 read as 20xx, 69–99 as 19xx',
      '1 date with a time of day: the day kept as written, the time dropped',
    ]);
    expect(dateNotes(['2020-05-14', 'May 2020', '12:30', ' 12:30'])).toEqual([]);
  });
});

describe('cleanLine', () => {
  it('removes terminal escape sequences whole and bidirectional overrides, and says so', () => {
    expect(cleanLine('\u001b[31mRed\u001b[0m \u001b]0;title\u0007T\u202eX\u2066 \u009b1mZ')).toEqual({ text: 'Red TX Z', changes: ['control sequences removed'], href: undefined });
    expect(cleanLine('\u001b]8;;https://x.org\u001b\\link').text).toBe('link');
  });

  it('collapses control characters and spaces but keeps typographic spaces', () => {
    expect(cleanLine('a\tb\n\u0085c  d')).toEqual({ text: 'a b c d', changes: [], href: undefined });
    expect(cleanLine('« Titre\u00a0» :')).toEqual({ text: '« Titre\u00a0» :', changes: [], href: undefined });
    expect(cleanLine(' a ').changes).toEqual(['spaces trimmed']);
    expect(cleanLine('One<br>Two').text).toBe('One Two');
    expect(cleanLine('e\u0301').changes).toEqual([]);
  });

  it('reads a single-quoted href, after other attributes, and decodes its entities', () => {
    expect(cleanLine("<a class='x' href = 'https://x.org/?a=1&amp;b=2'>T</a>").href).toBe('https://x.org/?a=1&b=2');
    expect(cleanLine('<abbr href="https://x.org">T</abbr>').href).toBeUndefined();
  });
});

describe('cleanBlock', () => {
  it('turns block tags into line breaks, drops the others, at most one blank line', () => {
    expect(cleanBlock('<p>One <b>two</b></p>\r\n<br/><div>Three</div><ul><li>a</li><LI>b</li></ul><h2>H</h2>')).toBe('One two\n\nThree\n\na\n\nb\n\nH');
    expect(cleanBlock('a  \t\nb\r\rc\u0007\u001b[1md')).toBe('a\nb\n\nc[1md'.replace('[1m', ''));
    expect(cleanBlock('  e\u0301  ')).toBe('é');
    expect(cleanBlock('a\tb')).toBe('a\tb');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''], ['&nbsp;', '\u00a0'], ['&ndash;&mdash;&hellip;', '–—…'], ['&laquo;&raquo;', '«»'],
    ['&lsquo;&rsquo;&ldquo;&rdquo;', '‘’“”'], ['&eacute;&egrave;&agrave;&ccedil;', 'éèàç'], ['&ecirc;&ocirc;&iuml;&uuml;&ouml;&auml;', 'êôïüöä'], ['&copy;', '©'],
    ['&AMP;', '&'], ['&#233;', 'é'], ['&#xE9;&#XE9;', 'éé'], ['&#x1F600;', '😀'], ['&#1114111;', '\u{10FFFF}'],
    ['&#0;', '&#0;'], ['&#31;', '&#31;'], ['&#32;', ' '], ['&#xD800;', '&#xD800;'], ['&#xDFFF;', '&#xDFFF;'], ['&#xD7FF;', '\uD7FF'], ['&#xE000;', '\uE000'],
    ['&#x110000;', '&#x110000;'], ['&unknown;', '&unknown;'], ['&a;', '&a;'], ['&amp', '&amp'],
  ])('%s → %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('decodeLatexAccents', () => {
  it.each([
    ["{\\'e}", 'é'], ["\\'{e}", 'é'], ["\\'e", 'é'], ['\\`a', 'à'], ['\\^o', 'ô'], ['\\"u', 'ü'], ['\\~n', 'ñ'], ['{\\c c}', 'ç'], ['\\c{c}', 'ç'],
    ['\\=a', 'ā'], ['\\u{g}', 'ğ'], ['\\v{s}', 'š'], ['\\H{o}', 'ő'], ['\\.z', 'ż'], ['\\k{a}', 'ą'], ['\\r{a}', 'å'],
    ['{\\oe}', 'œ'], ['{\\OE}', 'Œ'], ['{\\ae}', 'æ'], ['{\\AE}', 'Æ'], ['{\\ss}', 'ß'], ['{\\o}', 'ø'], ['{\\O}', 'Ø'], ['{\\l}', 'ł'], ['{\\L}', 'Ł'],
    ['\\cat', '\\cat'], ['\\textbf{x}', '\\textbf{x}'], ['plain', 'plain'], ['Caf{\\\'e} au lait', 'Café au lait'],
  ])('%s → %s', (text, decoded) => {
    expect(decodeLatexAccents(text)).toBe(decoded);
  });
});

describe('languageCode', () => {
  it.each([
    ['fr', 'fr'], [' FR ', 'fr'], ['fr_CA', 'fr'], ['pt-BR', 'pt'], ['zh-Hant', 'zh'], ['en-001', 'en'], ['xx-YY', undefined], ['fr-', undefined], ['fr-C', undefined], ['xfr-CA', undefined], ['fr-CA!', undefined],
    ['anglais', 'en'], ['Allemand', 'de'], ['español', 'es'], ['british', 'en'], ['brazil', 'pt'], ['magyar', 'hu'], ['nynorsk', 'nn'], ['swissgerman', 'de'], ['', undefined],
  ])('%j → %s', (text, code) => {
    expect(languageCode(text)).toBe(code);
  });
});

describe('people', () => {
  it('reads Family, Given and Given Family, and a single word whole', () => {
    expect(creatorFromText('Casilli, Antonio')).toEqual({ family: 'Casilli', given: 'Antonio', suffix: undefined });
    expect(creatorFromText(' King, Martin Luther , Jr. ')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(creatorFromText(' Jean  de La Fontaine ')).toEqual({ given: 'Jean  de La', family: 'Fontaine' });
    expect(creatorFromText(' Arte ')).toEqual({ literal: 'Arte' });
    // However many spaces stand before the family name, the given names keep none at their end.
    expect(creatorFromText('Jean  Dupont')).toEqual({ given: 'Jean', family: 'Dupont' });
  });

  it('joins given, particle, family and suffix, cleaned; a single family name or a literal is an organisation', () => {
    expect(creatorToPerson({ given: 'Ludwig', particle: 'van', family: 'Beethoven', suffix: 'II' }, 'guest')).toEqual({ person: { name: 'Ludwig van Beethoven II', role: 'guest' }, organisation: false });
    expect(creatorToPerson({ given: ' <b>Jean</b> ', family: 'Dupont' }, null)).toEqual({ person: { name: 'Jean Dupont', role: null }, organisation: false });
    expect(creatorToPerson({ family: 'Arte' }, 'host')).toEqual({ person: { name: 'Arte', role: 'host', org: true }, organisation: true });
    expect(creatorToPerson({ family: 'Jean Dupont' }, 'host')).toEqual({ person: { name: 'Jean Dupont', role: 'host' }, organisation: false });
    expect(creatorToPerson({ given: '', family: 'Arte' }, 'host')).toEqual({ person: { name: 'Arte', role: 'host' }, organisation: false });
    expect(creatorToPerson({ literal: ' ', family: 'Dupont', given: 'Jean' }, null)?.person.name).toBe('Jean Dupont');
    expect(creatorToPerson({ literal: ' ' }, null)).toBeUndefined();
    expect(creatorToPerson({}, null)).toBeUndefined();
  });

  it('reports an organisation with the field it came from', () => {
    expect(organisationNote('author', 'Arte')).toBe('author "Arte" is an organisation; written as `org`');
  });
});

describe('normaliseUrl', () => {
  it.each([
    ['https://m.example.org/a', 'example.org/a'], ['https://mobile.example.org/a', 'example.org/a'], ['https://www.example.org/a/index.html', 'example.org/a'],
    ['https://example.org/a/index.htm', 'example.org/a'], ['https://example.org/a///', 'example.org/a'], ['https://example.org/A', 'example.org/A'],
    ['https://example.org/?b=2&a=1', 'example.org?a=1&b=2'], ['https://example.org/?a=2&a=1', 'example.org?a=2&a=1'],
    ['https://example.org/?utm_source=x&UTM_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&ocid=6&cmpid=7&xtor=8', 'example.org'],
    ['https://example.org/?reference=1&xref=2', 'example.org?reference=1&xref=2'], ['https://youtu.be/abc?t=3', 'youtube.com/watch?v=abc'],
    [' not a url ', 'not a url'],
    // Only a leading www., m. or mobile. goes, not the same letters inside a host; only an index page at the end of the path.
    ['https://am.example.org/a', 'am.example.org/a'], ['https://example.org/a/index.htmlx', 'example.org/a/index.htmlx'],
    // Parameters by key in code-unit order, the values of one key in their order (URLSearchParams.sort).
    ['https://example.org/?c=1&b=2&a=3&b=1&B=0', 'example.org?B=0&a=3&b=2&b=1&c=1'],
  ])('%s → %s', (url, key) => {
    expect(normaliseUrl(url)).toBe(key);
  });
});

describe('nearlySameTitle', () => {
  it('allows one edit per 15 characters, at least one, and needs the same numbers', () => {
    expect(nearlySameTitle('Ghost work', 'Ghost worx')).toBe(true);
    expect(nearlySameTitle('Ghost work', 'Ghost wxrx')).toBe(false);
    expect(nearlySameTitle('The hidden labour behind AI', 'The hidden labour behind A.I.!')).toBe(true);
    // 30 characters: two edits allowed, three not.
    expect(nearlySameTitle('abcdefghijklmnopqrstuvwxyzabcd', 'abcdefghijklmnopqrstuvwxyzabXY')).toBe(true);
    expect(nearlySameTitle('abcdefghijklmnopqrstuvwxyzabcd', 'abcdefghijklmnopqrstuvwxyzaXYZ')).toBe(false);
    expect(nearlySameTitle('abcdefghijklmnopqrstuvwxyzabcd', 'abcdefghijklmnopqrstuvwxyzab')).toBe(true);
    expect(nearlySameTitle('abcdefghijklmnopqrstuvwxyzabcd', 'abcdefghijklmnopqrstuvwxyza')).toBe(false);
    expect(nearlySameTitle('Episode 1 of 2', 'Episode 1 of 3')).toBe(false);
  });

  it('compares words whatever the punctuation and spacing between them, and numbers as separate numbers', () => {
    expect(nearlySameTitle('Ghost -- work', 'Ghost work')).toBe(true);
    // "ghost work" and "ghostw ork": two edits in ten characters.
    expect(nearlySameTitle('Ghost work', 'Ghostw ork')).toBe(false);
    expect(nearlySameTitle('Part 1', 'Part 1s')).toBe(true);
    expect(nearlySameTitle('Episode 1 of 2', 'Episode 1 off 2')).toBe(true);
    expect(nearlySameTitle('Episode 1 2', 'Episode 12')).toBe(false);
  });

  it('compares long titles by their first 200 characters', () => {
    const head = 'a'.repeat(200);
    expect(nearlySameTitle(`${head} first ending`, `${head} another, longer ending`)).toBe(true);
    expect(nearlySameTitle(`${head} ${'x'.repeat(300)}`, `${head} ${'y'.repeat(300)}`)).toBe(true);
  });
});

describe('DuplicateIndex', () => {
  it('finds the same URL, then the same outlet and date with a near title, and nothing else', () => {
    const index = new DuplicateIndex();
    index.add({ title: 'Ghost work', date: '2020-05', outlet: 'Le Monde', url: 'https://www.lemonde.fr/a/' }, 'one.md');
    index.add({ title: 'Another story', date: '2020-05', outlet: ' le monde ', url: null }, 'two.md');
    expect(index.find({ title: 'Different', date: '2021', outlet: 'X', url: 'http://lemonde.fr/a' })).toEqual({ label: 'one.md', why: 'same URL' });
    expect(index.find({ title: 'Ghost work!', date: '2020-05', outlet: 'LE MONDE' })).toEqual({ label: 'one.md', why: 'same outlet, date and title' });
    expect(index.find({ title: 'Another story', date: '2020-05', outlet: 'Le Monde', url: 'https://other.org' })).toEqual({ label: 'two.md', why: 'same outlet, date and title' });
    expect(index.find({ title: 'Ghost work', date: '2020-06', outlet: 'Le Monde' })).toBeUndefined();
    expect(index.find({ title: 'Ghost work', date: '2020-05', outlet: 'Libération' })).toBeUndefined();
    expect(index.find({ title: 'A third story', date: '2020-05', outlet: 'Le Monde', url: '' })).toBeUndefined();
    expect(index.find({ title: 'Ghost work', date: '2020-05', outlet: '  Le Monde ' })).toEqual({ label: 'one.md', why: 'same outlet, date and title' });
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'csv'], ['a.TSV', 'csv'], ['a.txt', 'csv'], ['a.yml', 'yaml'], ['a.yaml', 'yaml'], ['a.bibtex', 'bibtex'], ['a.json', 'csl-json'],
    ['a.csljson', 'csl-json'], ['a.ris', 'ris'], ['a.markdown', 'markdown'], ['a.MD', 'markdown'],
  ])('%s is %s by its extension', (name, format) => {
    expect(detectFormat(name, '[]')).toBe(format === 'csl-json' ? 'csl-json' : format);
    expect(detectFormat(name, 'TY  - NEWS\n')).toBe(format);
  });

  it('reads an unknown extension by content', () => {
    expect(detectFormat('a.xml', 'TY  - NEWS\n')).toBe('ris');
    expect(detectFormat('a.', 'TY  - NEWS\n')).toBe('ris');
    // The extension is the last one, and a name of the object prototype is no extension.
    expect(detectFormat('export.csv.xml', 'TY  - NEWS\n')).toBe('ris');
    expect(detectFormat('notes.constructor', 'TY  - NEWS\n')).toBe('ris');
  });

  it.each([
    ['\uFEFF [{}]', 'csl-json'], ['\n {"title": 1}', 'csl-json'], ['Title\nTY  - NEWS\n', 'ris'], ['TY - NEWS\n', 'csv'],
    ['% comment\n  @ Article ( key,', 'bibtex'], ['email me @home{', 'csv'],
    ['---\ntitle: x\n---\n- a list in the body\n', 'markdown'], ['--- \n- title: x\n---\n', 'yaml'], ['---\n  - title: x\n---\n', 'yaml'],
    ['---\ntitle: x\n---', 'markdown'], ['--- \r\ntitle: x\r\n--- \r\nbody', 'markdown'], ['---\n- title: x\n---\n', 'yaml'], ['---\ntitle: x\n', 'csv'],
    ['press:\n  - "title": x\n', 'yaml'], ['- \'title\': x', 'yaml'], ['-title: x', 'csv'],
    // A BOM is one only at the start; on a later line U+FEFF is a character of that line.
    ['Title\n\uFEFFTY  - NEWS\n', 'csv'], ['Title\n\uFEFF@article{k,\n', 'csv'],
    // RIS tags, BibTeX entries and YAML items start their line.
    ['title,note\nA,see TY  - NEWS\n', 'csv'], ['title,outlet\nCasilli - Interview: click work,Le Monde\n', 'csv'],
    // A handle is no BibTeX entry: the entry type is followed by a brace or parenthesis.
    ['handle,title\n@casilli,Interview\n', 'csv'],
    // Front matter opens the file; a YAML stream's `---` after a comment is no front matter.
    ['# press\n---\n- title: A\n---\n', 'yaml'],
    // YAML allows more than one blank after the dash, and blanks before the colon.
    ['-   title: x\n    date: 2020\n', 'yaml'], ['- title : x\n', 'yaml'],
    // Keys with a hyphen or a dot, and quoted keys with a blank, are YAML keys too.
    ['- pub-date: 2020\n  title: A\n', 'yaml'], ['- dc.title: A\n', 'yaml'], ['- "pub date": 2020\n', 'yaml'], ["- 'pub date': 2020\n", 'yaml'],
    ['- A-side, the story,Le Monde\n', 'csv'],
  ])('%j is %s by its content', (text, format) => {
    expect(formatFromContent(text)).toBe(format);
  });

  // Its own test, not a row above: a 64 KiB test name breaks Stryker's runner (it builds a regex
  // of the names to run, and the run then ends in an error instead of a verdict).
  it('reads only the first 64 KiB for the content', () => {
    // A line break and `TY  - ` are 7 characters: they end at character 65,536, or one past it.
    expect(formatFromContent(`${'x'.repeat(64 * 1024 - 7)}\nTY  - NEWS\n`)).toBe('ris');
    expect(formatFromContent(`${'x'.repeat(64 * 1024 - 6)}\nTY  - NEWS\n`)).toBe('csv');
  });
});

describe('types', () => {
  const draft = (fields: Partial<Record<'outlet' | 'title' | 'url', string>>, extra: Partial<Draft> = {}): Draft => ({
    ...emptyDraft(1),
    fields: Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value, from: field }])),
    ...extra,
  });

  it.each([
    ['press', 'press'], ['Article', 'press'], ['news', 'press'], ['Newspaper', 'press'], ['magazine', 'press'], ['Blog', 'press'], ['blog post', 'press'],
    ['coverage', 'press'], ['mention', 'press'], ['print', 'press'], ['web', 'press'],
    ['Interview', 'interview'], ['entretien', 'interview'], ['Q&A', 'interview'],
    ['Podcast', 'podcast'], ['radio', 'podcast'], ['audio', 'podcast'], ['broadcast', 'podcast'], ['Radio Broadcast', 'podcast'],
    ['video', 'video'], ['TV', 'video'], ['television', 'video'], ['film', 'video'], ['documentary', 'video'], ['TV broadcast', 'video'],
    ['videoRecording', 'video'], ['YouTube', 'video'], ['webinar', 'video'],
    ['Op-Ed', 'op-ed'], ['opinion', 'op-ed'], ['tribune', 'op-ed'], ['column', 'op-ed'], ['editorial', 'op-ed'], ['commentary', 'op-ed'],
    ['award', 'award'], ['Prize', 'award'], ['prix', 'award'], ['honor', 'award'], ['honour', 'award'],
    ['event', 'event'], ['talk', 'event'], ['presentation', 'event'], ['panel', 'event'], ['conference', 'event'], ['lecture', 'event'], ['screening', 'event'],
    ['book', 'book'], ['ouvrage', 'book'], ['livre', 'book'], ['Événement', 'event'], ['Vidéo', 'video'], ['thing', undefined],
    ['constructor', undefined], ['Op-ed', 'op-ed'], ['OPED', 'op-ed'],
  ])('the word %j is %s', (word, type) => {
    expect(typeFromWord(word)).toBe(type);
  });

  it.each([
    [{ url: 'https://www.youtube.com/watch?v=1' }, 'video', 'from url "https://www.youtube.com/watch?v=1"'],
    [{ url: 'https://youtu.be/1' }, 'video', 'from url "https://youtu.be/1"'],
    [{ url: 'https://vimeo.com/1' }, 'video', 'from url "https://vimeo.com/1"'],
    [{ url: 'https://dailymotion.com/1' }, 'video', 'from url "https://dailymotion.com/1"'],
    [{ outlet: 'France TV' }, 'video', 'from outlet "France TV"'], [{ outlet: 'Télévision suisse' }, 'video', 'from outlet "Télévision suisse"'],
    [{ outlet: 'TV5Monde' }, 'video', 'from outlet "TV5Monde"'], [{ title: 'A video' }, 'video', 'from title "A video"'], [{ title: 'La vidéo' }, 'video', 'from title "La vidéo"'],
    [{ outlet: 'Fated Mates Podcast' }, 'podcast', 'from outlet "Fated Mates Podcast"'], [{ outlet: 'France Radio' }, 'podcast', 'from outlet "France Radio"'],
    [{ url: 'https://open.spotify.com/episode/1' }, 'podcast', 'from url "https://open.spotify.com/episode/1"'],
    [{ url: 'https://anchor.fm/x' }, 'podcast', 'from url "https://anchor.fm/x"'], [{ url: 'https://soundcloud.com/x' }, 'podcast', 'from url "https://soundcloud.com/x"'],
    [{ outlet: 'Radio Nova FM' }, 'podcast', 'from outlet "Radio Nova FM"'], [{ outlet: 'Nova FM' }, 'podcast', 'from outlet "Nova FM"'],
    [{ title: 'An interview' }, 'interview', 'from title "An interview"'], [{ title: 'Un entretien' }, 'interview', 'from title "Un entretien"'],
    [{ title: 'Q & A with her' }, 'interview', 'from title "Q & A with her"'], [{ title: 'A Q&A' }, 'interview', 'from title "A Q&A"'],
    [{ title: 'An op-ed' }, 'op-ed', 'from title "An op-ed"'], [{ title: 'An oped' }, 'op-ed', 'from title "An oped"'], [{ title: 'Une tribune' }, 'op-ed', 'from title "Une tribune"'],
    [{ title: 'Opinion: x' }, 'op-ed', 'from title "Opinion: x"'], [{ title: 'My column' }, 'op-ed', 'from title "My column"'],
    [{ title: 'The prize' }, 'award', 'from title "The prize"'], [{ title: 'Awarded' }, 'award', 'from title "Awarded"'], [{ title: 'Le prix' }, 'award', 'from title "Le prix"'],
    [{ title: 'Lauréate' }, 'award', 'from title "Lauréate"'], [{ title: 'Laureat' }, 'award', 'from title "Laureat"'],
    [{ title: 'Tvxq' }, 'press', 'by default (no cue in outlet, title, URL or notes)'], [{ title: 'Affirm' }, 'press', 'by default (no cue in outlet, title, URL or notes)'],
    [{ url: 'https://spotify.com/artist/1' }, 'press', 'by default (no cue in outlet, title, URL or notes)'],
    [{ title: 'Videotron' }, 'press', 'by default (no cue in outlet, title, URL or notes)'], [{ title: 'Columnist' }, 'press', 'by default (no cue in outlet, title, URL or notes)'],
    [{ title: 'Prizes' }, 'press', 'by default (no cue in outlet, title, URL or notes)'], [{ title: 'Prixe' }, 'press', 'by default (no cue in outlet, title, URL or notes)'],
  ] as const)('%j is inferred %s', (fields, type, reason) => {
    expect(decideType(draft(fields))).toEqual({ type, reason, inferred: true });
  });

  it('looks at the medium before the genre, and at outlet, title, URL, then notes in that order', () => {
    expect(decideType(draft({ title: 'An interview on the radio' }))).toMatchObject({ type: 'podcast' });
    expect(decideType(draft({ outlet: 'Le Monde', title: 'An interview', url: 'https://x.org/interview' })).reason).toBe('from title "An interview"');
    expect(decideType(draft({ outlet: 'The Interview Show', title: 'An interview' })).reason).toBe('from outlet "The Interview Show"');
    expect(decideType(draft({ title: 'x' }, { body: ['Heard on the radio with A'] }))).toEqual({ type: 'podcast', reason: 'from notes "radio"', inferred: true });
  });

  it('shortens a long value in the reason to 59 characters and an ellipsis', () => {
    const title = `An interview ${'x'.repeat(60)}`;
    expect(decideType(draft({ title })).reason).toBe(`from title "${title.slice(0, 59)}…"`);
    const sixty = `An interview ${'x'.repeat(47)}`;
    expect(decideType(draft({ title: sixty })).reason).toBe(`from title "${sixty}"`);
  });

  it('does not read a video or podcast from the title of a format\'s article type, but still from its outlet', () => {
    expect(decideType(draft({ title: 'A TV show', outlet: 'Le Monde' }, { defaultType: 'press' }))).toEqual({ type: 'press', reason: 'by default (no cue in outlet, title, URL or notes)', inferred: true });
    expect(decideType(draft({ title: 'On the radio' }, { defaultType: 'event' }))).toEqual({ type: 'event', reason: 'by default for its type', inferred: true });
    expect(decideType(draft({ title: 'An interview' }, { defaultType: 'press' })).type).toBe('interview');
    expect(decideType(draft({ title: 'x', outlet: 'Radio France' }, { defaultType: 'press' })).type).toBe('podcast');
  });

  it('takes the parser\'s type first, then a stated type that names one, then --type', () => {
    expect(decideType(draft({ title: 'A TV show' }, { type: { value: 'book', from: '@book' } }), 'event')).toEqual({ type: 'book', reason: 'from @book', inferred: false });
    expect(decideType(draft({}, { statedType: { value: 'Op-Ed', from: 'Kind' } }), 'event')).toEqual({ type: 'op-ed', reason: 'from Kind "Op-Ed"', inferred: false });
    expect(decideType(draft({ title: 'A TV show' }, { statedType: { value: 'Thing', from: 'Kind' } }), 'event')).toEqual({ type: 'event', reason: 'from --type', inferred: false });
    expect(decideType(draft({ title: 'A TV show' }, { statedType: { value: 'Thing', from: 'Kind' } }))).toEqual({
      type: 'video', reason: 'from title "A TV show" (Kind "Thing" names no type)', inferred: true,
    });
    expect(decideType(draft({ title: 'x' }, { statedType: { value: 'Thing', from: 'genre' }, defaultType: 'press' })).reason).toBe('by default (no cue in outlet, title, URL or notes)');
  });
});
