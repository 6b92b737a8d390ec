// Each input format through the pure import plan: what would be written, field by field, what
// is reported and at which line. Inputs are small hand-written files in the shapes the README's
// import section names (al-folio BibTeX, Zotero CSL-JSON and RIS, spreadsheets, YAML data lists,
// Hugo/Jekyll pages); every expectation is written by hand from those formats.
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../src/core/import/bibtex.js';
import { parseCslJson } from '../../src/core/import/csl.js';
import { parseCsv } from '../../src/core/import/csv.js';
import type { ImportSource } from '../../src/core/import/draft.js';
import { parseMarkdownPage } from '../../src/core/import/markdown.js';
import { planImport, type ImportOptions } from '../../src/core/import/plan.js';
import { parseRis } from '../../src/core/import/ris.js';
import { parseYamlList } from '../../src/core/import/yaml.js';
import type { Entry } from '../../src/core/schema.js';

const none = new Map();
const plan = (text: string, from?: ImportSource, options: Partial<ImportOptions> = {}, name = 'in') =>
  planImport([{ name, text }], [], new Set(), { overrides: none, ...(from && { from }), ...options });
const written = (text: string, from?: ImportSource, options: Partial<ImportOptions> = {}) => plan(text, from, options).items.map((item) => item.fields);
const messages = (text: string, from?: ImportSource) => plan(text, from).notes.map((note) => `${note.line}: ${note.message}`);

