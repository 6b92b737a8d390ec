import { describe, expect, it } from 'vitest';
import { nameKey, titleSimilarity, urlKey } from '../../src/core/hygiene.js';
import { clic, entryText, makeCorpus } from '../support/cli.js';

describe('nameKey', () => {
  it.each([
    ['Antonio A. Casilli', 'Antonio Casilli'],
    ['antonio  casilli', 'Antonio Casilli'],
    ['Marie-Amélie Carpio', 'marie-amelie carpio'],
    ['Paola  Tubaro', 'Paola Tubaro'],
  ])('%s is %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it.each([
    ['Antonio Casilli', 'Antonia Casilli'],
    ['J. Smith', 'K. Smith'],
  ])('%s is not %s', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
});

describe('urlKey and titleSimilarity', () => {
  it('ignores scheme, www, trailing slash, fragment and tracking parameters, not the path', () => {
    expect(urlKey('https://www.Example.org/a/b/?utm_source=x#top')).toBe(urlKey('http://example.org/a/b'));
    expect(urlKey('https://example.org/a?id=1')).not.toBe(urlKey('https://example.org/a?id=2'));
  });

  it('scores titles by shared words, ignoring case and accents', () => {
    expect(titleSimilarity('Les forçats du clic', 'les forcats du clic')).toBe(1);
    expect(titleSimilarity('Les forçats du clic', 'Les forçats du clic (2)')).toBeGreaterThanOrEqual(0.8);
    expect(titleSimilarity('Les forçats du clic', 'En attendant les robots')).toBeLessThan(0.5);
  });
});

describe('clic validate: one person one way, one appearance once', () => {
  it('warns at each minority spelling of a name, and not at the usual one', async () => {
    const person = (name: string) => `[{ name: "${name}", role: author }]`;
    const dir = makeCorpus({
      'a.md': entryText({ people: person('Antonio A. Casilli'), outlet: 'A' }),
      'b.md': entryText({ people: person('Antonio A. Casilli'), outlet: 'B' }),
      'c.md': entryText({ people: person('antonio casilli'), outlet: 'C' }),
      'd.md': entryText({ people: person('Paola Tubaro'), outlet: 'D' }),
    });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(result.stdout).toBe(
      'c.md:6: people[1]: warning: `antonio casilli` is written `Antonio A. Casilli` elsewhere (2 times) (write one person one way, or every bibliography lists two: name: Antonio A. Casilli)\n' +
        '0 errors, 1 warning in 1 file (4 files checked, 4 entries loaded)\n',
    );
    expect((await clic(['validate', '--strict', '--corpus', dir])).code).toBe(1);
  });

  it('warns about a copy under a new id: same URL, or same outlet and date with a near-identical title', async () => {
    const dir = makeCorpus({
      '2021-a.md': entryText({ url: 'https://example.org/x', title: '"Un"', outlet: 'One' }),
      '2021-b.md': entryText({ url: 'http://www.example.org/x/', title: '"Deux"', outlet: 'Two' }),
      '2021-c.md': entryText({ title: '"Les forçats du clic"', outlet: 'Libération' }),
      '2021-d.md': entryText({ title: '"Les forcats du clic"', outlet: 'liberation' }),
      '2021-e.md': entryText({ title: '"Les forçats du clic"', outlet: 'Libération', date: '2021-01-01' }),
    });
    const result = await clic(['validate', '--corpus', dir], { cwd: dir });
    expect(result.stdout).toBe(
      '2021-b.md:6: url: warning: probably the same appearance as `2021-a` (the same URL) (merge the two files, or tell them apart (2021-a.md))\n' +
        '2021-d.md:2: title: warning: probably the same appearance as `2021-c` (the same outlet and date, and a near-identical title) (merge the two files, or tell them apart (2021-c.md))\n' +
        '0 errors, 2 warnings in 2 files (5 files checked, 5 entries loaded)\n',
    );
  });

  it('the bundled corpus names each person one way', async () => {
    const result = await clic(['validate', '--strict']);
    expect(result.stdout).toBe('25 files checked, 25 entries, no problems\n');
  });
});
