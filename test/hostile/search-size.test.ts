// Search grows linearly with the text it reads. Before, ranking compared every position of one
// query word with every position of the next, and the terminal's highlighting looked for each
// character among all the matches: a 255 KB quote of `ab ` repeated took 17 s, a body paragraph
// of 128k repeated words 32 s. These inputs are sized so that the quadratic code ran past the
// 20 s timeout (135 to 290 s each on this project's loaded machine) while the linear code takes
// about a second: the timeout decides, and vitest fails a test that returns after it. No timing is
// asserted; `npm run bench` measures search against reading the text.
import { describe, expect, it } from 'vitest';
import type { FullEntry } from '../../src/core/schema.js';
import { searchEntries } from '../../src/core/search.js';
import { formatHitsText } from '../../src/format/hits.js';
import { plainPaint } from '../../src/format/paint.js';

const TIMEOUT = 20_000;

function entry(quote: string, body = ''): FullEntry {
  return {
    id: 'big', path: 'big.md', title: 'Big', type: 'interview', date: '2020-10-15', outlet: 'Outlet',
    program: null, issue: null, place: null, language: null, url: null, people: [], tags: [], related: [], updates: [], key: null,
    quotes: [{ text: quote, speaker: null, at: null, line: 7 }], body, bodyLine: 10, lines: { title: 2 },
  };
}

const REPEATS = 170_000;
const quote = 'ab '.repeat(REPEATS).trimEnd();

describe('a 510 KB quote of one short word repeated', () => {
  // At 0.4, as the issue searched it, `abc` matches `ab` with one letter missing (at the default
  // 0.2, no typo is forgiven in a word of three letters, and nothing matches).
  const threshold = 0.4;

  it('is searched for two words that both match it everywhere', () => {
    const { hits } = searchEntries([entry(quote)], 'ab abc', { threshold });
    expect(hits).toHaveLength(1);
    // `ab` is shown among its neighbours, `abc` everywhere: every word is marked.
    expect(hits[0]!.matches).toHaveLength(REPEATS);
    expect(hits[0]!.matches.at(-1)).toEqual([quote.length - 2, quote.length]);
  }, TIMEOUT);

  it('is highlighted on a terminal, half of it', () => {
    const half = 'ab '.repeat(REPEATS / 2).trimEnd();
    const [hit] = searchEntries([entry(half)], 'ab abc', { threshold }).hits;
    const marked = formatHitsText([hit!], { ...plainPaint, highlight: (text) => `[${text}]` }, 80, () => 'big.md:7');
    expect(marked.split('[ab]')).toHaveLength(REPEATS / 2 + 1);
  }, TIMEOUT);
});

describe('a body paragraph of 200k words, two of them searched', () => {
  const words = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'travail' : 'clic'));
  const body = `Intro.\n\n${words.join(' ')}\nclic final travail\n`;

  it('finds the paragraph, at the line of the first match', () => {
    const { hits } = searchEntries([entry('none', body)], 'travail clic', { scope: 'body' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ field: 'body', line: 12, score: 0 });
    expect(hits[0]!.matches).toHaveLength(200_002);
  }, TIMEOUT);
});

// A guard rather than a finding (the code before passed it): matching one word costs the query
// word's letters times the word's, and reads the row of errors without spreading it into a call.
describe('one word of a million letters', () => {
  it('is matched without overflowing the call stack', () => {
    const long = 'a'.repeat(1_000_000);
    const { hits } = searchEntries([entry(`${long} travail`)], 'aaaa travial');
    expect(hits.map((hit) => hit.matches.length)).toEqual([2]);
  }, TIMEOUT);
});