describe('BibTeX (al-folio, clic, Zotero)', () => {
  it('gives each entry the line it opens on, skipping @string and @comment, and repeated keys their own lines', () => {
    const bib = '@string{r4 = {BBC Radio 4}}\n@comment{x}\n\n@article{one, title = {A}, journal = r4, year = 2020}\n  @ misc ( one, title = {B}, publisher = {P}, year = {2021})\n@book{two, title = {C}, publisher = {Seuil}, year = 2019}\n';
    const parsed = parseBibtex(bib, none);
    expect(parsed.drafts.map((d) => d.line)).toEqual([4, 5, 6]);
    expect(parsed.drafts[0]!.fields.outlet).toEqual({ value: 'BBC Radio 4', from: 'journal' });
    expect(parsed.drafts[1]!.notes).toContain('key `one` is also the key of the entry at line 4');
    expect(parsed.drafts[2]!.notes).toEqual([]);
  });

  it('reads year, month macro and day, or a BibLaTeX date; an unknown month keeps the year', () => {
    expect(written('@article{a, title = {T}, journal = {J}, year = 2020, month = mar, day = {5}}', 'bibtex')[0]).toMatchObject({ date: '2020-03-05' });
    expect(written('@article{a, title = {T}, journal = {J}, year = 2020, month = {September}}', 'bibtex')[0]).toMatchObject({ date: '2020-09' });
    expect(written('@article{a, title = {T}, journal = {J}, year = 2020, month = {Smarch}, day = 3}', 'bibtex')[0]).toMatchObject({ date: '2020' });
    expect(written('@article{a, title = {T}, journal = {J}, year = 2020, month = 5, day = {3rd}}', 'bibtex')[0]).toMatchObject({ date: '2020-05' });
    expect(written('@article{a, title = {T}, journal = {J}, year = 2020, day = 3}', 'bibtex')[0]).toMatchObject({ date: '2020' });
    expect(written('@online{a, title = {T}, organization = {J}, date = {2019-09-14}, year = 2000}', 'bibtex')[0]).toMatchObject({ date: '2019-09-14' });
  });

  it('types: @book and @video fix the type, @article and @inproceedings only give a default that cues can change', () => {
    const bib = [
      '@book{a, title = {T}, publisher = {Seuil}, year = 2019}', '@video{b, title = {T}, publisher = {Arte}, year = 2019}', '@movie{c, title = {T2}, publisher = {Arte}, year = 2019}',
      '@audio{d, title = {T}, publisher = {RFI}, year = 2019}', '@article{e, title = {T}, journal = {Radio France}, year = 2019}', '@inproceedings{f, title = {T}, booktitle = {Conf}, year = 2019}',
      '@unpublished{g, title = {T}, institution = {EHESS}, year = 2019}', '@misc{h, title = {T}, publisher = {P}, year = 2019}', '@thesis{i, title = {T}, publisher = {S}, year = 2019}',
    ].join('\n');
    expect(written(bib, 'bibtex').map((f) => f?.type)).toEqual(['book', 'video', 'video', 'podcast', 'podcast', 'event', 'event', 'press', 'press']);
  });

  it('gives the main authors the role of the type, and other name fields their own roles', () => {
    const bib = '@book{a, title = {T}, publisher = {Seuil}, year = 2019, author = {Casilli, Antonio and {France Télévisions}}, editor = {Dupont, Jean}, director = {Poulain, Henri}, scriptwriter = {Roy, Anne}, collaborator = {Doe, Jane}, commentator = {Roe, Rick}}';
    const [item] = plan(bib, 'bibtex').items;
    expect(item!.fields!.people).toEqual([
      { name: 'Antonio Casilli', role: 'author' }, { name: 'France Télévisions', role: 'author', org: true },
      { name: 'Jean Dupont', role: 'organizer' }, { name: 'Henri Poulain', role: 'director' }, { name: 'Anne Roy', role: 'writer' },
      { name: 'Jane Doe', role: 'guest' }, { name: 'Rick Roe', role: 'discussant' },
    ]);
    expect(item!.notes).toContain('author "France Télévisions" is an organisation; written as `org`');
  });

  it('reads clic\'s @misc: the outlet as braced author, the medium then the program in howpublished, the credits in note', () => {
    const bib = '@misc{a,\n  author = {{BBC Radio 4}},\n  title = {The Life Scientific on work},\n  howpublished = {Audio, The Life Scientific},\n  note = {Host: Jim Al-Khalili; Guests: Antonio Casilli},\n  year = {2021}\n}';
    expect(written(bib, 'bibtex')[0]).toEqual({
      title: 'The Life Scientific on work', type: 'podcast', date: '2021', outlet: 'BBC Radio 4', program: 'The Life Scientific',
      people: [{ name: 'Jim Al-Khalili', role: 'host' }, { name: 'Antonio Casilli', role: 'guest' }],
    });
  });

  it('keeps an @misc author who is a person, or two authors, as people, and the outlet from its field', () => {
    expect(written('@misc{a, author = {Casilli, Antonio}, title = {T}, howpublished = {Le Monde}, year = 2021}', 'bibtex')[0]).toMatchObject({
      outlet: 'Le Monde', people: [{ name: 'Antonio Casilli', role: 'journalist' }],
    });
    expect(written('@misc{a, author = {{Arte} and {ZDF}}, title = {T}, publisher = {P}, year = 2021}', 'bibtex')[0]).toMatchObject({
      outlet: 'P', people: [{ name: 'Arte', role: 'journalist', org: true }, { name: 'ZDF', role: 'journalist', org: true }],
    });
    expect(written('@article{a, author = {{Arte}}, title = {T}, howpublished = {Audio, Prog}, year = 2021}', 'bibtex')[0]).toMatchObject({
      outlet: 'Prog', people: [{ name: 'Arte', role: 'host', org: true }], type: 'podcast',
    });
  });

  it('reads clic\'s BibLaTeX titleaddon: medium then program, or the program alone on an @misc with an organization', () => {
    expect(written('@online{a, title = {T}, organization = {MSH Paris-Saclay}, titleaddon = {Vidéo, Petits déjeuners Durkheim}, year = 2022}', 'bibtex')[0]).toMatchObject({
      outlet: 'MSH Paris-Saclay', program: 'Petits déjeuners Durkheim', type: 'video',
    });
    expect(written('@misc{a, title = {T}, organization = {MSH}, titleaddon = {Séminaire Durkheim}, year = 2022}', 'bibtex')[0]).toMatchObject({ outlet: 'MSH', program: 'Séminaire Durkheim' });
    const other = written('@article{a, title = {T}, journal = {J}, titleaddon = {A subtitle}, year = 2022}', 'bibtex')[0]!;
    expect(other.program).toBeUndefined();
    expect(other.body).toBe('titleaddon: A subtitle');
    const both = written('@misc{a, title = {T}, organization = {MSH}, howpublished = {Séminaire}, titleaddon = {Vidéo, Durkheim}, year = 2022}', 'bibtex')[0]!;
    expect(both).toMatchObject({ program: 'Séminaire', body: 'titleaddon: Durkheim', type: 'video' });
  });

  it('keeps a note that is not clic\'s in the body, and reads a program note', () => {
    expect(written('@article{a, title = {T}, journal = {J}, note = {Heard <i>twice</i>.}, year = 2022}', 'bibtex')[0]).toMatchObject({ body: 'Heard twice.' });
    expect(written('@article{a, title = {T}, journal = {J}, note = {Section: Idées}, year = 2022}', 'bibtex')[0]).toMatchObject({ program: 'Idées' });
    expect(written('@article{a, title = {T}, journal = {J}, series = {S}, note = {Section: Idées}, year = 2022}', 'bibtex')[0]).toMatchObject({ program: 'S', body: 'Section: Idées' });
  });

  it('reports an entry it cannot read by its line and key, and keeps the others', () => {
    const bib = '@article{good, title = {A}, journal = {J}, year = 2020}\n\n@article{bad, title = "x\n}\n@article{after, title = {B}, journal = {J}, year = 2021}\n';
    const parsed = parseBibtex(bib, none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[1, 'A'], [5, 'B']]);
    // The parser's error for that entry is told once, with the entry, not again on its own.
    expect(parsed.broken).toHaveLength(1);
    expect(parsed.broken[0]!.line).toBe(3);
    expect(parsed.broken[0]!.message).toMatch(/^entry `bad` not read: Unterminated quote-value/);
    const empty = parseBibtex('@article{good, title = {A}, journal = {J}, year = 2020}\n@article{bad,\n}\n', none);
    expect(empty.broken).toEqual([{ line: 2, message: 'entry `bad` not read' }]);
  });

  it('reports an entry that is a key alone, closed at once, at its own line', () => {
    // `@article{bad}`: the key ends at the closing brace (or parenthesis), as at a comma.
    const parsed = parseBibtex('@article{good, title = {A}, journal = {J}, year = 2020}\n@article{bad}\n@article(worse)\n', none);
    expect(parsed.broken).toEqual([{ line: 2, message: 'entry `bad` not read' }, { line: 3, message: 'entry `worse` not read' }]);
  });

  it('takes the school of a thesis as its outlet (BibLaTeX: an alias of institution; Zotero: the university)', () => {
    const bib = '@thesis{a, title = {T}, school = {EHESS}, year = 2019}\n@phdthesis{b, title = {U}, school = {Télécom Paris}, year = 2019}\n@mastersthesis{c, title = {V}, school = {Sorbonne}, year = 2018}';
    const parsed = parseBibtex(bib, none);
    expect(parsed.drafts.map((d) => d.fields.outlet)).toEqual([
      { value: 'EHESS', from: 'school' }, { value: 'Télécom Paris', from: 'school' }, { value: 'Sorbonne', from: 'school' },
    ]);
    expect(parsed.drafts.map((d) => d.body)).toEqual([[], [], []]);
    expect(written(bib, 'bibtex').map((f) => f?.outlet)).toEqual(['EHESS', 'Télécom Paris', 'Sorbonne']);
  });

  it('reads HTML in titles as text, not TeX', () => {
    expect(written('@article{a, title = {5 < 6 <i>and</i> 7 > 6}, journal = {J}, year = 2020}', 'bibtex')[0]!.title).toBe('5 < 6 and 7 > 6');
  });

  it('reports the names put in the body and left out, once per file', () => {
    expect(messages('@article{a, title = {T}, journal = {J}, year = 2020, colour = {red}, layout = {x}}\n@article{b, title = {U}, journal = {J}, year = 2021, colour = {blue}}', 'bibtex')).toEqual([
      '1: read as bibtex (--from): 2 items',
      '1: colour: no field takes them; kept in the body as labelled lines (--map NAME=FIELD to place them)',
      '1: layout: left out (site or citation bookkeeping)',
    ]);
  });
});

