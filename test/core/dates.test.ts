import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dateOrderKey, dateOrderNumber, isValidDate, overlaps, parseDateSpan } from '../../src/core/dates.js';

describe('parseDateSpan', () => {
  it.each([
    ['2020-10-15', '2020-10-15', '2020-10-15'],
    ['2020-05', '2020-05-01', '2020-05-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2019-02', '2019-02-01', '2019-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2020', '2020-01-01', '2020-12-31'],
  ])('%s covers %s to %s', (text, first, last) => {
    expect(parseDateSpan(text)).toEqual({ first, last });
  });

  it.each(['2020-02-30', '2020-13-01', '2020-00', '2020-04-31', '15/10/2020', 'Oct 2020', '2020-1-5', '20', '2020-10-15T00:00:00Z', ''])(
    'rejects %j',
    (text) => expect(parseDateSpan(text)).toBeUndefined(),
  );
});

describe('compareDates', () => {
  it('sorts a partial date before every full date it covers', () => {
    const dates = ['2020-05-02', '2020', '2020-05', '2019-12-31', '2020-01-01'];
    expect([...dates].sort(compareDates)).toEqual(['2019-12-31', '2020', '2020-01-01', '2020-05', '2020-05-02']);
  });
});

describe('overlaps', () => {
  it('matches a month against a day inside it, and not outside', () => {
    const may = parseDateSpan('2020-05')!;
    expect(overlaps(may, { first: '2020-05-15', last: '9999-12-31' })).toBe(true);
    expect(overlaps(may, { first: '2020-06-01', last: '9999-12-31' })).toBe(false);
  });

  it('counts a shared first or last day as overlapping, on either side', () => {
    const may = parseDateSpan('2020-05')!;
    expect(overlaps(may, { first: '2020-05-31', last: '2020-06-30' })).toBe(true);
    expect(overlaps({ first: '2020-05-31', last: '2020-06-30' }, may)).toBe(true);
    expect(overlaps(may, { first: '2020-04-01', last: '2020-05-01' })).toBe(true);
    expect(overlaps({ first: '2020-04-01', last: '2020-05-01' }, may)).toBe(true);
    expect(overlaps(may, { first: '2020-04-01', last: '2020-04-30' })).toBe(false);
  });
});

describe('dateOrderNumber, the sort key read digit by digit', () => {
  // Dates near and around the valid forms: digits, hyphens, out-of-range months and days.
  const nearDate = fc.tuple(
    fc.stringMatching(/^[0-9]{4}$/),
    fc.constantFrom('', '-00', '-01', '-02', '-09', '-12', '-13', '-1x', '/05'),
    fc.constantFrom('', '-00', '-01', '-28', '-29', '-30', '-31', '-32', '-3'),
  ).map(([year, month, day]) => `${year}${month}${month === '' ? '' : day}`);
  const anyText = fc.oneof(nearDate, fc.string({ maxLength: 12 }));

  it('is a number exactly for the valid dates', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(dateOrderNumber(text) !== undefined).toBe(isValidDate(text));
    }), { numRuns: 2000 });
  });

  it('orders valid dates as dateOrderKey does', () => {
    fc.assert(
      fc.property(nearDate, nearDate, (a, b) => {
        const [na, nb] = [dateOrderNumber(a), dateOrderNumber(b)];
        fc.pre(na !== undefined && nb !== undefined);
        const [ka, kb] = [dateOrderKey(a), dateOrderKey(b)];
        expect(Math.sign(na! - nb!)).toBe(ka < kb ? -1 : ka > kb ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([['2020', 2020010104], ['2020-02', 2020020107], ['2020-02-29', 2020022910], ['2019-02-29', undefined], ['2020-1', undefined], ['20200', undefined],
    // Each character is checked: a digit guard that let `/` (one below `0`) or `:` (one above `9`) or a
    // separator other than `-` through would make these sortable.
    ['2020-1/', undefined], ['2020-0:', undefined], ['2020/05', undefined], ['2020-05x01', undefined], ['2020-05-0:', undefined], ['20:0', undefined], ['0000', 10104]])('%s → %s', (date, expected) => {
    expect(dateOrderNumber(date)).toBe(expected);
  });
});
