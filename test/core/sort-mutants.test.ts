// What sort.ts promises beyond the orders order.test.ts pins: `ordered` gives the list itself
// when it is already in order (callers keep it without a copy) and a sorted copy otherwise; a
// date that is not one of the three forms sorts by its text as written (found by mutation testing).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/schema.js';
import { ordered, sortEntries } from '../../src/core/sort.js';
import { makeEntry } from '../support/entry.js';

const byNumber = (a: number, b: number) => a - b;

describe('ordered', () => {
  it('gives the list itself when it is in order, equal neighbours included', () => {
    const items = [1, 2, 2, 5];
    expect(ordered(items, byNumber)).toBe(items);
    const empty: number[] = [];
    expect(ordered(empty, byNumber)).toBe(empty);
  });

  it('gives a sorted copy otherwise, and leaves the list as it was', () => {
    const items = [2, 1, 3];
    const result = ordered(items, byNumber);
    expect(result).toEqual([1, 2, 3]);
    expect(result).not.toBe(items);
    expect(items).toEqual([2, 1, 3]);
  });
});

describe('sortEntries, dates that are not dates', () => {
  const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);

  it('sorts them by their text as written, code unit by code unit, newest first', () => {
    const odd = [makeEntry({ id: 'summer', date: 'été' }), makeEntry({ id: 'winter', date: 'hiver' }), makeEntry({ id: 'year', date: '2021' })];
    // "é" (U+00E9) comes after "h": as written, été is the latest text.
    expect(ids(sortEntries(odd))).toEqual(['summer', 'winter', 'year']);
    expect(ids(sortEntries(odd, 'date', true))).toEqual(['year', 'winter', 'summer']);
  });
});
