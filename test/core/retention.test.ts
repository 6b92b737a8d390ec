// What an entry keeps alive. Values parsed from a file are slices of its front matter, and V8 keeps
// a slice's whole parent: an entry holding a slice for its title held its whole front matter,
// long quotes and all, for as long as it lived. Measured on the heap, after a full collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadFile, type FileResult } from '../../src/core/corpus.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const FILES = 300;
const QUOTE_CHARACTERS = 100_000;

/** A file whose front matter is mostly one long quote, its other values short, some not Latin-1. */
const fileText = (i: number): string => [
  '---',
  `title: "L’entrée numéro ${i} sur le travail du clic"`,
  'type: interview',
  'date: 2020-02-06',
  `outlet: "Le Monde diplomatique ${i}"`,
  'people:',
  `  - { name: "Antonio A. Casilli ${i}", role: interviewee }`,
  'tags: [travail, "plateformes numériques"]',
  'quotes:',
  `  - "${'é'.repeat(QUOTE_CHARACTERS)}"`,
  '---',
  'Notes.',
  '',
].join('\n');

describe('an entry loaded from its file', () => {
  it('keeps its values, not its front matter', () => {
    const files = Array.from({ length: FILES }, (_, i) => ({ path: `e-${i}.md`, bytes: new TextEncoder().encode(fileText(i)) }));
    collect();
    const before = process.memoryUsage().heapUsed;
    // Only the entries are kept: their quotes (the long text) and bodies are let go.
    const entries = files.map((file) => (loadFile(file) as FileResult).entry!);
    collect();
    const kept = process.memoryUsage().heapUsed - before;
    expect(entries.every((entry) => entry !== undefined && entry.title.startsWith('L’entrée'))).toBe(true);
    // Each front matter is 200 KB as text (two bytes a character): keeping them would be 60 MB.
    // The entries' own values are a few hundred bytes each.
    expect(kept).toBeLessThan(FILES * 4096);
    expect(entries[FILES - 1]!.people[0]!.name).toBe(`Antonio A. Casilli ${FILES - 1}`);
  });
});