describe('CSL-JSON (Zotero, pandoc, clic)', () => {
  const csl = (item: Record<string, unknown>) => written(JSON.stringify([{ issued: { 'date-parts': [[2020, 5, 14]] }, ...item }]), 'csl-json')[0];

  it('finds the line of each item, a single item, and reports what is not an item', () => {
    const json = '\uFEFF[\n  {"title": "A [b] {c}", "note": "x \\" ] }", "container-title": "J", "issued": {"date-parts": [[2020]]}},\n\n  {"title": "B", "container-title": "J", "issued": {"raw": "2021-02"}}\n]';
    const parsed = parseCslJson(json);
    expect(parsed.drafts.map((d) => d.line)).toEqual([2, 4]);
    expect(parsed.broken).toEqual([]);
    expect(parseCslJson('{"title": "One"}').drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[1, 'One']]);
    expect(parseCslJson('[[1], null]').broken).toEqual([{ line: 1, message: 'not a CSL item (an object)' }, { line: 1, message: 'not a CSL item (an object)' }]);
    // An item that is not an object has a line too, so the items after it keep theirs.
    const mixed = parseCslJson('[\n  {"title": "A", "issued": {"raw": "2020"}},\n  3,\n  {"title": "B"},\n  ["x", {"y": 1}],\n  "{",\n\n  null, {"title": "C"}\n]');
    expect(mixed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[2, 'A'], [4, 'B'], [8, 'C']]);
    expect(mixed.broken.map((b) => b.line)).toEqual([3, 5, 6, 8]);
    expect(parseCslJson('[{').broken[0]!.message).toMatch(/^not JSON: /);
  });

  it('reads dates as date-parts, raw or literal text; invalid parts are no usable date', () => {
    expect(csl({ title: 'T', 'container-title': 'J', issued: { 'date-parts': [['2020', '5']] } })).toMatchObject({ date: '2020-05' });
    expect(csl({ title: 'T', 'container-title': 'J', issued: { raw: 'May 2019' } })).toMatchObject({ date: '2019-05' });
    expect(csl({ title: 'T', 'container-title': 'J', issued: { literal: '2018' } })).toMatchObject({ date: '2018' });
    expect(csl({ title: 'T', 'container-title': 'J', issued: '2017-03-02' })).toMatchObject({ date: '2017-03-02' });
    const [bad] = plan(JSON.stringify([{ title: 'T', 'container-title': 'J', issued: { 'date-parts': [[2020, 2, 30]] } }]), 'csl-json').items;
    expect(bad).toMatchObject({ outcome: 'no-date', reason: 'no usable date in issued "[2020,2,30]"' });
    const [empty] = plan(JSON.stringify([{ title: 'T', 'container-title': 'J', issued: { 'date-parts': [[]] } }]), 'csl-json').items;
    expect(empty).toMatchObject({ outcome: 'no-date', reason: 'no date' });
  });

  it('takes the outlet from container-title for articles and from publisher for broadcasts, the program from what is left', () => {
    expect(csl({ type: 'article-newspaper', title: 'T', 'container-title': 'Le Monde', publisher: 'Groupe', section: 'Idées' })).toMatchObject({ outlet: 'Le Monde', program: 'Idées', type: 'press' });
    expect(csl({ type: 'article-magazine', title: 'T', publisher: 'Groupe', 'collection-title': 'Série' })).toMatchObject({ outlet: 'Groupe', program: 'Série' });
    expect(csl({ type: 'broadcast', title: 'T', 'container-title': 'La Méthode scientifique', publisher: 'France Culture' })).toMatchObject({
      outlet: 'France Culture', program: 'La Méthode scientifique', type: 'podcast',
    });
    expect(csl({ type: 'broadcast', title: 'T', 'container-title': 'Show only' })).toMatchObject({ outlet: 'Show only' });
    expect(csl({ type: 'broadcast', title: 'T', 'container-title': 'Show only' })!.program).toBeUndefined();
  });

  it.each([
    ['interview', 'interview'], ['broadcast', 'podcast'], ['song', 'podcast'], ['motion_picture', 'video'], ['article-journal', 'press'], ['post-weblog', 'press'],
    ['post', 'press'], ['webpage', 'press'], ['document', 'award'], ['event', 'event'], ['speech', 'event'], ['book', 'book'],
  ])('type %s is %s', (type, entryType) => {
    expect(csl({ type, title: 'T', publisher: 'P', 'container-title': 'C' })!.type).toBe(entryType);
  });

  it('reads the genre or clic\'s medium label when the type does not fix it, and keeps other medium text in the body', () => {
    expect(csl({ type: 'broadcast', genre: 'TV broadcast', title: 'T', publisher: 'P' })!.type).toBe('video');
    expect(csl({ type: 'broadcast', medium: 'Vidéo', title: 'T', publisher: 'P' })).toMatchObject({ type: 'video' });
    expect(csl({ type: 'broadcast', medium: 'Vidéo', title: 'T', publisher: 'P' })!.body).toBeUndefined();
    expect(csl({ type: 'broadcast', medium: 'MP3', title: 'T', publisher: 'P' })).toMatchObject({ type: 'podcast', body: 'medium: MP3' });
    // clic's own medium label is redundant with a type that fixes the entry type: read, not kept.
    // A genre that type overrides is not lost: it is kept in the body.
    expect(csl({ type: 'interview', genre: 'Op-ed', medium: 'Vidéo', title: 'T', publisher: 'P' })).toEqual({ title: 'T', type: 'interview', date: '2020-05-14', outlet: 'P', body: 'genre: Op-ed' });
    expect(csl({ type: 'Thing', title: 'T', 'container-title': 'P' })!.type).toBe('press');
    expect(csl({ type: 'award', title: 'T', 'container-title': 'P' })!.type).toBe('award');
  });

  it('reads issue, number, places, language, URL, keywords, abstract and note; the first of two variables for one field wins, the other is kept in the body', () => {
    expect(csl({
      title: 'T', 'container-title': 'J', issue: '12', number: '13', 'event-place': 'Paris', 'publisher-place': 'Lyon', language: 'fr-FR', URL: 'https://x.org/a',
      keyword: 'labour; AI,platforms', abstract: '<p>Abstract.</p>', note: 'Interviewer: A B',
    })).toEqual({
      title: 'T', type: 'press', date: '2020-05-14', outlet: 'J', issue: '12', place: 'Paris', language: 'fr', url: 'https://x.org/a',
      people: [{ name: 'A B', role: 'interviewer' }], tags: ['labour', 'AI', 'platforms'], body: 'Abstract.\n\nnumber: 13\n\npublisher-place: Lyon',
    });
    expect(csl({ title: 'T', 'container-title': 'J', number: 7, 'publisher-place': 'Lyon', note: 'Just a note' })).toMatchObject({ issue: '7', place: 'Lyon', body: 'Just a note' });
  });

  it('gives names their roles: author by type, the others by variable; particles and suffixes joined', () => {
    const fields = csl({
      type: 'interview', title: 'T', 'container-title': 'J',
      author: [{ family: 'Casilli', given: 'Antonio' }], interviewer: [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
      guest: [{ family: 'Gaulle', given: 'Charles', 'dropping-particle': 'de' }], host: [{ literal: 'France Culture' }], director: [{ family: 'King', given: 'Martin', suffix: 'Jr.' }],
      'script-writer': [{ family: 'Roy', given: 'Anne' }], chair: [{ family: 'Chair', given: 'C' }], organizer: [{ family: 'Org', given: 'O' }], contributor: [{ family: 'Con', given: 'T' }],
      'executive-producer': [{ family: 'Exec', given: 'E' }], producer: [{ family: 'Prod', given: 'P' }], performer: [{ family: 'Perf', given: 'P' }], narrator: [{ family: 'Narr', given: 'N' }],
      'reviewed-author': [{ family: 'Rev', given: 'R' }], editor: [{ family: 'Ed', given: 'E' }], 'container-author': [{ family: 'Cont', given: 'C' }], translator: [{ family: 'Tr', given: 'T' }],
    })!;
    expect(fields.people).toEqual([
      { name: 'Antonio Casilli', role: 'interviewee' }, { name: 'Ludwig van Beethoven', role: 'interviewer' }, { name: 'Charles de Gaulle', role: 'guest' },
      { name: 'France Culture', role: 'host', org: true }, { name: 'Martin King Jr.', role: 'director' }, { name: 'Anne Roy', role: 'writer' },
      { name: 'C Chair', role: 'moderator' }, { name: 'O Org', role: 'organizer' }, { name: 'T Con', role: 'discussant' }, { name: 'E Exec', role: 'organizer' },
      { name: 'P Prod', role: 'organizer' }, { name: 'P Perf', role: 'guest' }, { name: 'N Narr', role: 'host' }, { name: 'R Rev', role: 'guest' },
      { name: 'E Ed', role: 'organizer' }, { name: 'C Cont', role: 'host' },
    ]);
    expect(fields.body).toBe('translator: [{"family":"Tr","given":"T"}]');
  });

  it('skips names that are not objects or empty, and reports organisations', () => {
    const [item] = plan(JSON.stringify([{ title: 'T', 'container-title': 'J', issued: { 'date-parts': [[2020]] }, author: ['A B', null, {}, { literal: 'Arte' }], guest: 'A B' }]), 'csl-json').items;
    expect(item!.fields!.people).toEqual([{ name: 'Arte', role: 'journalist', org: true }]);
    expect(item!.notes).toContain('author "Arte" is an organisation; written as `org`');
  });

  it('keeps unknown variables in the body on one line, and leaves ids and access dates out', () => {
    const json = JSON.stringify([{ id: 'x', 'citation-key': 'k', accessed: { raw: 'x' }, source: 'Zotero', archive: 'a', archive_location: 'b', 'call-number': 'c', title: 'T', 'container-title': 'J', issued: { 'date-parts': [[2020]] }, dimensions: '12 min\n30 s', empty: ' ', flag: true }]);
    // A blank text holds nothing; a boolean is data, kept as written.
    expect(written(json, 'csl-json')[0]!.body).toBe('dimensions: 12 min 30 s\n\nflag: true');
    expect(messages(json, 'csl-json')).toEqual([
      '1: read as csl-json (--from): 1 item',
      '1: dimensions, flag: no field takes them; kept in the body as labelled lines (--map NAME=FIELD to place them)',
      '1: id, citation-key, accessed, source, archive, archive_location, call-number: left out (site or citation bookkeeping)',
    ]);
  });
});

