// Entries built in memory for the pure writers' tests: a valid entry with fields overridden.
import type { PersonName } from '../../src/core/names.js';
import type { Entry, FullEntry } from '../../src/core/schema.js';

export function makeEntry(fields: Partial<FullEntry> & { id?: string } = {}): FullEntry {
  const id = fields.id ?? 'an-entry';
  return {
    path: `${id}.md`, title: 'Les ouvriers du clic', type: 'interview', date: '2020-10-15',
    outlet: 'National Geographic France', program: null, issue: null, place: null, language: null, url: null,
    people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }], tags: [], quotes: [], related: [], updates: [],
    key: null, body: '', bodyLine: 1, lines: {},
    ...fields,
    id,
  };
}

/** Keys for writers' tests: the entry id stands in for its citation key. */
export const idKeys = (entries: readonly Entry[]): Map<string, string> => new Map(entries.map((e) => [e.id, e.id]));

/** A split name read back in reading order: what every writer's output must give back. */
export function displayName(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  return [name.given, name.particle, name.family, name.suffix].filter((part) => part !== '').join(' ');
}
