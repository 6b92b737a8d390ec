// CSL-JSON import, case by case (round 4 of mutation testing, test/mutation-notes/m4-import.md).
// Expectations are written by hand from the CSL-JSON schema (csl-data.json: item types, name
// and date variables) and the README's import section.
import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../src/core/import/csl.js';
import { planImport } from '../../src/core/import/plan.js';

const none = new Map();
const issued = { 'date-parts': [[2020, 5, 14]] };
const planOf = (items: unknown) => planImport([{ name: 'in', text: JSON.stringify(items) }], [], new Set(), { overrides: none, from: 'csl-json' });
const draftOf = (item: Record<string, unknown>) => {
  const parsed = parseCslJson(JSON.stringify([item]));
  expect(parsed.drafts).toHaveLength(1);
  return parsed.drafts[0]!;
};

describe('item types', () => {
  it.each(['Thing', 'constructor', 'toString', '__proto__'])('reads type %j, which is no CSL type, as a stated type that names none', (type) => {
    expect(draftOf({ type, title: 'T', 'container-title': 'J', issued }).statedType).toEqual({ value: type, from: 'type' });
    const [item] = planOf([{ type, title: 'T', 'container-title': 'J', issued }]).items;
    expect(item!.notes).toEqual([`type press, by default (no cue in outlet, title, URL or notes) (type "${type}" names no type)`]);
  });
});

describe('where each value came from', () => {
  it('says the type, title, genre and medium came from their variables', () => {
    const interview = draftOf({ type: 'interview', title: 'T', 'container-title': 'J', issued });
    expect(interview.type).toEqual({ value: 'interview', from: 'type interview' });
    expect(interview.fields.title).toEqual({ value: 'T', from: 'title' });
    expect(draftOf({ type: 'broadcast', genre: 'TV broadcast', title: 'T', publisher: 'P', issued }).statedType).toEqual({ value: 'TV broadcast', from: 'genre' });
    expect(draftOf({ type: 'broadcast', medium: 'Vidéo', title: 'T', publisher: 'P', issued }).statedType).toEqual({ value: 'Vidéo', from: 'medium' });
  });

  it('reads a genre or a medium label of an item with no type, or a type that is no CSL type', () => {
    expect(draftOf({ genre: 'Podcast', title: 'T', publisher: 'P', issued }).statedType).toEqual({ value: 'Podcast', from: 'genre' });
    expect(draftOf({ medium: 'Vidéo', title: 'T', publisher: 'P', issued }).statedType).toEqual({ value: 'Vidéo', from: 'medium' });
    expect(draftOf({ type: 'Thing', genre: 'Podcast', title: 'T', publisher: 'P', issued }).statedType).toEqual({ value: 'Podcast', from: 'genre' });
  });

  it('has no title without one', () => {
    const draft = draftOf({ 'container-title': 'J', issued });
    expect(draft.fields).toEqual({ outlet: { value: 'J', from: 'container-title' } });
    expect(planOf([{ 'container-title': 'J', issued }]).items[0]).toMatchObject({ outcome: 'invalid', reason: 'no title' });
  });
});

describe('outlet and program', () => {
  it('keeps the section and collection-title it took as the program out of the body', () => {
    const article = draftOf({ type: 'article-newspaper', title: 'T', 'container-title': 'Le Monde', section: 'Idées', issued });
    expect(article.fields.program).toEqual({ value: 'Idées', from: 'section' });
    expect(article.body).toEqual([]);
    const series = draftOf({ type: 'article-magazine', title: 'T', 'container-title': 'M', 'collection-title': 'Série', issued });
    expect(series.fields.program).toEqual({ value: 'Série', from: 'collection-title' });
    expect(series.body).toEqual([]);
  });

  it('takes the program of a broadcast from collection-title when the container is the outlet', () => {
    const draft = draftOf({ type: 'broadcast', title: 'T', 'container-title': 'France Culture', 'collection-title': 'La Méthode', issued });
    expect(draft.fields.outlet).toEqual({ value: 'France Culture', from: 'container-title' });
    expect(draft.fields.program).toEqual({ value: 'La Méthode', from: 'collection-title' });
  });
});

describe('body and notes', () => {
  it('keeps an abstract that reads like clic\'s credit note as text: only the note holds them', () => {
    const draft = draftOf({ title: 'T', 'container-title': 'J', abstract: 'Host: Jim Al-Khalili', issued });
    expect(draft.body).toEqual(['Host: Jim Al-Khalili']);
    expect(draft.people).toEqual([]);
  });

  it('leaves a null variable out of the body', () => {
    const parsed = parseCslJson(JSON.stringify([{ title: 'T', 'container-title': 'J', issued, dimensions: null }]));
    expect(parsed.drafts[0]!.body).toEqual([]);
    expect([...parsed.names.inBody]).toEqual([]);
  });

  it('keeps a boolean variable in the body as written, and says so', () => {
    const parsed = parseCslJson(JSON.stringify([{ title: 'T', 'container-title': 'J', issued, 'custom-flag': true, other: false }]));
    expect(parsed.drafts[0]!.body).toEqual(['custom-flag: true', 'other: false']);
    expect([...parsed.names.inBody]).toEqual(['custom-flag', 'other']);
  });

  it('has no date for an issued of null', () => {
    expect(draftOf({ title: 'T', 'container-title': 'J', issued: null }).date).toBeUndefined();
  });
});

describe('names', () => {
  it('reports organisations only', () => {
    const draft = draftOf({ title: 'T', 'container-title': 'J', issued, author: [{ family: 'Casilli', given: 'Antonio' }], guest: [{ literal: 'Arte' }] });
    expect(draft.notes).toEqual(['guest "Arte" is an organisation; written as `org`']);
  });
});

describe('the text', () => {
  it('reads a BOM at the start as none, and U+FEFF inside a value as a character', () => {
    const parsed = parseCslJson('\uFEFF[{"title": "A\uFEFFB", "container-title": "J"}]');
    expect(parsed.drafts[0]!.fields.title).toEqual({ value: 'A\uFEFFB', from: 'title' });
    expect(parseCslJson('[{"title": "A\uFEFFB", "container-title": "J"}]').drafts[0]!.fields.title).toEqual({ value: 'A\uFEFFB', from: 'title' });
  });
});

describe('keywords', () => {
  it('writes no empty tag from keywords with empty parts', () => {
    expect(planOf([{ title: 'T', 'container-title': 'J', issued, keyword: 'a, ,b;;c,' }]).items[0]!.fields).toMatchObject({ tags: ['a', 'b', 'c'] });
  });
});
