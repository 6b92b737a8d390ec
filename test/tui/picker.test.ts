// What each key does to the picker's state: pure, no terminal.
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/core/search.js';
import { applyKey, chosenHits, initialState, layoutOf, selectedHit, withRanking, type Key, type PickerState } from '../../src/tui/picker.js';

function hit(n: number): Hit {
  return {
    id: `entry-${n}`, title: `Title ${n}`, date: '2020-10-15', type: 'interview', outlet: 'Outlet', path: `entry-${n}.md`,
    field: 'quotes', text: `Quote ${n}`, speaker: null, at: null, score: 0, line: 10 + n, matches: [],
  };
}

const HITS = Array.from({ length: 30 }, (_, n) => hit(n));
const ranked = (state: PickerState, hits: Hit[] = HITS): PickerState => withRanking(state, { hits, total: hits.length, done: 1, of: 1 });
const start = (query = '', rows = 20) => ranked(initialState(query, { columns: 60, rows }));

/** Keys as the adapter gives them: a name, `^x` for Ctrl-x, or text typed. */
function keys(state: PickerState, ...sequence: (string | Key)[]): PickerState {
  for (const key of sequence) {
    const decoded: Key = typeof key !== 'string' ? key : key.startsWith('^') ? { name: key.slice(1), ctrl: true } : { text: key };
    state = applyKey(state, decoded).state;
  }
  return state;
}

describe('editing the query', () => {
  it.each([
    ['typing inserts at the caret', ['travail', { name: 'left' }, { name: 'left' }, 'X'], 'travaXil', 6],
    ['Backspace removes the character before the caret', ['clicc', { name: 'backspace' }], 'clic', 4],
    ['Ctrl-H is Backspace', ['clicc', '^h'], 'clic', 4],
    ['Delete removes the character at the caret', ['clic', { name: 'home' }, { name: 'delete' }], 'lic', 0],
    ['Ctrl-U removes everything before the caret', ['travail du', { name: 'left' }, { name: 'left' }, '^u'], 'du', 0],
    ['Ctrl-W removes the word before the caret, and the blanks after it', ['travail du  ', '^w'], 'travail ', 8],
    ['Ctrl-A and Ctrl-E go to the start and the end', ['clic', '^a', '<', '^e', '>'], '<clic>', 6],
    ['Left and Right move by a whole emoji or accented letter', ['a👍🏽e\u0301', { name: 'left' }, { name: 'left' }, 'X', { name: 'right' }, 'Y'], 'aX👍🏽Ye\u0301', 7],
    ['control characters pasted in never enter the query', ['a\u001b[31mb\u0007'], 'a[31mb', 6],
    ['Alt with a letter types nothing', [{ name: 'x', meta: true, text: 'x' }], '', 0],
  ] as const)('%s', (_name, sequence, query, caret) => {
    const state = keys(start(), ...(sequence as unknown as (string | Key)[]));
    expect(state.query).toBe(query);
    expect(state.caret).toBe(caret);
  });

  it('a new query keeps the hits of the one before, and the selection, until it is ranked; its hits then start at the top', () => {
    const moved = keys(start(), { name: 'down' }, { name: 'down' });
    expect(moved.selected).toBe(2);
    const typed = keys(moved, 'x');
    expect(typed).toMatchObject({ query: 'x', selected: 2, rankedQuery: '', ranking: { hits: HITS, done: 0, of: 1 } });
    // Steps of its ranking show how far it has come, and nothing else changes.
    const halfway = withRanking(typed, { hits: [], total: 0, done: 5, of: 10 });
    expect(halfway).toMatchObject({ selected: 2, rankedQuery: '', ranking: { hits: HITS, total: HITS.length, done: 5, of: 10 } });
    const newHits = HITS.slice(10);
    const done = ranked(halfway, newHits);
    expect(done).toMatchObject({ selected: 0, top: 0, rankedQuery: 'x', ranking: { hits: newHits, done: 1, of: 1 } });
    // The same query ranked again keeps the selection; moving the caret keeps the hits.
    expect(ranked(keys(done, { name: 'down' }), newHits).selected).toBe(1);
    expect(keys(done, { name: 'left' }).ranking.hits).toEqual(newHits);
  });
});

describe('hits shown while the ranking goes on (the quotes’, while every field is searched)', () => {
  const sofar = HITS.slice(0, 5);
  const shown = withRanking(keys(start(), 'x'), { hits: sofar, total: 5, done: 0, of: 1 });

  it('are shown at once for a new query, at the top, its ranking still under way', () => {
    expect(shown).toMatchObject({ query: 'x', rankedQuery: 'x', selected: 0, top: 0, ranking: { hits: sofar, total: 5, done: 0, of: 1 } });
    // Enter waits for the complete hits (the adapter chooses once they have come).
    expect(applyKey(shown, { name: 'return' }).action).toBe('choose');
  });

  it('the complete hits keep the hit selected, wherever they rank it; a hit they lack leaves the row', () => {
    const moved = keys(shown, { name: 'down' }, { name: 'down' });
    expect(selectedHit(moved)).toBe(HITS[2]);
    const complete = ranked(moved, [HITS[7]!, HITS[8]!, HITS[0]!, HITS[2]!, HITS[1]!]);
    expect(complete.selected).toBe(3);
    expect(chosenHits(complete)).toEqual([HITS[2]]);
    expect(ranked(moved, [HITS[9]!, HITS[8]!, HITS[7]!, HITS[6]!]).selected).toBe(2);
  });

  it('a step without hits changes only the progress', () => {
    expect(withRanking(shown, { hits: [], total: 0, done: 3, of: 9 })).toMatchObject({ rankedQuery: 'x', ranking: { hits: sofar, total: 5, done: 3, of: 9 } });
  });
});

