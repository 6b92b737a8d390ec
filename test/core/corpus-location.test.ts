// Which corpus a command uses (README, "Which corpus"): --corpus, then $CLIC_CORPUS, then the
// nearest `.clic` marker, then the default that `clic init` records as `corpus = DIR`, then the
// bundled corpus; and how that config line is read and written.
import { describe, expect, it } from 'vitest';
import { CORPUS_MARKER, CORPUS_SOURCES, chooseCorpus, corpusFromConfig, withCorpusInConfig } from '../../src/core/corpus-location.js';

describe('chooseCorpus', () => {
  const all = { option: '/opt', env: '/env', marker: '/marked', config: { dir: '/configured', file: '/home/u/.config/clic/config' }, bundled: '/bundled' };

  it('takes the strongest clue given, and says why in words', () => {
    expect(chooseCorpus(all)).toEqual({ dir: '/opt', source: 'option', reason: 'given with --corpus' });
    expect(chooseCorpus({ ...all, option: undefined })).toEqual({ dir: '/env', source: 'env', reason: 'set in $CLIC_CORPUS' });
    expect(chooseCorpus({ ...all, option: undefined, env: undefined })).toEqual({ dir: '/marked', source: 'marker', reason: 'the nearest folder holding a .clic file' });
    expect(chooseCorpus({ config: all.config, bundled: '/bundled' })).toEqual({
      dir: '/configured', source: 'config', reason: 'the default recorded in /home/u/.config/clic/config by clic init',
    });
    expect(chooseCorpus({ bundled: '/bundled' })).toEqual({
      dir: '/bundled', source: 'bundled', reason: 'the corpus bundled with clic (no --corpus, $CLIC_CORPUS, marker or default)',
    });
  });

  it('takes an option given as an empty text as given: the caller decides what it means', () => {
    expect(chooseCorpus({ ...all, option: '' }).source).toBe('option');
  });

  it('names the sources strongest first, and the marker file as the README does', () => {
    expect(CORPUS_SOURCES).toEqual(['option', 'env', 'marker', 'config', 'bundled']);
    expect(CORPUS_MARKER).toBe('.clic');
  });
});

describe('corpusFromConfig', () => {
  it.each([
    ['corpus = /a', '/a'],
    ['corpus=/a', '/a'],
    ['  corpus   =   /home/u/my appearances  ', '/home/u/my appearances'],
    ['corpus = /a\r', '/a'],
    ['corpus = /a # my corpus', '/a'],
    ['corpus = /a#b', '/a#b'],
    ['# a comment\nother = 1\ncorpus = /b\n', '/b'],
    ['corpus = /first\ncorpus = /second\n', '/first'],
    ['corpus =\ncorpus = /b\n', '/b'],
  ])('%j gives %j', (text, dir) => {
    expect(corpusFromConfig(text)).toBe(dir);
  });

  it.each(['', '# corpus = /a', '  # corpus = /a', 'corpora = /a', 'my corpus = /a', 'xcorpus = /a', 'corpus /a', 'corpus = ', 'corpus = # none'])(
    '%j gives none',
    (text) => {
      expect(corpusFromConfig(text)).toBeUndefined();
    },
  );
});

describe('withCorpusInConfig', () => {
  it.each([
    ['', 'corpus = /d\n'],
    ['# mine\n', '# mine\ncorpus = /d\n'],
    ['a = 1', 'a = 1\ncorpus = /d\n'],
    ['# mine\ncorpus = /old\nother = 1\n', '# mine\ncorpus = /d\nother = 1\n'],
    ['  corpus=/old\n', 'corpus = /d\n'],
    ['corpora = /x\n', 'corpora = /x\ncorpus = /d\n'],
    ['my corpus = /x\n', 'my corpus = /x\ncorpus = /d\n'],
    ['\n', '\ncorpus = /d\n'],
  ])('%j becomes %j', (text, written) => {
    expect(withCorpusInConfig(text, '/d')).toBe(written);
  });

  it('gives back what corpusFromConfig reads', () => {
    expect(corpusFromConfig(withCorpusInConfig('# mine\ncorpus = /old # old one\n', '/new place'))).toBe('/new place');
  });
});
