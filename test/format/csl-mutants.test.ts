// CSL-JSON items written out whole for the types whose variables differ (CSL 1.0.2 specification,
// appendix IV "Variables": event-place, collection-title, genre, medium), and the JSON text itself.
import { describe, expect, it } from 'vitest';
import type { Entry, QuotedEntry } from '../../src/core/schema.js';
import { formatCslJson } from '../../src/format/csl.js';
import { idKeys, makeEntry } from '../support/entry.js';

const csl = (...entries: QuotedEntry[]): Record<string, unknown>[] => JSON.parse(formatCslJson(entries, idKeys(entries)).text);

describe('CSL-JSON items, whole', () => {
  it('an event: its place is the event-place, its series the container-title, its organiser the publisher', () => {
    const [item] = csl(makeEntry({
      id: 'e', type: 'event', language: 'fr', date: '2019-11', outlet: 'EHESS', program: 'Séminaire', place: 'Paris',
      people: [{ name: 'Antonio A. Casilli', role: 'speaker' }, { name: 'Ann Chair', role: 'moderator' }, { name: 'Org', role: 'organizer', org: true }],
    }));
    expect(item).toEqual({
      id: 'e', type: 'event', genre: 'Événement', title: 'Les ouvriers du clic',
      author: [{ family: 'Casilli', given: 'Antonio A.' }], chair: [{ family: 'Chair', given: 'Ann' }], organizer: [{ literal: 'Org' }],
      issued: { 'date-parts': [[2019, 11]] }, publisher: 'EHESS', 'container-title': 'Séminaire', 'event-place': 'Paris', language: 'fr',
    });
  });

  it('a book: its series is the collection-title, no genre nor medium', () => {
    const [item] = csl(makeEntry({ id: 'b', type: 'book', date: '2019', outlet: 'Seuil', program: 'La couleur des idées', place: 'Paris', people: [{ name: 'A B', role: 'writer' }] }));
    expect(item).toEqual({
      id: 'b', type: 'book', title: 'Les ouvriers du clic', 'script-writer': [{ family: 'B', given: 'A' }],
      issued: { 'date-parts': [[2019]] }, publisher: 'Seuil', 'collection-title': 'La couleur des idées', 'publisher-place': 'Paris',
    });
  });

  it('a press article: the program as section, several people in one variable in their order', () => {
    const [item] = csl(makeEntry({
      id: 'p', type: 'press', outlet: 'Le Monde', program: 'Économie',
      people: [{ name: 'Jo Journalist', role: 'journalist' }, { name: 'Hal Host', role: 'host' }, { name: 'Ann Author', role: 'author' }, { name: 'Dee Discussant', role: 'discussant' }],
    }));
    expect(item).toEqual({
      id: 'p', type: 'article-newspaper', title: 'Les ouvriers du clic',
      author: [{ family: 'Journalist', given: 'Jo' }, { family: 'Author', given: 'Ann' }], host: [{ family: 'Host', given: 'Hal' }],
      contributor: [{ family: 'Discussant', given: 'Dee' }],
      issued: { 'date-parts': [[2020, 10, 15]] }, 'container-title': 'Le Monde', section: 'Économie',
    });
  });

  it.each([
    ['interview', { 'container-title': 'O', section: 'P', 'publisher-place': 'Paris' }],
    ['op-ed', { 'container-title': 'O', section: 'P', 'publisher-place': 'Paris' }],
    ['press', { 'container-title': 'O', section: 'P', 'publisher-place': 'Paris' }],
    ['podcast', { publisher: 'O', 'container-title': 'P', 'publisher-place': 'Paris' }],
    ['video', { publisher: 'O', 'container-title': 'P', 'publisher-place': 'Paris' }],
    ['award', { publisher: 'O', 'container-title': 'P', 'publisher-place': 'Paris' }],
  ] as const)('puts the outlet, program and place of a %s in the variables of the README\'s CSL table', (type, variables) => {
    const [item] = csl(makeEntry({ type, outlet: 'O', program: 'P', place: 'Paris', people: [] }));
    const { id, type: cslType, title, issued, genre, medium, ...rest } = item!;
    expect(rest).toEqual(variables);
  });

  it('writes the JSON as an indented array, one item after another, and an empty array for no entry', () => {
    const text = formatCslJson([makeEntry({ id: 'a', people: [] })], idKeys([makeEntry({ id: 'a' })])).text;
    expect(text).toBe(`[
  {
    "id": "a",
    "type": "article-magazine",
    "title": "Les ouvriers du clic",
    "genre": "Interview",
    "issued": {
      "date-parts": [
        [
          2020,
          10,
          15
        ]
      ]
    },
    "container-title": "National Geographic France"
  }
]
`);
    expect(JSON.parse(formatCslJson([], new Map()).text)).toEqual([]);
  });

  it('replaces a lone surrogate inside names too, and leaves numbers as they are', () => {
    const [item] = csl(makeEntry({ people: [{ name: 'Radio\udc00', role: 'author', org: true }], tags: ['a', 'b\ud800'] }));
    expect(item!.author).toEqual([{ literal: 'Radio\ufffd' }]);
    expect(item!.keyword).toBe('a, b\ufffd');
    expect(item!.issued).toEqual({ 'date-parts': [[2020, 10, 15]] });
  });

  it('says nothing is left out of an entry with no quotes, related or updates', () => {
    expect(formatCslJson([makeEntry()], idKeys([makeEntry()])).leftOut).toEqual([]);
    expect(formatCslJson([makeEntry({ related: ['x'] })], idKeys([makeEntry()])).leftOut).toEqual(['related']);
  });
});
