// The candidate index (index.ts) and the passages it is built from (passages.ts), checked array by
// array against indexes worked out by hand from the layout index.ts documents: passage after
// passage, the id of every word visited (compounds included) and its position; word after word,
// the passages holding it, ascending.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { buildSearchIndex, candidatesOf, indexOfRuns, indexSteps, passageWords, type PassageRun } from '../../src/core/search/index.js';
import { passagesOf } from '../../src/core/search/passages.js';
import type { SearchProgress } from '../../src/core/search/steps.js';

const passages = (...texts: string[]) => texts.map((text) => ({ text }));

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(passages('Le clic, le clic', 'clic-clac', '', 'Robots'));

  it('numbers the distinct words in the order first seen, compounds included', () => {
    expect(index.vocabulary).toEqual(['le', 'clic', 'clac', 'clicclac', 'robots']);
  });

  it('lists each passage’s visits: word ids, positions, and how many words', () => {
    // 0: le clic le clic; 1: clic clac, then clicclac at clic's place; 2: none; 3: robots.
    expect([...index.passageStarts]).toEqual([0, 4, 7, 7, 8]);
    expect([...index.words]).toEqual([0, 1, 0, 1, 1, 2, 3, 4]);
    expect([...index.ordinals]).toEqual([0, 1, 2, 3, 0, 1, 0, 0]);
    expect([...index.lengths]).toEqual([4, 2, 0, 1]);
  });

  it('lists each word’s passages once, ascending', () => {
    // le: 0; clic: 0 1; clac: 1; clicclac: 1; robots: 3.
    expect([...index.postingStarts]).toEqual([0, 1, 3, 4, 5, 6]);
    expect([...index.postings]).toEqual([0, 0, 1, 1, 1, 3]);
  });

  it('holds passages of more words than its first arrays', () => {
    const words = Array.from({ length: 1500 }, (_, n) => `w${n}`);
    const big = buildSearchIndex(passages(words.join(' '), 'w1499 w0'));
    expect(big.vocabulary).toEqual(words);
    expect([...big.passageStarts]).toEqual([0, 1500, 1502]);
    expect([...big.words]).toEqual([...words.keys(), 1499, 0]);
    expect(big.ordinals[1499]).toBe(1499);
    expect([...big.postings.subarray(big.postingStarts[1499]!, big.postingStarts[1500]!)]).toEqual([0, 1]);
  });

  it('is empty for no passage', () => {
    const empty = buildSearchIndex([]);
    expect(empty).toEqual({
      vocabulary: [], passageStarts: new Uint32Array([0]), words: new Uint32Array(0), ordinals: new Uint32Array(0),
      lengths: new Uint32Array(0), postingStarts: new Uint32Array([0]), postings: new Uint32Array(0),
    });
  });
});

describe('indexSteps', () => {
  /** The progress an index build reports, and the index it ends with. */
  function stepsOf(count: number): { progress: SearchProgress[]; postings: number[] } {
    const steps = indexSteps(Array.from({ length: count }, (_, p) => ({ text: p % 2 ? 'odd' : 'even' })));
    const progress: SearchProgress[] = [];
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { progress, postings: [...step.value.postings] };
      progress.push(step.value);
    }
  }

  it('reports three passes: every 256 passages visited, then each of two inverting passes as it starts', () => {
    const { progress, postings } = stepsOf(600);
    expect(progress).toEqual([{ done: 256, of: 1800 }, { done: 512, of: 1800 }, { done: 600, of: 1800 }, { done: 1200, of: 1800 }]);
    expect(postings).toEqual([...Array.from({ length: 300 }, (_, k) => 2 * k), ...Array.from({ length: 300 }, (_, k) => 2 * k + 1)]);
  });

  it('copies the words and their ordinals into one array each a chunk a step, then reports an inverting pass again every 8192 passages', () => {
    const { progress, postings } = stepsOf(8200);
    // 8200 words, one a passage, fill chunks of 1024, 2048 and 4096 (the rest in a fourth): three
    // steps for the words, three for the ordinals, all at the end of the visiting pass.
    const visited = { done: 8200, of: 24600 };
    expect(progress.slice(-12)).toEqual([
      { done: 7936, of: 24600 }, { done: 8192, of: 24600 },
      visited, visited, visited, visited, visited, visited,
      { done: 8200, of: 24600 }, { done: 8200 + 8192, of: 24600 }, { done: 16400, of: 24600 }, { done: 16400 + 8192, of: 24600 },
    ]);
    expect(progress).toHaveLength(32 + 6 + 4);
    expect(postings).toEqual([...Array.from({ length: 4100 }, (_, k) => 2 * k), ...Array.from({ length: 4100 }, (_, k) => 2 * k + 1)]);
  });

  it('keeps every word and ordinal across chunks, in order', () => {
    // 3000 passages of three words: 9000 visits, over four chunks.
    const texts = Array.from({ length: 3000 }, (_, p) => ({ text: `w${p} x y` }));
    const index = buildSearchIndex(texts);
    expect(index.words).toHaveLength(9000);
    expect([...index.ordinals.subarray(0, 6)]).toEqual([0, 1, 2, 0, 1, 2]);
    expect([...index.ordinals.subarray(8994)]).toEqual([0, 1, 2, 0, 1, 2]);
    for (const p of [0, 341, 342, 1023, 2999]) {
      const start = index.passageStarts[p]!;
      expect([...index.words.subarray(start, start + 3)].map((id) => index.vocabulary[id])).toEqual([`w${p}`, 'x', 'y']);
    }
  });

  it('reports nothing for no passage', () => {
    expect(stepsOf(0).progress).toEqual([]);
  });
});

