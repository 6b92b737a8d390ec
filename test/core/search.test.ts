import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { alignmentErrors, DEFAULT_THRESHOLD, entrySearcher, parseQuery, passagesOf, rankPassages, searchAskingBodies, searchEntries, type Hit } from '../../src/core/search.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';

/** An entry whose quotes start on line 10, one line each. */
function entry(id: string, quotes: string[], extra: Partial<FullEntry> = {}): FullEntry {
  return {
    id, path: `${id}.md`, title: `Title of ${id}`, type: 'interview', date: '2020-10-15', outlet: 'Outlet',
    program: null, issue: null, place: null, language: null, url: null, people: [], tags: [], related: [], updates: [], key: null,
    quotes: quotes.map((text, index) => ({ text, speaker: null, at: null, line: 10 + index })),
    body: '', bodyLine: 20, lines: { title: 2 },
    ...extra,
  };
}

const texts = (hits: readonly Hit[]): string[] => hits.map((hit) => hit.text);
const search = (entries: FullEntry[], query: string, threshold?: number): Hit[] => searchEntries(entries, query, { threshold }).hits;
/** The matched parts of a hit's text, as a person sees them highlighted. */
const highlighted = (hit: Hit): string[] => hit.matches.map(([start, end]) => hit.text.slice(start, end));

describe('matching forgives what people get wrong', () => {
  const target = 'Il permet la migration virtuelle de la main d’œuvre, ou du doigt d’œuvre, en l’occurrence.';
  const entries = [
    entry('target', [target]),
    entry('other', ['Les coulisses de ce théâtre de marionnettes donnent à voir un autre spectacle.', 'La crise sanitaire a changé notre rapport aux algorithmes.']),
  ];

  it.each([
    ['accents left out', 'migration virtuelle en l occurrence'],
    ['capitals', 'MIGRATION VIRTUELLE'],
    ['oe for œ and a plain apostrophe', "main d'oeuvre"],
    ['words in another order', "oeuvre doigt d'oeuvre main"],
    ['one typo', 'migartion virtuele'],
    ['the start of words', 'migr virtu'],
    ['typographic apostrophe in the query', 'doigt d’œuvre'],
  ])('%s: %s', (_kind, query) => {
    expect(search(entries, query)[0]?.text).toBe(target);
  });

  it('finds nothing for words that are not there', () => {
    expect(search(entries, 'blockchain quantique')).toEqual([]);
    expect(search(entries, 'zzzz')).toEqual([]);
  });

  it('ranks the same passages in the same order whatever the order of the query words', () => {
    const one = search(entries, 'la main d’œuvre doigt');
    const other = search(entries, 'doigt la d’œuvre main');
    expect(texts(other)).toEqual(texts(one));
  });
});