describe('RIS (Zotero, EndNote, clic)', () => {
  const ris = (...records: string[][]) => records.map((tags) => `${tags.join('\r\n')}\r\nER  - \r\n`).join('\r\n');

  it('reads each record from its TY line, continued lines included, and reports what stands outside a record', () => {
    const text = '\uFEFFstray text\nAU  - Before, A\nTY  - NEWS\nTI  - A long\n  title\nT2  - Le Monde\nPY  - 2020\nER  - \nER  - \nTY  - JOUR\nTI  - No end\nJO  - J\nPY  - 2021\nTY  - BOOK\nTI  - Last\nPB  - Seuil\nPY  - 2019';
    const parsed = parseRis(text);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[3, 'A long title'], [10, 'No end'], [14, 'Last']]);
    expect(parsed.broken).toEqual([
      { line: 1, message: 'text outside a record (before `TY  - `)' }, { line: 2, message: 'tag AU outside a record (before `TY  - `)' }, { line: 9, message: '`ER  - ` without a record' },
    ]);
    expect(parsed.notes).toEqual([{ line: 10, message: 'record without `ER  - `; read up to the next `TY`' }, { line: 14, message: 'last record has no `ER  - `; read to the end' }]);
  });

  it('maps the tags: titles, outlets, program, issue, place, language, URL, keywords, notes; a repeated field goes to the body', () => {
    const fields = written(ris(['TY  - NEWS', 'T1  - The title', 'TI  - Second title', 'JO  - Le Monde', 'T3  - Idées', 'IS  - 12', 'CY  - Paris', 'LA  - French', 'UR  - https://x.org/a', 'L2  - https://y.org', 'KW  - labour', 'KW  - AI', 'AB  - Abstract.', 'N2  - More.', 'M3  - Web', 'ST  - Short', 'ID  - 5', 'PY  - 2020', 'XX  - odd', 'TI  - ']), 'ris')[0];
    expect(fields).toEqual({
      title: 'The title', type: 'press', date: '2020', outlet: 'Le Monde', program: 'Idées', issue: '12', place: 'Paris', language: 'fr', url: 'https://x.org/a',
      tags: ['labour', 'AI'], body: 'TI: Second title\n\nL2: https://y.org\n\nAbstract.\n\nMore.\n\nWeb\n\nXX: odd',
    });
    expect(plan(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'PY  - 2020', 'XX  - odd']), 'ris').items[0]!.notes).toContain('tag XX has no field; kept in the body');
  });

  it('prefers DA to PY and Y1 for the date, whatever their order', () => {
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'DA  - 2020/05/14/', 'PY  - 2020']), 'ris')[0]).toMatchObject({ date: '2020-05-14' });
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'PY  - 2020', 'DA  - 2020/05/14/']), 'ris')[0]).toMatchObject({ date: '2020-05-14' });
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'PY  - 2019', 'Y1  - 2020']), 'ris')[0]).toMatchObject({ date: '2020' });
  });

  it('reads broadcasts: the publisher is the outlet and T2 the program; without a publisher T2 is the outlet', () => {
    expect(written(ris(['TY  - SOUND', 'TI  - T', 'T2  - La Méthode scientifique', 'PB  - France Culture', 'PY  - 2020']), 'ris')[0]).toMatchObject({
      type: 'podcast', outlet: 'France Culture', program: 'La Méthode scientifique',
    });
    expect(written(ris(['TY  - SOUND', 'TI  - T', 'T2  - La Méthode scientifique', 'PB  -  ', 'PY  - 2020']), 'ris')[0]).toMatchObject({ outlet: 'La Méthode scientifique' });
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'T2  - Le Monde', 'PB  - Groupe', 'PY  - 2020']), 'ris')[0]).toMatchObject({ outlet: 'Le Monde', body: 'PB: Groupe' });
  });

  it.each([
    ['NEWS', 'press'], ['MGZN', 'press'], ['BLOG', 'press'], ['ELEC', 'press'], ['CHAP', 'press'], ['GEN', 'press'], ['SOUND', 'podcast'], ['VIDEO', 'video'],
    ['MPCT', 'video'], ['PCOMM', 'interview'], ['SLIDE', 'event'], ['CONF', 'event'], ['BOOK', 'book'], ['RPRT', 'press'],
  ])('TY %s is %s', (ty, type) => {
    expect(written(ris([`TY  - ${ty}`, 'TI  - T', 'T2  - Outlet', 'PB  - P', 'PY  - 2020']), 'ris')[0]!.type).toBe(type);
  });

  it('gives creators the roles Zotero writes: AU by type, A2 interviewer of an interview and else a guest, VIDEO AU director and C1 cast', () => {
    expect(written(ris(['TY  - PCOMM', 'TI  - T', 'T2  - J', 'PY  - 2020', 'AU  - Casilli, Antonio', 'A2  - Carpio, Marie', 'A3  - Arte']), 'ris')[0]!.people).toEqual([
      { name: 'Antonio Casilli', role: 'interviewee' }, { name: 'Marie Carpio', role: 'interviewer' }, { name: 'Arte', role: 'interviewer', org: true },
    ]);
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'T2  - J', 'PY  - 2020', 'A1  - Doe, Jane', 'A4  - Roe, Rick', 'ED  - Ed, E']), 'ris')[0]!.people).toEqual([
      { name: 'Jane Doe', role: 'journalist' }, { name: 'Rick Roe', role: 'guest' }, { name: 'E Ed', role: 'guest' },
    ]);
    expect(written(ris(['TY  - VIDEO', 'TI  - T', 'PB  - Arte', 'PY  - 2020', 'AU  - Poulain, Henri', 'A1  - Roy, Anne', 'C1  - Casilli, Antonio', 'A2  - Doe, Jane']), 'ris')[0]!.people).toEqual([
      // The main creators (here the cast, C1) come first, as for every format.
      { name: 'Antonio Casilli', role: 'speaker' }, { name: 'Henri Poulain', role: 'director' }, { name: 'Anne Roy', role: 'director' }, { name: 'Jane Doe', role: 'guest' },
    ]);
    expect(written(ris(['TY  - SLIDE', 'TI  - T', 'PB  - EHESS', 'PY  - 2020', 'A2  - Casilli, Antonio', 'C1  - Doe, Jane']), 'ris')[0]).toMatchObject({
      people: [{ name: 'Antonio Casilli', role: 'speaker' }], body: 'C1: Doe, Jane',
    });
  });

  it('reads TY without its trailing blanks', () => {
    expect(written(ris(['TY  - SOUND  ', 'TI  - T', 'PB  - RFI', 'PY  - 2020']), 'ris')[0]!.type).toBe('podcast');
  });

  it('reads tag lines without the blank after the hyphen when they hold no value (`ER  -`)', () => {
    const parsed = parseRis('TY  - NEWS\nTI  - A\nAB  -\nER  -\nTY  - NEWS\nTI  - B\nER  -');
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value, d.body])).toEqual([[1, 'A', []], [5, 'B', []]]);
    expect(parsed.notes).toEqual([]);
    expect(parsed.broken).toEqual([]);
  });

  it('reads a tag only at the start of a line, as `XX  - `; other lines continue the value before', () => {
    const parsed = parseRis('TY  - NEWS\nTI  - A\nAB  - An abstract\n  that quotes ER  - the end tag\nT2  -Le Monde\nER  - ');
    expect(parsed.drafts.map((d) => [d.fields.title?.value, d.body])).toEqual([['A', ['An abstract that quotes ER  - the end tag T2  -Le Monde']]]);
  });

  it('skips lines of blanks between records, and reports text between them', () => {
    const parsed = parseRis('TY  - NEWS\r\nTI  - A\r\nER  - \r\n   \r\n\t\r\nTY  - NEWS\r\nTI  - B\r\nER  - \r\nEnd of export\r\n');
    expect(parsed.drafts.map((d) => d.fields.title?.value)).toEqual(['A', 'B']);
    expect(parsed.broken).toEqual([{ line: 9, message: 'text outside a record (before `TY  - `)' }]);
  });

  it('reads a BOM at the start as none, and U+FEFF inside a value as a character', () => {
    const parsed = parseRis('\uFEFFTY  - NEWS\nTI  - A\nER  - \n');
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[1, 'A']]);
    expect(parsed.broken).toEqual([]);
    expect(parseRis('TY  - NEWS\nTI  - A\uFEFFB\nER  - \n').drafts[0]!.fields.title?.value).toBe('A\uFEFFB');
  });

  it('takes the later of two dates of the same rank, as of PY and Y1', () => {
    expect(written(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'DA  - 2020/05/14/', 'DA  - 2021/01/02/']), 'ris')[0]).toMatchObject({ date: '2021-01-02' });
  });

  it('keeps an abstract that reads like a credit note as text: only N1 holds clic\'s notes', () => {
    expect(written(ris(['TY  - SOUND', 'TI  - T', 'PB  - RFI', 'PY  - 2020', 'AB  - Guests: the workers behind AI']), 'ris')[0]).toMatchObject({
      body: 'Guests: the workers behind AI',
    });
    expect(written(ris(['TY  - SOUND', 'TI  - T', 'PB  - RFI', 'PY  - 2020', 'AB  - Guests: the workers behind AI']), 'ris')[0]!.people).toBeUndefined();
  });

  it('reports an organisation by the tag it came in, a person not; a name of nothing is skipped', () => {
    const item = plan(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'PY  - 2020', 'AU  - France Inter', 'AU  - Doe, Jane', 'AU  - ,', 'A3  - Arte', 'ED  - Radio France']), 'ris').items[0]!;
    expect(item.fields?.people).toEqual([
      { name: 'France Inter', role: 'journalist', org: true }, { name: 'Jane Doe', role: 'journalist' }, { name: 'Arte', role: 'guest', org: true },
      { name: 'Radio France', role: 'guest', org: true },
    ]);
    expect(item.notes.filter((note) => note.includes('organisation'))).toEqual([
      'AU "France Inter" is an organisation; written as `org`', 'A3 "Arte" is an organisation; written as `org`', 'ED "Radio France" is an organisation; written as `org`',
    ]);
  });

  it('trims keywords, continued ones too, and skips a tag of blanks', () => {
    const fields = written(ris(['TY  - NEWS', 'TI  - T', 'JO  - J', 'PY  - 2020', 'KW  - labour  ', 'KW  - data', '   work  ', 'XX  -    ']), 'ris')[0]!;
    expect(fields.tags).toEqual(['labour', 'data work']);
    expect(fields.body).toBeUndefined();
  });

  it('reads clic\'s notes in N1 and keeps other notes as paragraphs', () => {
    expect(written(ris(['TY  - SOUND', 'TI  - T', 'PB  - RFI', 'PY  - 2020', 'N1  - Host: A B; Guests: C D', 'N1  - Heard live.']), 'ris')[0]).toMatchObject({
      people: [{ name: 'A B', role: 'host' }, { name: 'C D', role: 'guest' }], body: 'Heard live.',
    });
  });
});

