import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/fold.js';
import { readCorpus } from '../../src/fs/read-corpus.js';
import { BUNDLED_CORPUS, fullEntries, ROOT } from '../support/cli.js';

const corpus = readCorpus(BUNDLED_CORPUS);
// The seed document sits in `shared/` beside the repository, not in the package: CI copies it
// beside the clone; a git worktree finds it beside the main checkout (its common git folder's parent).
const SEED_PATH = join('shared', 'seeds', '000_880b2ca97f212cae.txt');
const commonGitDir = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
const SEED = [join(ROOT, '..', SEED_PATH), ...(commonGitDir ? [join(dirname(commonGitDir), '..', SEED_PATH)] : [])].find((path) => existsSync(path));
const byId = new Map(corpus.entries.map((e) => [e.id, e]));
const quotes = fullEntries(BUNDLED_CORPUS).flatMap((e) => e.quotes);

describe('the bundled corpus', () => {
  it('loads with no problem at all', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.skipped).toBe(0);
  });

  it('holds every appearance of the seed: 12 appearances and 13 press items', () => {
    expect(corpus.entries).toHaveLength(25);
    expect(corpus.entries.filter((e) => e.type === 'press')).toHaveLength(13);
  });

  it.each([
    ['2020-10-15-national-geographic', 'interview', '2020-10-15'],
    ['2020-08-18-france-inter', 'podcast', '2020-08-18'],
    ['2020-05-relations', 'interview', '2020-05'],
    ['2020-05-29-msh-paris-saclay', 'video', '2020-05-29'],
    ['2020-02-12-france-televisions', 'video', '2020-02-12'],
    ['2020-02-04-forum-des-images', 'event', '2020-02-04'],
    ['2020-02-06-arifts', 'award', '2020-02-06'],
    ['2019-grand-prix-protection-sociale', 'award', '2019'],
    ['2020-02-06-le-monde', 'op-ed', '2020-02-06'],
    ['2020-01-19-cliquetv', 'video', '2020-01-19'],
    ['2020-01-14-iea-nantes', 'video', '2020-01-14'],
    ['2019-01-seuil-en-attendant-les-robots', 'book', '2019-01'],
  ])('has %s as a %s dated %s', (id, type, date) => {
    expect(byId.get(id)).toMatchObject({ type, date });
  });

  it('ties every press item to the documentary', () => {
    for (const press of corpus.entries.filter((e) => e.type === 'press')) {
      expect(press.related).toContain('2020-02-12-france-televisions');
    }
  });

  it('keeps the documentary’s later life as updates', () => {
    expect(byId.get('2020-02-12-france-televisions')?.updates.map((u) => u.date)).toEqual(['2020-12', '2021-03', '2022-04-11']);
  });

  it('quotes at least 30 passages', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(30);
  });

  it.runIf(SEED !== undefined)(`takes every quote verbatim from the seed document${SEED ? '' : ` (skipped: no ../${SEED_PATH} beside the repository)`}`, () => {
    const seed = readFileSync(SEED!, 'utf8');
    const foldedSeed = fold(seed);
    const missing = quotes.filter((q) => !seed.includes(q.text) && !foldedSeed.includes(fold(q.text)));
    expect(missing).toEqual([]);
  });
});