describe('ranking', () => {
  it('puts passages holding every query word before those holding some, however well those match', () => {
    const entries = [
      entry('some', ['robots et marionnettes']),
      entry('every', ['the robots appear first, the marionettes much later, and the strings at the very end']),
    ];
    const hits = search(entries, 'robots marionnettes strings');
    expect(hits.map((hit) => hit.id)).toEqual(['every', 'some']);
  });

  it('keeps a passage lacking words when it holds at least half of them (issue 17: `machine learning` finds what `machines zzz` finds)', () => {
    const entries = [entry('robots', ['robots'])];
    expect(search(entries, 'robots dans')).toHaveLength(1);
    expect(search(entries, 'robots marionnettes')).toHaveLength(1);
    expect(search(entries, 'robots marionnettes strings')).toEqual([]);
    const machines = [entry('machines', ['entraîner les machines'])];
    expect(search(machines, 'machine learning').map((hit) => hit.id)).toEqual(search(machines, 'machines zzz').map((hit) => hit.id));
  });

  it('keeps no passage lacking words at threshold 0', () => {
    expect(search([entry('robots', ['robots'])], 'robots dans', 0)).toEqual([]);
  });

  it('keeps a passage lacking words only if a word it holds, longer than two letters, is found from its first letter', () => {
    // `oeuvre` stands inside `manœuvrer`: no word of `doigt d'oeuvre` starts there.
    const entries = [entry('inside', ['livrer, conduire, manœuvrer']), entry('word', ['la main-d’œuvre docile'])];
    expect(search(entries, "doigt d'oeuvre").map((hit) => hit.id)).toEqual(['word']);
  });

  it('puts fewer typos first', () => {
    const entries = [entry('two', ['the travial of the clock']), entry('none', ['the travail of the clock'])];
    expect(search(entries, 'travail clock').map((hit) => hit.id)).toEqual(['none', 'two']);
  });

  it('then words standing together, then in the order typed', () => {
    const entries = [
      entry('apart', ['the work of a click is hidden from the platform users today']),
      entry('reversed', ['click work is hidden']),
      entry('together', ['about the work click hidden']),
    ];
    expect(search(entries, 'work click').map((hit) => hit.id)).toEqual(['together', 'reversed', 'apart']);
  });

  it('then words found whole before words found as the start of a longer one', () => {
    const entries = [entry('longer', ['travailleurs du clic']), entry('whole', ['travail du clic'])];
    expect(search(entries, 'travail du clic').map((hit) => hit.id)).toEqual(['whole', 'longer']);
  });

  it('then the shorter passage, then the order of the corpus', () => {
    const entries = [entry('b-long', ['machines and the people who train machines']), entry('a-short', ['train machines']), entry('c-same', ['train machines'])];
    expect(search(entries, 'train machines').map((hit) => hit.id)).toEqual(['a-short', 'c-same', 'b-long']);
  });

  it('does not let words of one or two letters match inside other words', () => {
    const entries = [entry('inside', ['des idées développées']), entry('whole', ['la vie de la cité'])];
    expect(search(entries, 'de').map((hit) => hit.id)).toEqual(['whole']);
    expect(search(entries, 'l').map((hit) => hit.id)).toEqual([]);
  });

  it('does not count words of one or two letters for a passage that lacks the others', () => {
    const entries = [entry('stop-words-only', ['de la vie et de la mort'])];
    expect(search(entries, 'robotique de la')).toEqual([]);
  });

  it('matches a query word typed without the hyphen or apostrophe of a compound', () => {
    const entries = [entry('compound', ['des micro-tâches effectuées aujourd’hui'])];
    expect(search(entries, 'microtaches aujourdhui')[0]?.score).toBe(0);
  });

  it('costs one error more for a match inside a word than at its start', () => {
    const entries = [entry('inside', ['l’automatisation']), entry('start', ['matisation'])];
    const hits = search(entries, 'matisation');
    expect(hits.map((hit) => hit.id)).toEqual(['start', 'inside']);
    expect(hits[1]!.score).toBeGreaterThan(0);
  });
});