describe('CSV and TSV', () => {
  it('takes the delimiter the header uses most: comma, semicolon or tab', () => {
    expect(written('title;outlet;date\nA, b;Le Monde;2020\n', 'csv')[0]).toMatchObject({ title: 'A, b', outlet: 'Le Monde' });
    expect(written('title\toutlet\tdate\nA; b, c\tLe Monde\t2020\n', 'csv')[0]).toMatchObject({ title: 'A; b, c', outlet: 'Le Monde' });
    expect(written('title,outlet,date\nA; b,Le Monde,2020\n', 'csv')[0]).toMatchObject({ title: 'A; b', outlet: 'Le Monde' });
    expect(written('title,outlet,date', 'csv')).toEqual([]);
  });

  it('gives a row the line it starts on, skips blank rows, reports a row of the wrong width', () => {
    const csv = '\uFEFFtitle,outlet,date\n"Two\nlines",Le Monde,2020\n\n , , \nB,Libé\n"C",Libé,2021\n';
    const parsed = parseCsv(csv, none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[2, 'Two lines'], [7, 'C']]);
    expect(parsed.broken).toEqual([{ line: 6, message: 'row has 2 cells, the header 3' }]);
    expect(parseCsv('', none)).toMatchObject({ drafts: [], broken: [] });
  });

  it('counts the delimiters of the header line only', () => {
    // The rows' semicolons outnumber the header's commas; the header decides.
    const csv = 'title,outlet,date\nA;b;c;d;e;f,Le Monde,2020\r\nG;h;i;j;k;l,Libé,2021\n';
    expect(written(csv, 'csv').map((fields) => [fields?.title, fields?.outlet])).toEqual([['A;b;c;d;e;f', 'Le Monde'], ['G;h;i;j;k;l', 'Libé']]);
    const crlf = 'title,outlet,date\r\nA;b;c;d;e;f,Le Monde,2020\r\n';
    expect(written(crlf, 'csv').map((fields) => fields?.title)).toEqual(['A;b;c;d;e;f']);
  });

  it('does not count a delimiter inside a quoted column name', () => {
    // A spreadsheet saved with semicolons (a French Excel), and commas in a quoted name.
    const csv = '"Notes, misc, other";title;outlet;date\nSeen live;A, b;Le Monde;2020-05-14\n';
    expect(written(csv, 'csv')).toMatchObject([{ date: '2020-05-14', title: 'A, b', outlet: 'Le Monde', body: 'Notes, misc, other: Seen live' }]);
    expect(parseCsv('"a ""x, y"", b, c";title;outlet\n1;A;J\n', none).drafts[0]!.fields.title?.value).toBe('A');
  });

  it('takes the first of comma, semicolon and tab when the header has as many of each', () => {
    expect(parseCsv('title,outlet;date\tx\nA,Le Monde;2020\tx\n', none).drafts[0]!.fields.title?.value).toBe('A');
    expect(parseCsv('title;outlet\tx\nA;Le Monde\tx\n', none).drafts[0]!.fields.title?.value).toBe('A');
  });

  it('reads a file without a line break as all header, its last character too', () => {
    // One comma (the last character) and one semicolon outside the quotes: a tie, so a comma,
    // and `"x";b` is then a cell with a character after its closing quote.
    expect(parseCsv('"x";b,', none).broken).toEqual([{ line: 1, message: 'header not read: found non trimable byte after quote; no row is read without it' }]);
  });

  it('skips a row of quoted blanks as blank', () => {
    const parsed = parseCsv('title,outlet,date\n" ","\u00A0",""\nB,Libé,2021\n', none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[3, 'B']]);
    expect(parsed.broken).toEqual([]);
  });

  it('reads no row when the header line cannot be read, rather than taking the next row for it', () => {
    // `"outlet"x`: a character after a closing quote, which csv-parse refuses.
    const parsed = parseCsv('title,"outlet"x,date\nA,Le Monde,2020\nB,Libé,2021\n', none);
    expect(parsed.drafts).toEqual([]);
    expect(parsed.broken).toEqual([{ line: 1, message: 'header not read: found non trimable byte after quote; no row is read without it' }]);
    // A quote the header never closes takes the whole file.
    const open = parseCsv('title,"outlet,date\nA,Le Monde,2020\n', none);
    expect(open.drafts).toEqual([]);
    expect(open.broken).toEqual([{ line: 2, message: 'header not read: Quote Not Closed: the parsing is finished with an opening quote; no row is read without it' }]);
    // A bad row after the header costs that row only.
    const row = parseCsv('title,outlet,date\nA,"Le Monde"x,2020\nB,Libé,2021\n', none);
    expect(row.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[3, 'B']]);
    expect(row.broken).toEqual([{ line: 2, message: 'row not read: found non trimable byte after quote' }]);
    // Each bad row is reported at its own line, and the rows after them keep theirs.
    const rows = parseCsv('title,outlet,date\nA,"X"y,2020\r\nB,"Libé"\u00A0,2021\n\n"C\nD",Le Monde,2022\nE,"F"g,2023', none);
    expect(rows.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[5, 'C D']]);
    expect(rows.broken.map((b) => b.line)).toEqual([2, 3, 7]);
  });

  it('counts lines the same with CRLF, LF or CR line ends, inside quoted cells too', () => {
    const crlf = parseCsv('title,outlet,date\r\n"Two\r\nlines",Le Monde,2020\r\nB,Libé,2021\r\nC,"X"y,2022\r\nD,E,2023\r\n', none);
    expect(crlf.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[2, 'Two lines'], [4, 'B'], [6, 'D']]);
    expect(crlf.broken.map((b) => b.line)).toEqual([5]);
    const cr = parseCsv('title,outlet,date\r"Two\rlines",Le Monde,2020\rB,"X"y,2021\rC,Libé,2022\r', none);
    expect(cr.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[2, 'Two lines'], [5, 'C']]);
    expect(cr.broken.map((b) => b.line)).toEqual([4]);
  });

  it('gives the line apart from the reason, also past line 9', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `T${i},Le Monde,2020`);
    const parsed = parseCsv(['title,outlet,date', ...rows, 'K,"X"y,2021', 'L,Libé,2021'].join('\n'), none);
    expect(parsed.broken).toEqual([{ line: 12, message: 'row not read: found non trimable byte after quote' }]);
    expect(parsed.drafts.map((d) => d.line).slice(-2)).toEqual([11, 13]);
  });

  it('trims blanks around a quoted cell', () => {
    expect(written('title,outlet,date\nA title, " Harvard Gazette" ,2020\n', 'csv')[0]).toMatchObject({ outlet: 'Harvard Gazette' });
  });
});

