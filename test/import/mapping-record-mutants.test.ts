// The name tables and the record mapping, pinned down case by case: where each column name a
// real file uses goes (README, "clic import"), which of two names for one field wins, and what
// a value with no field becomes. Expectations are written from the README's import section and
// the formats' documentation, not read from the tables.
import { describe, expect, it } from 'vitest';
import { MAP_TARGETS, mapTarget, normaliseName, readClicNote, targetOf } from '../../src/core/import/mapping.js';
import { addPeople, draftFromRecord, newNameUse, readNote, readUrl, setField, type RecordValue } from '../../src/core/import/record.js';
import { emptyDraft } from '../../src/core/import/draft.js';

const none = new Map();
const values = (record: Record<string, unknown>): RecordValue[] => Object.entries(record).map(([key, value]) => ({ key, value }));
const draftOf = (record: Record<string, unknown>, overrides = none) => {
  const names = newNameUse();
  return { draft: draftFromRecord(values(record), 7, overrides, names), names };
};

describe('normaliseName', () => {
  it.each([['Story Name', 'storyname'], ['story_name', 'storyname'], ['storyName', 'storyname'], ['Vidéo-URL', 'videourl'], ['Pub. Date (2)', 'pubdate2']])('%s → %s', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
});

describe('targetOf: the names real files use', () => {
  it.each([
    ['Headline', 'title'], ['Story Name', 'title'], ['heading', 'title'],
    ['Venue', 'outlet'], ['Publication', 'outlet'], ['journal', 'outlet'], ['journaltitle', 'outlet'], ['Newspaper', 'outlet'], ['magazine', 'outlet'],
    ['station', 'outlet'], ['network', 'outlet'], ['channel', 'outlet'], ['show', 'outlet'], ['source', 'outlet'], ['publisher', 'outlet'],
    ['booktitle', 'outlet'], ['howpublished', 'outlet'], ['organization', 'outlet'], ['organisation', 'outlet'], ['institution', 'outlet'], ['school', 'outlet'],
    ['media', 'outlet'], ['medium', 'outlet'], ['platform', 'outlet'],
    ['programme', 'program'], ['series', 'program'], ['Program Title', 'program'], ['section', 'program'], ['column', 'program'], ['journalsubtitle', 'program'],
    ['number', 'issue'], ['No', 'issue'],
    ['location', 'place'], ['address', 'place'], ['city', 'place'], ['event-place', 'place'], ['publisher-place', 'place'],
    ['lang', 'language'], ['langid', 'language'], ['locale', 'language'],
    ['link', 'url'], ['href', 'url'], ['video_url', 'url'], ['permalink', 'url'], ['website', 'url'], ['web', 'url'], ['uri', 'url'], ['title_url', 'url'], ['externalUrl', 'url'],
    ['kind', 'type'], ['category', 'type'], ['format', 'type'], ['itemType', 'type'], ['genre', 'type'], ['entrytype', 'type'], ['media_type', 'type'], ['abbr', 'type'],
    ['published', 'date'], ['publishedAt', 'date'], ['publication_date', 'date'], ['pubdate', 'date'], ['air date', 'date'], ['broadcast_date', 'date'],
    ['datePublished', 'date'], ['issued', 'date'], ['year', 'date'], ['when', 'date'],
    ['keywords', 'tags'], ['keyword', 'tags'], ['topics', 'tags'], ['subjects', 'tags'],
    ['description', 'body'], ['summary', 'body'], ['abstract', 'body'], ['note', 'body'], ['notes', 'body'], ['comment', 'body'], ['comments', 'body'],
    ['excerpt', 'body'], ['blurb', 'body'], ['content', 'body'], ['annote', 'body'],
    ['hosts', 'people:host'], ['presenter', 'people:host'], ['guests', 'people:guest'], ['interviewers', 'people:interviewer'],
    ['reporter', 'people:journalist'], ['byline', 'people:journalist'], ['writer', 'people:journalist'], ['authors', 'people:author'], ['directors', 'people:director'],
    ['person', 'people'], ['persons', 'people'], ['speakers', 'people'], ['speaker', 'people'], ['participants', 'people'],
    ['layout', 'skip'], ['draft', 'skip'], ['weight', 'skip'], ['slug', 'skip'], ['aliases', 'skip'], ['lastmod', 'skip'], ['id', 'skip'], ['key', 'skip'],
    ['bibtex_show', 'skip'], ['selected', 'skip'], ['preview', 'skip'],
  ])('%s goes to %s', (name, target) => {
    expect(targetOf(name, none)?.target).toBe(target);
  });

  it('ranks the names of one target in the README\'s order: the first name is 0', () => {
    expect(targetOf('Outlet', none)).toEqual({ target: 'outlet', rank: 0 });
    expect(targetOf('venue', none)).toEqual({ target: 'outlet', rank: 1 });
    expect(targetOf('title', none)).toEqual({ target: 'title', rank: 0 });
    expect(targetOf('channel', none)!.rank).toBeLessThan(targetOf('platform', none)!.rank);
  });

  it('knows no other name, and --map overrides by the normalised name with rank -1', () => {
    expect(targetOf('colour', none)).toBeUndefined();
    expect(targetOf('Show', new Map([['show', 'program']]))).toEqual({ target: 'program', rank: -1 });
    expect(targetOf('S h-o_w', new Map([['show', 'skip']]))).toEqual({ target: 'skip', rank: -1 });
  });
});

describe('mapTarget: what --map COLUMN=FIELD may name', () => {
  it.each(['title', 'outlet', 'program', 'issue', 'place', 'language', 'url', 'type', 'date', 'tags', 'body', 'skip', 'people'])('%s is a field', (field) => {
    expect(mapTarget(field)).toBe(field);
  });

  it.each(['host', 'guest', 'interviewer', 'interviewee', 'journalist', 'author', 'director', 'writer', 'moderator', 'speaker', 'organizer', 'discussant'])('the role %s names people with it', (role) => {
    expect(mapTarget(role)).toBe(`people:${role}`);
    expect(MAP_TARGETS).toContain(role);
  });

  it.each(['colour', 'people:host', '', 'Title'])('%j is no field', (field) => {
    expect(mapTarget(field)).toBeUndefined();
  });
});

describe('readClicNote: edge cases', () => {
  it('reads a credit label followed by a colon without a space before it, and trims the names', () => {
    expect(readClicNote('  Hosts: A B ,  C D  ')).toEqual({ credits: [{ name: 'A B', role: 'host' }, { name: 'C D', role: 'host' }] });
  });

  it('is undefined for a labelled part whose label is no role, even after a role', () => {
    expect(readClicNote('Guests: A B; Colour: red')).toBeUndefined();
    expect(readClicNote('Guests:A B')).toBeUndefined();
  });

  it('skips a blank name between commas', () => {
    expect(readClicNote('Guests: , A B')).toEqual({ credits: [{ name: 'A B', role: 'guest' }] });
  });

  it('reads a program label only alone; with credits it is no note', () => {
    expect(readClicNote('Program: Le Téléphone sonne ')).toEqual({ program: 'Le Téléphone sonne' });
    expect(readClicNote('Program: X; Guests: A B')).toBeUndefined();
  });

  it('keeps a name with a semicolon-free comma list across parts', () => {
    expect(readClicNote('Interviewer : A B ; Invités : C D, E F')).toEqual({
      credits: [{ name: 'A B', role: 'interviewer' }, { name: 'C D', role: 'guest' }, { name: 'E F', role: 'guest' }],
    });
  });
});

describe('readUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['  http://example.org  ', 'http://example.org'],
    ['www.example.org/a', 'https://www.example.org/a'],
    ['WWW.example.org', 'https://WWW.example.org'],
  ])('%j → %s', (text, url) => {
    expect(readUrl(text)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org', 'example.org', 'https://exa mple.org', 'https://example.org/a b', 'mailto:a@b.org', 'xwww.example.org'])('%j is no http(s) URL', (text) => {
    expect(readUrl(text)).toBeUndefined();
  });
});

