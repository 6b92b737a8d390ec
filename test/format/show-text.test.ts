// clic show's page for a person, checked against pages written out by hand.
import { describe, expect, it } from 'vitest';
import { plainPaint, type Paint } from '../../src/format/paint.js';
import { formatEntriesText, formatEntryText } from '../../src/format/show.js';
import { makeEntry } from '../support/entry.js';

const marking: Paint = { ...plainPaint, enabled: true, bold: (t) => `<b>${t}</b>`, dim: (t) => `<d>${t}</d>`, byType: (type, t) => `<${type}>${t}</${type}>` };

describe('formatEntryText', () => {
  it('shows the title, the date line, the path, then each field given, labels aligned', () => {
    const entry = makeEntry({
      program: 'Le Temps du débat', issue: 'n° 12', place: 'Paris', language: 'fr', url: 'https://example.org/a', key: 'casilli2020',
      tags: ['travail', 'plateformes'], related: ['other-entry'],
      people: [{ name: 'Antonio A. Casilli', role: 'interviewee' }, { name: 'Anonyme', role: null }],
      updates: [{ date: '2021-03', note: 'Republished' }],
      body: '\nFirst paragraph.\n\n  Indented line.\n',
    });
    expect(formatEntryText(entry, plainPaint, 80)).toBe([
      'Les ouvriers du clic',
      '2020-10-15 · interview · National Geographic France',
      'an-entry.md',
      '',
      'Program:  Le Temps du débat',
      'Issue:    n° 12',
      'Place:    Paris',
      'Language: fr',
      'URL:      https://example.org/a',
      'Key:      casilli2020',
      'Tags:     travail, plateformes',
      'Related:  other-entry',
      'People:',
      '  Antonio A. Casilli (interviewee)',
      '  Anonyme',
      'Updates:',
      '  2021-03  Republished',
      '',
      'First paragraph.',
      '',
      '  Indented line.',
      '',
    ].join('\n'));
  });

  it('leaves out empty fields and sections, and paints title, type and labels', () => {
    const entry = makeEntry({ people: [], program: '', body: '   ' });
    expect(formatEntryText(entry, marking, 80)).toBe('<b>Les ouvriers du clic</b>\n2020-10-15 · <interview>interview</interview> · National Geographic France\n<d>an-entry.md</d>\n\n');
  });

  it('wraps long values under their label, at most 100 columns wide however wide the terminal', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = formatEntryText(makeEntry({ people: [], place: words }), plainPaint, 1000).split('\n').slice(4, -1);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]!.startsWith('Place:    word0 word1')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('          word')).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(90);
  });

  it('never wraps narrower than 20 columns', () => {
    const lines = formatEntryText(makeEntry({ people: [], place: 'aa bb cc dd ee ff gg hh' }), plainPaint, 5).split('\n').slice(4, -1);
    expect(lines).toEqual(['Place:    aa bb cc', '          dd ee ff', '          gg hh']);
  });

  it('escapes control characters in every field and the body', () => {
    const text = formatEntryText(makeEntry({ title: 'T\u001b[2J', outlet: 'O\u0007', place: 'P\u009b', body: 'B\u001b]0;x\u0007' }), plainPaint, 80);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('T\\x1b[2J');
    expect(text).toContain('B\\x1b]0;x\\x07');
  });
});

describe('formatEntriesText', () => {
  it('separates entries with a rule as wide as the terminal, up to 80', () => {
    const two = [makeEntry({ id: 'a', people: [] }), makeEntry({ id: 'b', people: [] })];
    expect(formatEntriesText(two, plainPaint, 30).split('\n')[5]).toBe('─'.repeat(30));
    expect(formatEntriesText(two, plainPaint, 200).split('\n')[5]).toBe('─'.repeat(80));
    expect(formatEntriesText(two, marking, 30).split('\n')[5]).toBe(`<d>${'─'.repeat(30)}</d>`);
  });
});