describe('candidatesOf', () => {
  const index = buildSearchIndex(passages('Le clic, le clic', 'clic-clac', '', 'Robots', 'le robots'));

  it.each([
    [[0, 1, 0, 0, 1], [0, 1, 3, 4]],
    [[1, 1, 0, 0, 0], [0, 1, 4]],
    [[0, 0, 1, 1, 0], [1]],
    [[0, 0, 0, 0, 0], []],
  ])('marks %j: passages %j', (wanted, expected) => {
    expect([...candidatesOf(index, Uint8Array.from(wanted))]).toEqual(expected);
  });
});

describe('passagesOf', () => {
  const base: FullEntry = {
    id: 'e', path: 'e.md', title: 'The title', type: 'interview', date: '2020-10-15', outlet: 'Outlet',
    program: null, issue: null, place: null, language: null, url: null, people: [], tags: [], related: [], updates: [], key: null,
    quotes: [{ text: 'said', speaker: 'Ann', at: '12:34', line: 7 }], body: 'para\n', bodyLine: 12, lines: { title: 3 },
  };

  it('takes the title, the quotes and the body entry after entry, each with its speaker and time', () => {
    const other = { ...base, id: 'f', title: 'Other', quotes: [], body: 'x\n\ny', lines: {} };
    expect(passagesOf([base, other], 'all').map(({ entry, field, text, line, speaker, at }) => [entry.id, field, text, line, speaker, at])).toEqual([
      ['e', 'title', 'The title', 3, null, null],
      ['e', 'quotes', 'said', 7, 'Ann', '12:34'],
      ['e', 'body', 'para', 12, null, null],
      // No title line known: line 1.
      ['f', 'title', 'Other', 1, null, null],
      ['f', 'body', 'x', 12, null, null],
      ['f', 'body', 'y', 14, null, null],
    ]);
  });

  it.each([
    ['quotes', ['quotes']],
    ['title', ['title']],
    ['body', ['body']],
  ] as const)('takes only the %s for that scope', (scope, fields) => {
    expect(passagesOf([base], scope).map((passage) => passage.field)).toEqual(fields);
  });

  it.each([
    ['', []],
    ['\n', []],
    [' \t\n', []],
    ['one', [['one', 12]]],
    ['one\n', [['one', 12]]],
    ['\n\n one \n two\n \nthree', [[' one \n two', 14], ['three', 17]]],
  ])('cuts the body %j into paragraphs', (body, expected) => {
    expect(passagesOf([{ ...base, body }], 'body').map((passage) => [passage.text, passage.line])).toEqual(expected);
  });
});

describe('indexOfRuns', () => {
  // Words that repeat across texts, compounds, ligatures, accents and a fraction that folds in two.
  const word = fc.constantFrom('clic', 'Clic', 'travail', 'aujourd’hui', 'micro-tâches', 'œuvre', 'oeuvre', '½', 'IA', 'ia', 'é', '12', 'l’IA', '—', '');
  const text = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));

  it('gives what buildSearchIndex gives for the texts of the runs, however they are cut and picked', () => {
    fc.assert(fc.property(
      fc.array(fc.array(text, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
      (groups, picks) => {
        // Each group is a shard's quotes, visited together; each pick a run of one group's passages.
        const visited = groups.map((texts) => ({ texts, words: passageWords(texts) }));
        const runs: PassageRun[] = [];
        const texts: string[] = [];
        for (const [g, from, length] of picks) {
          const group = visited[g % visited.length]!;
          const first = group.texts.length === 0 ? 0 : from % group.texts.length;
          const count = Math.min(length % 4, group.texts.length - first);
          runs.push({ words: group.words, first, count });
          texts.push(...group.texts.slice(first, first + count));
        }
        expect(indexOfRuns(runs)).toEqual(buildSearchIndex(texts.map((t) => ({ text: t }))));
      },
    ), { numRuns: 300 });
  });

  it('numbers the words in the order the runs first give them, not their shards', () => {
    const shard = passageWords(['clic travail', 'ouvrier']);
    const index = indexOfRuns([{ words: shard, first: 1, count: 1 }, { words: shard, first: 0, count: 1 }]);
    expect(index.vocabulary).toEqual(['ouvrier', 'clic', 'travail']);
    expect([...index.words]).toEqual([0, 1, 2]);
    expect([...index.passageStarts]).toEqual([0, 1, 3]);
    expect([...index.postings]).toEqual([0, 1, 1]);
  });
});