describe('setField', () => {
  it('writes a language as its code, and says so only when the text was not the code', () => {
    const draft = emptyDraft(1);
    setField(draft, 'language', 'French', 'lang');
    expect(draft.fields.language).toEqual({ value: 'fr', from: 'lang' });
    expect(draft.notes).toEqual(['language "French" written as fr']);
    const plain = emptyDraft(1);
    setField(plain, 'language', ' fr ', 'lang');
    expect(plain.fields.language).toEqual({ value: 'fr', from: 'lang' });
    expect(plain.notes).toEqual([]);
  });

  it('keeps an unknown language and a non-http URL in the body, labelled, with a note', () => {
    const draft = emptyDraft(1);
    setField(draft, 'language', 'Klingon', 'Lang');
    setField(draft, 'url', 'javascript:<b>x</b>', 'Link');
    expect(draft.fields).toEqual({});
    expect(draft.body).toEqual(['Lang: Klingon', 'Link: javascript: x']);
    expect(draft.notes).toEqual(['Lang "Klingon" is no language clic knows; kept in the body', 'Link "javascript: x" is not an http(s) URL; kept in the body']);
  });

  it('cleans a text field, reports the cleaning, and drops a value that cleans to nothing', () => {
    const draft = emptyDraft(1);
    setField(draft, 'outlet', '<b>Le Monde</b>', 'journal');
    setField(draft, 'program', '<br>', 'series');
    expect(draft.fields).toEqual({ outlet: { value: 'Le Monde', from: 'journal' } });
    expect(draft.notes).toEqual(['journal: HTML removed, spaces trimmed']);
    const clean = emptyDraft(1);
    setField(clean, 'outlet', 'Le Monde', 'journal');
    expect(clean.notes).toEqual([]);
  });

  it('takes the URL from the link of a title, unless a URL is already there or the link is not http(s)', () => {
    const draft = emptyDraft(1);
    setField(draft, 'title', '<a href="https://x.org/a">A title</a>', 'title');
    expect(draft.fields).toEqual({ title: { value: 'A title', from: 'title' }, url: { value: 'https://x.org/a', from: 'title link' } });
    expect(draft.notes).toContain('url taken from the link in title');

    const given = emptyDraft(1);
    setField(given, 'url', 'https://y.org', 'url');
    setField(given, 'title', '<a href="https://x.org/a">A title</a>', 'title');
    expect(given.fields.url).toEqual({ value: 'https://y.org', from: 'url' });

    const script = emptyDraft(1);
    setField(script, 'title', '<a href="javascript:x">A title</a>', 'title');
    expect(script.fields.url).toBeUndefined();

    const outlet = emptyDraft(1);
    setField(outlet, 'outlet', '<a href="https://x.org/a">Outlet</a>', 'journal');
    expect(outlet.fields.url).toBeUndefined();
  });
});