describe('scores', () => {
  const entries = fullEntries(BUNDLED_CORPUS);

  it.each(['travail du clic', 'intelligence artificielle humain', 'micro taches', 'travailleurs precaires plateformes'])('never decrease down the hits: %s', (query) => {
    const scores = search(entries, query).map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('scores a passage lacking one word of three (`paid per task` in `paid by the task`) above the threshold, below one half', () => {
    const hits = search([entry('hour', ['paid by the hour']), entry('two', ['paid by the task']), entry('all', ['they are paid per task'])], 'paid per task');
    expect(hits.map((hit) => hit.id)).toEqual(['all', 'two']);
    expect(hits[0]!.score).toBe(0);
    expect(hits[1]!.score).toBeGreaterThan(DEFAULT_THRESHOLD);
    expect(hits[1]!.score).toBeLessThan(0.5);
  });

  it('is 0 for an exact match and stays within 0..1', () => {
    const hits = search(entries, 'travail du clic');
    expect(hits[0]!.score).toBe(0);
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
  });

  it('is the share of letters forgiven for a passage with every word, above the threshold for one lacking some', () => {
    const hits = search([entry('typo', ['the travial clock']), entry('partial', ['only travail here'])], 'travail clock', 0.5);
    // "travial" costs 1 error (a swap) out of the query's 12 letters.
    expect(hits.map((hit) => [hit.id, hit.score])).toEqual([['typo', Math.round(1e4 / 12) / 1e4], ['partial', expect.any(Number)]]);
    expect(hits[1]!.score).toBeGreaterThan(0.5);
  });
});

describe('threshold', () => {
  const entries = [entry('typo', ['le travial humain'])];

  it.each([
    [0, 'travail humain', 0],
    [0.4, 'travail humain', 1],
    [0, 'trav huma', 1],
  ])('at %s, %j finds %i hit(s)', (threshold, query, count) => {
    expect(search(entries, query, threshold)).toHaveLength(count);
  });

  it('is the one given, not the default, for passages searched without the entries', () => {
    // `doigt` in `droit`: two errors (an r added, a g dropped); five letters allow one by default, two at 0.5.
    const passages = passagesOf([entry('e', ['le droit du travail'])], 'quotes');
    expect(rankPassages(passages, 'doigt').hits).toEqual([]);
    expect(rankPassages(passages, 'doigt', { threshold: 0.5 }).hits.map((hit) => hit.text)).toEqual(['le droit du travail']);
    expect(search([entry('e', ['le droit du travail'])], 'doigt', 0.5)).toHaveLength(1);
  });
});

describe('the typos forgiven by default', () => {
  it.each([
    ['doigt', 'le droit du travail', 0],
    ['doigt', 'le doight du travail', 1],
    ['clik', 'le travail du clic', 0],
    ['proletariat', 'la prolifération des plateformes', 0],
    ['proletairat', 'le nouveau prolétariat', 1],
    ['prolteairat', 'le nouveau prolétariat', 1],
  ])('%s in %j: %i hit(s)', (query, text, count) => {
    // None in a word of up to four letters, one up to nine, two from ten letters.
    expect(search([entry('e', [text])], query)).toHaveLength(count);
  });
});

describe('alignmentErrors', () => {
  it.each([
    ['clic', 'clic', 0],
    ['clic', 'le clic', 0],
    ['clic', 'clac', 1],
    ['travail', 'travial', 1],
    ['travail', 'trvail', 1],
    ['travaill', 'travail', 1],
    ['travail', 'travaillent', 0],
    ['abcd', 'badc', 2],
    ['clic', 'xyz', 4],
  ])('%s in %s: %i', (pattern, text, errors) => {
    expect(alignmentErrors(pattern, text)).toBe(errors);
  });

  it.each([
    ['travail', 'travaillent', 0],
    ['travial', 'travaillent', 1],
    ['matisation', 'automatisation', 4],
    ['oeuvre', 'manoeuvrer', 3],
  ])('anchored at the start: %s in %s: %i', (pattern, text, errors) => {
    expect(alignmentErrors(pattern, text, true)).toBe(errors);
  });
});

describe('where a hit stands', () => {
  it('gives the line of the quote', () => {
    const hits = search([entry('e', ['first quote here', 'second quote there'])], 'second there');
    expect(hits[0]!.line).toBe(11);
  });

  it('gives the line of the matched word in a body paragraph', () => {
    const body = 'Intro line.\n\nA paragraph that starts here\nand goes on with the robots\nto the end.\n';
    const e = entry('e', [], { body, bodyLine: 8 });
    const hits = searchEntries([e], 'robots', { scope: 'body' }).hits;
    expect(hits[0]!.text).toBe('A paragraph that starts here\nand goes on with the robots\nto the end.');
    expect(hits[0]!.line).toBe(11);
  });

  it('gives the line of the title', () => {
    const hits = searchEntries([entry('e', [], { title: 'Les ouvriers du clic' })], 'ouvriers', { scope: 'title' }).hits;
    expect(hits[0]).toMatchObject({ field: 'title', line: 2, text: 'Les ouvriers du clic' });
  });

  it('marks the matched words of the original text, ligatures and accents included', () => {
    const hits = search([entry('e', ['la main d’œuvre, ou du doigt d’œuvre, en l’occurrence'])], "doigt d'oeuvre");
    // A short word is marked only among the other matched words.
    expect(highlighted(hits[0]!)).toEqual(['œuvre', 'doigt', 'd', 'œuvre']);
  });

  it('marks a word found whole, not the longer words it starts', () => {
    const hits = search([entry('e', ['assistée par l’Homme partout'])], 'par homme');
    expect(highlighted(hits[0]!)).toEqual(['par', 'Homme']);
  });
});

describe('passagesOf', () => {
  const e = entry('e', ['one', 'two'], { body: 'para one\nstill one\n\n\npara two\n', bodyLine: 6 });

  it.each([
    ['quotes', ['quotes:one:10', 'quotes:two:11']],
    ['title', ['title:Title of e:2']],
    ['body', ['body:para one\nstill one:6', 'body:para two:10']],
    ['all', ['title:Title of e:2', 'quotes:one:10', 'quotes:two:11', 'body:para one\nstill one:6', 'body:para two:10']],
  ] as const)('%s', (scope, expected) => {
    expect(passagesOf([e], scope).map((p) => `${p.field}:${p.text}:${p.line}`)).toEqual(expected);
  });
});

describe('limit and total', () => {
  const entries = fullEntries(BUNDLED_CORPUS);

  it('gives no hit at limit 0, and still counts them', () => {
    const { total } = searchEntries(entries, 'travail');
    expect(total).toBeGreaterThan(1);
    expect(searchEntries(entries, 'travail', { limit: 0 })).toEqual({ hits: [], total });
  });

  it('gives nothing for a query without a word, or without entries', () => {
    expect(searchEntries(entries, ' ?! ')).toEqual({ hits: [], total: 0 });
    expect(searchEntries(entries, ' ?! ', { scope: 'all' })).toEqual({ hits: [], total: 0 });
    expect(searchEntries([], 'travail')).toEqual({ hits: [], total: 0 });
  });

  it('keeps the best hits and counts them all', () => {
    const all = searchEntries(entries, 'travail');
    const some = searchEntries(entries, 'travail', { limit: 3 });
    expect(some.total).toBe(all.total);
    expect(JSON.stringify(some.hits)).toBe(JSON.stringify(all.hits.slice(0, 3)));
  });
});

describe('parseQuery', () => {
  it.each([
    ['L’Intelligence  Artificielle', ['l', 'intelligence', 'artificielle']],
    ['main-d’œuvre', ['main', 'd', 'oeuvre']],
    ['la la la', ['la']],
    ['  ?! ', []],
  ])('%j → %j', (query, words) => {
    expect(parseQuery(query)).toEqual(words);
  });
});

describe('a candidate prefilter', () => {
  const passages = passagesOf(fullEntries(BUNDLED_CORPUS), 'all');
  const queries = ['travail du clic', 'intelligence artificielle', 'inteligence humain', 'micro taches', 'robots', 'plateformes numeriques travailleurs'];

  it('gives the same hits when handed any superset of them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...queries), fc.array(fc.boolean(), { minLength: passages.length, maxLength: passages.length }), (query, keep) => {
        const all = rankPassages(passages, query).hits;
        const hitTexts = new Set(all.map((hit) => `${hit.id}:${hit.field}:${hit.text}`));
        const candidates = passages.filter((p, i) => keep[i] || hitTexts.has(`${p.entry.id}:${p.field}:${p.text}`));
        expect(JSON.stringify(rankPassages(candidates, query).hits)).toBe(JSON.stringify(all));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the fields a search without a scope reads', () => {
  /** searchAskingBodies over `entries`, and how many times it asked for their bodies. */
  function askingBodies(entries: FullEntry[], query: string): { ids: string[]; fields: string[]; asked: number } {
    let asked = 0;
    const { hits } = searchAskingBodies(entries, () => (asked++, entries), query);
    return { ids: hits.map((hit) => hit.id), fields: hits.map((hit) => hit.field), asked };
  }
  const body = (text: string): Partial<FullEntry> => ({ body: text, bodyLine: 20 });

  it('the quotes alone when a quote holds every word without a typo', () => {
    const entries = [entry('quote', ['la migration virtuelle']), entry('body', [], body('la migration virtuelle'))];
    expect(askingBodies(entries, 'migration virtuelle')).toEqual({ ids: ['quote'], fields: ['quotes'], asked: 0 });
  });

  it('every field when a body paragraph has fewer letters wrong than every quote', () => {
    // `migartion` in the quote: one swap; the body holds both words as typed.
    const entries = [entry('quote', ['la migartion virtuelle']), entry('body', [], body('la migration virtuelle'))];
    expect(askingBodies(entries, 'migration virtuelle')).toEqual({ ids: ['body', 'quote'], fields: ['body', 'quotes'], asked: 1 });
  });

  it('every field when a title holds every word where no quote does', () => {
    const entries = [entry('quote', ['la migration']), entry('title', [], { title: 'La migration virtuelle' })];
    expect(askingBodies(entries, 'migration virtuelle')).toEqual({ ids: ['title', 'quote'], fields: ['title', 'quotes'], asked: 1 });
  });

  it('the quotes when no other field does better, every field read all the same', () => {
    const entries = [entry('quote', ['la migartion virtuelle']), entry('body', [], body('la migartion virtuelle, plus loin'))];
    expect(askingBodies(entries, 'migration virtuelle')).toEqual({ ids: ['quote'], fields: ['quotes'], asked: 1 });
  });

  it('every field when no entry has a quote', () => {
    expect(askingBodies([entry('body', [], body('la migration virtuelle'))], 'migration')).toEqual({ ids: ['body'], fields: ['body'], asked: 1 });
  });

  it('nothing, not even the bodies, for a query without a word', () => {
    expect(askingBodies([entry('quote', ['la migration'])], ' ?! ')).toEqual({ ids: [], fields: [], asked: 0 });
  });
});

describe('entrySearcher, query after query over indexes built once', () => {
  const entries = [entry('quote', ['la migration virtuelle']), entry('body', [], { body: 'la migration virtuelle', bodyLine: 20 })];

  it('builds a scope\'s index at its first query only: the next query of that scope has no step', () => {
    const searcher = entrySearcher(entries);
    // Indexing reports at least its two passes over the passages.
    expect([...searcher.search('migration', { scope: 'body' })].length).toBeGreaterThan(0);
    expect([...searcher.search('virtuelle', { scope: 'body' })]).toEqual([]);
    expect([...searcher.search('virtuelle', { scope: 'quotes' })].length).toBeGreaterThan(0);
  });

  it('builds what prepare was given, so that a query of those scopes has no step', () => {
    const searcher = entrySearcher(entries);
    expect([...searcher.prepare(['quotes', 'all'])].length).toBeGreaterThan(0);
    expect([...searcher.search('migration', { scope: 'all' })]).toEqual([]);
    expect([...searcher.search('migration')]).toEqual([]);
  });

  it('gives the quotes\' hits as a step when it goes on to every field', () => {
    const searcher = entrySearcher([entry('quote', ['la migartion virtuelle']), entry('body', [], { body: 'la migration virtuelle', bodyLine: 20 })]);
    expect([...searcher.prepare(['quotes', 'all'])].length).toBeGreaterThan(0);
    const steps = [...searcher.search('migration virtuelle')];
    expect(steps).toHaveLength(1);
    expect(steps[0]!.sofar?.hits.map((hit) => hit.id)).toEqual(['quote']);
    expect([...searcher.search(' ?! ')]).toEqual([]);
  });
});
