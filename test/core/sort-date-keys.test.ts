// sort.ts's promise about cost, without timing it: entries whose dates are all valid (every
// entry's, after validation) are ordered by dateOrderNumber's numbers, one per entry, and no text
// key is built (the text path is 2.5 to 4.5 times slower at 100,000 entries). The order itself is
// pinned by order.test.ts, and the numbers' agreement with the text keys by dates.test.ts.
import { describe, expect, it, vi } from 'vitest';
import * as dates from '../../src/core/dates.js';
import { sortEntries } from '../../src/core/sort.js';
import { makeEntry } from '../support/entry.js';

vi.mock('../../src/core/dates.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/dates.js')>();
  return { ...original, dateOrderKey: vi.fn(original.dateOrderKey), dateOrderNumber: vi.fn(original.dateOrderNumber) };
});

describe('sortEntries by date', () => {
  const entries = [makeEntry({ id: 'a', date: '2020' }), makeEntry({ id: 'b', date: '2021-05' }), makeEntry({ id: 'c', date: '2019-12-31' })];

  it('reads each valid date once, as a number, and builds no text key', () => {
    vi.mocked(dates.dateOrderKey).mockClear();
    vi.mocked(dates.dateOrderNumber).mockClear();
    expect(sortEntries(entries).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(vi.mocked(dates.dateOrderNumber)).toHaveBeenCalledTimes(3);
    expect(vi.mocked(dates.dateOrderKey)).not.toHaveBeenCalled();
  });

  it('builds text keys, one per entry, once a date is no date', () => {
    vi.mocked(dates.dateOrderKey).mockClear();
    expect(sortEntries([...entries, makeEntry({ id: 'd', date: 'someday' })]).map((e) => e.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(vi.mocked(dates.dateOrderKey)).toHaveBeenCalledTimes(4);
  });
});