describe('addPeople and readNote', () => {
  it('adds people and organisations with the role, reporting each organisation', () => {
    const draft = emptyDraft(1);
    addPeople(draft, 'host', ['Mathieu Vidard', 'Arte', ''], 'host');
    expect(draft.people).toEqual([{ name: 'Mathieu Vidard', role: 'host' }, { name: 'Arte', role: 'host', org: true }]);
    expect(draft.notes).toEqual(['host "Arte" is an organisation; written as `org`']);
  });

  it('puts a medium label in the stated type, without replacing one', () => {
    const draft = emptyDraft(1);
    expect(readNote(draft, 'note', ' Entretien ')).toBe(true);
    expect(draft.statedType).toEqual({ value: 'Entretien', from: 'note' });
    expect(readNote(draft, 'extra', 'Video')).toBe(true);
    expect(draft.statedType).toEqual({ value: 'Entretien', from: 'note' });
  });

  it('puts a program note in the program, unless there is one already', () => {
    const draft = emptyDraft(1);
    expect(readNote(draft, 'note', 'Émission : La Méthode scientifique')).toBe(true);
    expect(draft.fields.program).toEqual({ value: 'La Méthode scientifique', from: 'note' });
    expect(readNote(draft, 'note', 'Émission : Another')).toBe(false);
    expect(draft.fields.program!.value).toBe('La Méthode scientifique');
  });

  it('adds the people of a credits note, and says false for any other text', () => {
    const draft = emptyDraft(1);
    expect(readNote(draft, 'N1', 'Interviewer: A B; Guests: C D')).toBe(true);
    expect(draft.people).toEqual([{ name: 'A B', role: 'interviewer' }, { name: 'C D', role: 'guest' }]);
    expect(readNote(draft, 'N1', 'A plain note')).toBe(false);
  });
});