describe('YAML data lists', () => {
  it('reads a list under a key, and reports where a sibling key ends it', () => {
    const yaml = '# press\npress:\n  - title: A\n    outlet: Le Monde\n    date: 2020-05-14\n\n  - title: B\n    outlet: Libé\n    date: 2021\nother:\n  - title: C\n';
    const parsed = parseYamlList(yaml, none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[3, 'A'], [7, 'B']]);
    expect(parsed.notes).toEqual([{ line: 10, message: 'the list ends here; the rest of the file is left out' }]);
  });

  it('reports a mis-indented item and an item that is no YAML by their lines, keeping the good ones', () => {
    const yaml = '---\n- title: A\n  outlet: J\n  date: 2020\n-title: B\n- title: [C\n  date: 2021\n- title: D\n  outlet: J\n  date: 2022\n...\n';
    const parsed = parseYamlList(yaml, none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[2, 'A'], [8, 'D']]);
    // The unclosed flow list of the item at line 6 is found on its next line.
    expect(parsed.broken.map((b) => b.line)).toEqual([5, 7]);
    expect(parsed.broken[0]!.message).toBe('`-title: B` is not an item of the list (mis-indented, or missing `- `)');
    expect(parsed.broken[1]!.message).toMatch(/^item not read: /);
  });

  it('cuts a long mis-indented line to 40 characters in the report', () => {
    const parsed = parseYamlList(`- title: A\n${'x'.repeat(50)}: y\n`, none);
    expect(parsed.broken).toEqual([{ line: 2, message: `\`${'x'.repeat(40)}\` is not an item of the list (mis-indented, or missing \`- \`)` }]);
  });

  it('reads a nested value of an item indented deeper, and an item on a line alone', () => {
    const parsed = parseYamlList('-\n  title: A\n  outlet: J\n  tags:\n    - x\n    - y\n', none);
    expect(parsed.drafts.map((d) => [d.fields.title?.value, d.tags])).toEqual([['A', ['x', 'y']]]);
  });

  it('keeps reading past a comment line and document markers between items', () => {
    const parsed = parseYamlList('- title: A\n  date: 2020\n# the second\n- title: B\n  date: 2021\n---\n- title: C\n  date: 2022\n--- \n- title: D\n  date: 2023\n... \n', none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value, d.date?.value])).toEqual([[1, 'A', '2020'], [4, 'B', '2021'], [7, 'C', '2022'], [10, 'D', '2023']]);
    expect(parsed.broken).toEqual([]);
    expect(parsed.notes).toEqual([]);
  });

  it('reads a BOM at the start as none, and U+FEFF inside a value as a character', () => {
    const parsed = parseYamlList('\uFEFF- title: A\n  date: 2020\n- title: B\n  date: 2021\n', none);
    expect(parsed.drafts.map((d) => [d.line, d.fields.title?.value])).toEqual([[1, 'A'], [3, 'B']]);
    expect(parsed.notes).toEqual([]);
    expect(parseYamlList('- title: A\uFEFFB\n', none).drafts[0]!.fields.title?.value).toBe('A\uFEFFB');
  });

  it('keeps the blank lines of an item, which part the paragraphs of a block scalar', () => {
    const parsed = parseYamlList('- title: A\n  date: 2020\n  notes: |\n    First paragraph.\n\n    Second paragraph.\n- title: B\n', none);
    // One note, one block of the body: its two paragraphs apart.
    expect(parsed.drafts.map((d) => d.body)).toEqual([['First paragraph.\n\nSecond paragraph.'], []]);
  });

  it('reads an item whose keys stand further right than the dash and a blank', () => {
    // YAML: the mapping of an item starts where its first key does, here column 4.
    const parsed = parseYamlList('-   title: A\n    date: 2020\n-   title: B\n    date: 2021\n', none);
    expect(parsed.drafts.map((d) => [d.fields.title?.value, d.date?.value])).toEqual([['A', '2020'], ['B', '2021']]);
  });

  it('quotes a mis-indented line of a nested list without its indentation', () => {
    const parsed = parseYamlList('press:\n  - title: A\n    date: 2020\n  -title: B\n', none);
    expect(parsed.broken).toEqual([{ line: 4, message: '`-title: B` is not an item of the list (mis-indented, or missing `- `)' }]);
  });

  it('says so when there is no list', () => {
    expect(parseYamlList('title: A\n', none).broken).toEqual([{ line: 1, message: 'no YAML list found (items start with `- `)' }]);
  });
});

