// Where a hit's matched words stand in its text, for highlighting, and the line of the first.
// The text's words are visited again in the order the index holds them, so the index gives each
// visit's word id and no word is looked up; one pass, linear in the text.
import type { SearchIndex } from './index.js';
import type { MatchedQuery } from './match.js';
import type { Passage } from './passages.js';
import { SHORT_WORD } from './query.js';
import type { Ranked } from './rank.js';
import { visitWords, wordFolder, type WordFolder } from './words.js';

export interface Located {
  /** `[start, end)` offsets in the text, sorted, never overlapping. */
  matches: [number, number][];
  line: number;
}

/**
 * A query word found whole is shown whole, not in longer words; a short one only among its
 * neighbours (inside the closest window).
 */
export function locate(passage: Passage, ranked: Ranked, index: SearchIndex, query: MatchedQuery, foldWord: WordFolder = wordFolder()): Located {
  const { best, exact, window } = ranked;
  const shows = (id: number, ordinal: number): boolean =>
    query.words.some((word, q) => {
      if (best[q]! < 0 || query.errorsOf[q]![id] !== best[q]) return false;
      if (exact[q] && id !== query.exactIds[q]) return false;
      return word.letters > SHORT_WORD || (ordinal >= window.from && ordinal <= window.to);
    });
  const ranges: [number, number][] = [];
  let visit = index.passageStarts[ranked.passage]!;
  visitWords(passage.text, foldWord, (_folded, start, end, ordinal) => {
    if (shows(index.words[visit]!, ordinal)) ranges.push([start, end]);
    visit++;
  });
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const matches: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = matches.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else matches.push([start, end]);
  }
  return { matches, line: passage.field === 'body' ? passage.line + newlinesBefore(passage.text, matches[0]?.[0] ?? 0) : passage.line };
}

function newlinesBefore(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