describe('moving', () => {
  const rows = layoutOf({ columns: 60, rows: 20 }).list;

  it.each([
    ['Down and Ctrl-N go down', [{ name: 'down' }, '^n'], 2],
    ['Up and Ctrl-P go up', [{ name: 'down' }, { name: 'down' }, { name: 'down' }, { name: 'up' }, '^p'], 1],
    ['Up stops at the first hit', [{ name: 'up' }], 0],
    ['PageDown goes a list height down', [{ name: 'pagedown' }], rows],
    ['PageDown stops at the last hit', [{ name: 'pagedown' }, { name: 'pagedown' }, { name: 'pagedown' }, { name: 'pagedown' }, { name: 'pagedown' }, { name: 'pagedown' }], 29],
    ['PageUp goes back', [{ name: 'pagedown' }, { name: 'pagedown' }, { name: 'pageup' }], rows],
  ] as const)('%s', (_name, sequence, selected) => {
    const state = keys(start(), ...(sequence as unknown as (string | Key)[]));
    expect(state.selected).toBe(selected);
    // The selected hit is always on the screen.
    expect(state.selected).toBeGreaterThanOrEqual(state.top);
    expect(state.selected).toBeLessThan(state.top + rows);
  });

  it('keeps the selection among the hits when a new ranking has fewer', () => {
    const state = keys(start(), { name: 'pagedown' }, { name: 'pagedown' });
    expect(ranked(state, HITS.slice(0, 3)).selected).toBe(2);
  });
});

describe('choosing', () => {
  it('Enter chooses the selected hit', () => {
    const state = keys(start(), { name: 'down' });
    const { action } = applyKey(state, { name: 'return' });
    expect(action).toBe('choose');
    expect(chosenHits(state)).toEqual([HITS[1]]);
  });

  it('Tab marks and moves on; Enter then chooses the marked hits in the order marked; Tab again unmarks', () => {
    let state = keys(start(), { name: 'down' }, { name: 'down' }, { name: 'tab' }, { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'tab' });
    expect(chosenHits(state)).toEqual([HITS[2], HITS[0]]);
    expect(state.selected).toBe(1);
    state = keys(state, { name: 'tab' });
    expect(chosenHits(state)).toEqual([HITS[2], HITS[0], HITS[1]]);
    state = keys(state, { name: 'up' }, { name: 'up' }, { name: 'tab' });
    expect(chosenHits(state)).toEqual([HITS[2], HITS[1]]);
  });

  it('marks outlive a new query, as in fzf', () => {
    const state = keys(start(), { name: 'tab' }, 'x');
    expect(chosenHits(ranked(state, HITS.slice(5)))).toEqual([HITS[0]]);
  });

  it.each([
    [{ name: 'return' }, undefined],
    [{ name: 'o', ctrl: true }, undefined],
    [{ name: 'y', ctrl: true }, undefined],
    [{ name: 'escape' }, 'cancel'],
    [{ name: 'c', ctrl: true }, 'cancel'],
    [{ name: 'z', ctrl: true }, 'suspend'],
  ] as const)('with no hit, %j does %s', (key, action) => {
    expect(applyKey(ranked(initialState('zzz', { columns: 60, rows: 20 }), []), key).action).toBe(action);
  });

  it('Enter while the query is still ranked asks to choose, its hits to come', () => {
    expect(applyKey(initialState('zzz', { columns: 60, rows: 20 }), { name: 'return' }).action).toBe('choose');
    expect(applyKey(keys(start(), 'x'), { name: 'return' }).action).toBe('choose');
  });

  it.each([
    [{ name: 'escape' }, 'cancel'],
    [{ name: 'c', ctrl: true }, 'cancel'],
    [{ name: 'o', ctrl: true }, 'edit'],
    [{ name: 'y', ctrl: true }, 'copy'],
    [{ name: 'enter' }, 'choose'],
    [{ name: 'z', ctrl: true }, 'suspend'],
  ] as const)('with hits, %j asks to %s', (key, action) => {
    expect(applyKey(start(), key).action).toBe(action);
  });

  it('a message lasts until the next key', () => {
    const state = { ...start(), message: 'copied' };
    expect(applyKey(state, { name: 'down' }).state.message).toBeNull();
  });
});