describe('Markdown pages (Hugo, Jekyll)', () => {
  it('maps the front matter and keeps the body, cleaned', () => {
    const parsed = parseMarkdownPage('---\ntitle: A talk\nvenue: EHESS\ndate: 2022-03-01\n---\n\n<p>The talk.</p>\n', none);
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.drafts[0]).toMatchObject({ line: 1, fields: { title: { value: 'A talk' }, outlet: { value: 'EHESS' } }, body: ['The talk.'] });
    expect(parseMarkdownPage('---\ntitle: A\n---\n   \n', none).drafts[0]!.body).toEqual([]);
    const broken = parseMarkdownPage('---\ntitle: A\n', none);
    expect(broken.drafts).toEqual([]);
    expect(broken.broken[0]!.message).toMatch(/^front matter not read: /);
  });
});

describe('planImport', () => {
  const corpusEntry = { id: 'old', path: 'old.md', title: 'Ghost work', type: 'press', date: '2020-05', outlet: 'Le Monde', url: 'https://lemonde.fr/a' } as unknown as Entry;

  it('writes an entry with its id and text, its outlet from the URL when none is given', () => {
    const [item] = plan('title,date,url\nA title,2020-05-14,https://www.example.org/a\n', 'csv').items;
    expect(item).toMatchObject({ source: 'in', line: 2, outcome: 'write', id: '2020-05-14-example-org' });
    expect(item!.fields).toEqual({ title: 'A title', type: 'press', date: '2020-05-14', outlet: 'example.org', url: 'https://www.example.org/a' });
    expect(item!.notes).toEqual(['type press, by default (no cue in outlet, title, URL or notes)', 'outlet example.org, from the URL (no outlet given)']);
    expect(item!.text).toContain('title: "A title"\ntype: press\ndate: 2020-05-14\noutlet: "example.org"\n');
  });

  it('says why an item is not written: no date, an unusable date, no title, no outlet', () => {
    const items = plan('title,outlet,date\nA,J,\nB,J,sometime\n,J,2020\nD,,2020\n', 'csv').items;
    expect(items.map((i) => [i.line, i.outcome, i.reason])).toEqual([
      [2, 'no-date', 'no date'], [3, 'no-date', 'no usable date in date "sometime"'], [4, 'invalid', 'no title'], [5, 'invalid', 'no outlet (and no URL to take one from)'],
    ]);
    expect(plan('@article{a, title = {T}, journal = {J}, year = {soon}, month = mar}', 'bibtex').items[0]!.reason).toBe('no usable date in year "soon 3"');
  });

  it('finds duplicates in the corpus and within the input, and gives free ids', () => {
    const csv = 'title,outlet,date,url\nOther,Le Monde,2020-05,https://www.lemonde.fr/a/\nGhost work!,Le Monde,2020-05,\nA first story,Le Monde,2020-05,\nAnother tale,Le Monde,2020-05,\nAnother tale,Le Monde,2020-05,\n';
    const result = planImport([{ name: 'f.csv', text: csv }], [corpusEntry], new Set(['2020-05-le-monde']), { overrides: none });
    expect(result.items.map((i) => [i.outcome, i.reason, i.id])).toEqual([
      ['duplicate', 'duplicate of old.md (same URL)', undefined],
      ['duplicate', 'duplicate of old.md (same outlet, date and title)', undefined],
      ['write', undefined, '2020-05-le-monde-2'],
      ['write', undefined, '2020-05-le-monde-3'],
      ['duplicate', 'duplicate of f.csv:5 (same outlet, date and title)', undefined],
    ]);
  });

  it('reports the format, the count, the day order and its decisions per input', () => {
    const result = planImport([{ name: 'a.csv', text: 'title,outlet,date\nA,J,25/1/20\n' }, { name: 'b', text: 'title,outlet,date\nB,J,2020-01-02\nC,J,2020-01-03\n' }], [], new Set(), { overrides: none });
    expect(result.notes.map((n) => `${n.source}:${n.line}: ${n.message}`)).toEqual([
      'a.csv:1: read as csv: 1 item',
      'a.csv:1: dates D/M/Y, as 1 date has a day above 12 first',
      'a.csv:1: 1 date with a two-digit year: 00–68 read as 20xx, 69–99 as 19xx',
      'b:1: read as csv: 2 items',
    ]);
    expect(result.items.map((i) => i.fields?.date)).toEqual(['2020-01-25', '2020-01-02', '2020-01-03']);
    expect(messages('title,outlet,date\nA,J,1/2/2020\n', 'csv')).toContain('1: dates M/D/Y, but no date has a day above 12 to confirm it (check them)');
  });

  it('applies --type and --lang only to items that give none, and removes repeated people and tags', () => {
    const csv = 'title,outlet,date,type,language,host,guest,tags\nA,J,2020,,,A B,A B,x;x; \nB,J,2021,interview,en,A B,,\n';
    expect(written(csv, 'csv', { type: 'podcast', language: 'fr' })).toEqual([
      { title: 'A', type: 'podcast', date: '2020', outlet: 'J', language: 'fr', people: [{ name: 'A B', role: 'host' }, { name: 'A B', role: 'guest' }], tags: ['x'] },
      { title: 'B', type: 'interview', date: '2021', outlet: 'J', language: 'en', people: [{ name: 'A B', role: 'host' }] },
    ]);
    expect(plan('title,outlet,date\nA,J,2020\n', 'csv', { type: 'podcast' }).items[0]!.notes).toEqual([]);
  });

  it('writes the program, issue, place and body of a draft', () => {
    expect(written('title,outlet,date,program,issue,place,description,notes\nA,J,2020,P,12,Paris,One.,Two.\n', 'csv')[0]).toEqual({
      title: 'A', type: 'press', date: '2020', outlet: 'J', program: 'P', issue: '12', place: 'Paris', body: 'One.\n\nTwo.',
    });
  });

  it('reports broken items of an input, and an entry the corpus rules refuse', () => {
    const result = plan('- title: A\n  outlet: J\n  date: 2020\n-title: B\n', 'yaml');
    expect(result.items.map((i) => [i.line, i.outcome])).toEqual([[4, 'broken'], [1, 'write']]);
    expect(result.items[0]!.notes).toEqual([]);
    const refused = plan('title,outlet,date,url\nA,J,2020,https://x.org/\u202e\n', 'csv').items[0]!;
    expect(refused.outcome === 'write' || refused.outcome === 'invalid').toBe(true);
  });

  it('detects the format by name and content, or takes --from', () => {
    expect(planImport([{ name: 'x.bib', text: '@article{a, title = {T}, journal = {J}, year = 2020}' }], [], new Set(), { overrides: none }).notes[0]!.message).toBe('read as bibtex: 1 item');
    expect(plan('TY  - NEWS\nTI  - T\nT2  - J\nPY  - 2020\nER  - \n', 'ris').notes[0]!.message).toBe('read as ris (--from): 1 item');
    expect(plan('[]', 'csl-json').notes[0]!.message).toBe('read as csl-json (--from): 0 items');
  });
});