describe('draftFromRecord', () => {
  it('puts each value where its name says, in a draft at the given line', () => {
    const { draft, names } = draftOf({
      Headline: 'A title', Publication: 'Le Monde', Series: 'Idées', Issue: 12, City: 'Paris', Lang: 'fr', Link: 'https://x.org/a',
      Kind: ' Op-Ed ', Date: '2020-05-01', Tags: 'labour; AI, platforms', Description: '<p>First.</p><p>Second.</p>', Host: 'Mathieu Vidard',
      guest: ['A B', { name: 'C D' }, { other: 1 }], people: 'E F and G H', layout: 'post',
    });
    expect(draft.line).toBe(7);
    expect(draft.fields).toEqual({
      title: { value: 'A title', from: 'Headline' }, outlet: { value: 'Le Monde', from: 'Publication' }, program: { value: 'Idées', from: 'Series' },
      issue: { value: '12', from: 'Issue' }, place: { value: 'Paris', from: 'City' }, language: { value: 'fr', from: 'Lang' }, url: { value: 'https://x.org/a', from: 'Link' },
    });
    expect(draft.statedType).toEqual({ value: 'Op-Ed', from: 'Kind' });
    expect(draft.date).toEqual({ value: '2020-05-01', from: 'Date' });
    expect(draft.tags).toEqual(['labour', 'AI', 'platforms']);
    expect(draft.body).toEqual(['First.\n\nSecond.']);
    expect(draft.people).toEqual([
      { name: 'Mathieu Vidard', role: 'host' }, { name: 'A B', role: 'guest' }, { name: 'C D', role: 'guest' }, { name: 'E F', role: null }, { name: 'G H', role: null },
    ]);
    expect([...names.skipped]).toEqual(['layout']);
    expect([...names.inBody]).toEqual([]);
  });

  it('lets the best-ranked name of a target win wherever it stands, and keeps the other in the body, labelled', () => {
    const { draft, names } = draftOf({ platform: 'YouTube', channel: 'Arte', outlet: 'Le Monde', title: 'T' });
    expect(draft.fields.outlet).toEqual({ value: 'Le Monde', from: 'outlet' });
    expect(draft.body).toEqual(['platform: YouTube', 'channel: Arte']);
    expect([...names.inBody]).toEqual(['platform', 'channel']);
  });

  it('does not let an empty value of a better name take the field', () => {
    const { draft } = draftOf({ outlet: '  ', journal: 'Nature', title: null });
    expect(draft.fields).toEqual({ outlet: { value: 'Nature', from: 'journal' } });
    expect(draft.body).toEqual([]);
  });

  it('keeps a value no name takes in the body after the description, labelled and on one line', () => {
    const { draft, names } = draftOf({ ' Colour ': 'red\n  and blue', description: 'Prose.', Extra: { a: 1 }, Flag: true, Empty: [] });
    expect(draft.body).toEqual(['Prose.', 'Colour: red and blue', 'Extra: {"a":1}', 'Flag: true']);
    expect([...names.inBody]).toEqual(['Colour', 'Extra', 'Flag']);
    // YAML's .inf and .nan: numbers as written, not JSON's null.
    expect(draftOf({ Length: Infinity, Rating: Number.NaN }).draft.body).toEqual(['Length: Infinity', 'Rating: NaN']);
  });

  it('keeps every value of a list target: several tag, body and people columns', () => {
    const { draft } = draftOf({ tags: ['a', ' b ', ''], keywords: 'c', description: 'One.', notes: 'Two.', host: 'A B', hosts: 'C D', summary: '<br>' });
    expect(draft.tags).toEqual(['a', 'b', 'c']);
    expect(draft.body).toEqual(['One.', 'Two.']);
    expect(draft.people.map((p) => p.name)).toEqual(['A B', 'C D']);
  });

  it('reads lists as one text, without their empty items; a tag list split at commas, semicolons and "and"', () => {
    const { draft } = draftOf({ title: ['A', null, 'B'], tags: ['a', null, 'b,c;d and e', '<b></b>'], guests: [null, 'A B'] });
    expect(draft.fields.title).toEqual({ value: 'A, B', from: 'title' });
    expect(draft.tags).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(draft.people).toEqual([{ name: 'A B', role: 'guest' }]);
  });

  it('lets the first name win over a worse-ranked later one and over the same name repeated', () => {
    expect(draftOf({ outlet: 'Le Monde', platform: 'YouTube' }).draft.fields.outlet).toEqual({ value: 'Le Monde', from: 'outlet' });
    const repeated = draftOf({ Title: 'A', title: 'B' }).draft;
    expect(repeated.fields.title).toEqual({ value: 'A', from: 'Title' });
    expect(repeated.body).toEqual(['title: B']);
  });

  it('leaves out every bookkeeping name, not only the first', () => {
    const { draft, names } = draftOf({ layout: 'post', slug: 'x', weight: 3 });
    expect(draft.body).toEqual([]);
    expect([...names.skipped]).toEqual(['layout', 'slug', 'weight']);
  });

  it('reports each value under its name without the blanks around it', () => {
    const { draft, names } = draftOf({ ' layout ': 'post', ' Kind ': 'Op-Ed', ' Date ': '2020', ' Host ': 'A B', ' People ': 'C D', ' Outlet ': 'Arte', ' Guest ': 'E F' });
    expect([...names.skipped]).toEqual(['layout']);
    expect(draft.statedType).toEqual({ value: 'Op-Ed', from: 'Kind' });
    expect(draft.date).toEqual({ value: '2020', from: 'Date' });
    expect(draft.fields.outlet).toEqual({ value: 'Arte', from: 'Outlet' });
    expect(draft.notes).toEqual([]);
    const orgs = draftOf({ ' Host ': 'Arte', ' People ': 'ZDF', ' Guest ': 'RAI' }).draft.notes;
    expect(orgs).toEqual(['Host "Arte" is an organisation; written as `org`', 'People "ZDF" is an organisation; written as `org`', 'Guest "RAI" is an organisation; written as `org`']);
  });

  it('places a column with --map, even a name no table knows', () => {
    const { draft } = draftOf({ Show: 'La Méthode scientifique', Sujet: 'x', Moderated: 'A B' }, new Map([['show', 'program'], ['sujet', 'skip'], ['moderated', 'people:moderator']]));
    expect(draft.fields.program).toEqual({ value: 'La Méthode scientifique', from: 'Show' });
    expect(draft.people).toEqual([{ name: 'A B', role: 'moderator' }]);
    expect(draft.body).toEqual([]);
  });

  it('guesses the journalist from "By Name" in the notes only when nobody is named', () => {
    const guessed = draftOf({ description: 'A study. By Gregory Perreault and others.' }).draft;
    expect(guessed.people).toEqual([{ name: 'Gregory Perreault', role: 'journalist' }]);
    expect(guessed.notes).toEqual(['journalist "Gregory Perreault" guessed from "By Gregory Perreault" in the notes']);
    expect(draftOf({ description: 'By Gregory Perreault', author: 'A B' }).draft.people).toEqual([{ name: 'A B', role: 'author' }]);
    expect(draftOf({ description: 'By gregory perreault' }).draft.people).toEqual([]);
    expect(draftOf({ description: 'By Cher' }).draft.people).toEqual([]);
    expect(draftOf({ description: 'First.', notes: 'Then by Anne Marie Dupont Lefèvre Durand.' }).draft.people).toEqual([]);
    expect(draftOf({ description: 'First.', notes: 'Written By Anne-Marie O’Neil.' }).draft.people).toEqual([{ name: 'Anne-Marie O’Neil.', role: 'journalist' }]);
  });
});
