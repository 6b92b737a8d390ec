// The words section of a cache shard: the quotes' words as search numbers them, read back
// exactly, and refused whole when any number or word is not one a search could have written.
import { describe, expect, it } from 'vitest';
import { asciiJson, decodeWords, encodeWords } from '../../src/fs/cache/codec.js';
import { passageWords, type PassageWords } from '../../src/core/search/index.js';

const TEXTS = ['Le travail du clic, aujourd’hui.', '', 'Micro-tâches et ½ heure', 'ŒUVRE œuvre oeuvre'];

/** The section of `words`, its line of JSON changed by `head` and its numbers by `numbers`. */
function section(words: PassageWords, head: (value: Record<string, unknown>) => unknown = (value) => value, numbers: (all: number[]) => number[] = (all) => all): Buffer {
  const bytes = encodeWords(words);
  const lineEnd = bytes.indexOf(0x0a);
  const all = [...new Uint32Array(Uint8Array.from(bytes.subarray(lineEnd + 1)).buffer)];
  return Buffer.concat([Buffer.from(`${asciiJson(head(JSON.parse(bytes.toString('latin1', 0, lineEnd))))}\n`), Buffer.from(Uint32Array.from(numbers(all)).buffer)]);
}

describe('the words section', () => {
  const words = passageWords(TEXTS);
  const passages = TEXTS.length;
  const visits = words.words.length;
  // passageStarts (passages + 1 numbers), then the words' ids, their ordinals, each passage's length.
  const WORDS_AT = passages + 1;
  const ORDINALS_AT = WORDS_AT + visits;
  const set = (at: number, value: number) => (all: number[]) => all.map((n, i) => (i === at ? value : n));

  it('gives back what was written, its words as visitWords gives them', () => {
    expect(visits).toBeGreaterThan(10);
    expect(words.vocabulary).toContain('aujourdhui');
    expect(decodeWords(encodeWords(words), passages)).toEqual(words);
    expect(decodeWords(encodeWords(passageWords([])), 0)).toEqual(passageWords([]));
  });

  it.each<[string, Buffer, number?]>([
    ['a word id beyond the vocabulary', section(words, undefined, set(WORDS_AT, words.vocabulary.length))],
    ['an ordinal beyond its passage\'s words', section(words, undefined, set(ORDINALS_AT, words.lengths[0]!))],
    ['passages whose visits run backwards', section(words, undefined, set(1, words.passageStarts[2]! + 1))],
    ['a first passage starting after the first visit', section(words, undefined, set(0, 1))],
    ['passages ending before the last visit', section(words, undefined, set(passages, visits - 1))],
    ['a number short', section(words, undefined, (all) => all.slice(0, -1))],
    ['a number too many', section(words, undefined, (all) => [...all, 0])],
    ['a count of visits that is not the numbers\'', section(words, (head) => ({ ...head, visits: visits + 1 }))],
    ['words for a passage too many', encodeWords(words), passages - 1],
    ['the other byte order', section(words, (head) => ({ ...head, littleEndian: !head.littleEndian }))],
    ['a vocabulary word holding a space', section(words, (head) => ({ ...head, vocabulary: ['le clic', ...(head.vocabulary as string[]).slice(1)] }))],
    ['a vocabulary word holding an escape', section(words, (head) => ({ ...head, vocabulary: ['\u001b]52;c;', ...(head.vocabulary as string[]).slice(1)] }))],
    ['a vocabulary word with capitals, which folding never gives', section(words, (head) => ({ ...head, vocabulary: ['Le', ...(head.vocabulary as string[]).slice(1)] }))],
    ['an empty vocabulary word', section(words, (head) => ({ ...head, vocabulary: ['', ...(head.vocabulary as string[]).slice(1)] }))],
    ['a vocabulary word that is a number', section(words, (head) => ({ ...head, vocabulary: [1, ...(head.vocabulary as string[]).slice(1)] }))],
    ['a line of JSON that is not an object', section(words, () => null)],
    ['no line of JSON', Buffer.from(new Uint32Array([0]).buffer)],
  ])('is refused when it holds %s', (_, bytes, expectedPassages = passages) => {
    // Not JSON.parse's error: refused, so the shard is read again from its files.
    let decoded: PassageWords | undefined;
    try {
      decoded = decodeWords(bytes, expectedPassages);
    } catch {
      decoded = undefined;
    }
    expect(decoded).toBeUndefined();
  });
});
