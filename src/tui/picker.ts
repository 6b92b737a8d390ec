// The picker as data: a state, and what a key does to it. Pure, so every key is unit-tested;
// the terminal adapter (tty.ts) only decodes keys, draws the screen and carries out actions.
import type { Hit } from '../core/search.js';
import { isComplete, type RankingProgress } from './ranking.js';

/** A decoded key: a name (`a`, `up`, `backspace`…) with modifiers, and the text it types. */
export interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  /** What the key types, if it is printable. */
  text?: string;
}

export interface Size {
  columns: number;
  rows: number;
}

export interface PickerState {
  query: string;
  /** Caret offset in `query`, always at a grapheme boundary. */
  caret: number;
  /**
   * The hits shown, of the latest ranking complete, with how far the ranking of `query` has come:
   * while a new query is ranked, the hits of the one before stay on the screen.
   */
  ranking: RankingProgress;
  /** The query whose hits are shown (null before the first ranking is complete). */
  rankedQuery: string | null;
  /** Index of the selected hit. */
  selected: number;
  /** First hit shown in the list. */
  top: number;
  /** Marked hits, in the order marked, by hitKey. */
  marked: ReadonlyMap<string, Hit>;
  size: Size;
  /** A line for the person (copied, editor failed…), until the next key. */
  message: string | null;
}

/** What the adapter must do after a key. */
export type Action = 'choose' | 'cancel' | 'edit' | 'copy' | 'suspend';

export interface Transition {
  state: PickerState;
  action?: Action;
}

/** A hit's identity across rankings: its file, line and field. */
export const hitKey = (hit: Hit): string => `${hit.path}\u0000${hit.line}\u0000${hit.field}`;

/** A ranking under way: nothing to show yet. */
const NOT_RANKED: RankingProgress = { hits: [], total: 0, done: 0, of: 1 };

export function initialState(query: string, size: Size): PickerState {
  return { query, caret: query.length, ranking: NOT_RANKED, rankedQuery: null, selected: 0, top: 0, marked: new Map(), size, message: null };
}

/** Rows of each part of the screen: the prompt, the hits, a rule, the preview, the key line. */
export function layoutOf(size: Size): { list: number; preview: number } {
  const rows = Math.max(4, size.rows);
  const list = Math.max(1, Math.floor((rows - 3) * 0.4));
  return { list, preview: Math.max(0, rows - 3 - list) };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function previousBoundary(text: string, offset: number): number {
  let last = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index >= offset) break;
    last = index;
  }
  return last;
}

function nextBoundary(text: string, offset: number): number {
  for (const { index, segment } of graphemes.segment(text)) if (index + segment.length > offset) return index + segment.length;
  return text.length;
}

/** Where the word before the caret starts (Ctrl-W, as in a shell: blanks, then non-blanks). */
function wordStart(text: string, caret: number): number {
  let start = caret;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return start;
}

/** The selection moved to `index`, kept among the hits and scrolled into view. */
function select(state: PickerState, index: number): PickerState {
  const count = state.ranking.hits.length;
  const selected = count === 0 ? 0 : Math.min(Math.max(0, index), count - 1);
  const rows = layoutOf(state.size).list;
  let top = Math.min(state.top, selected);
  if (selected >= top + rows) top = selected - rows + 1;
  top = Math.max(0, Math.min(top, Math.max(0, count - rows)));
  return { ...state, selected, top };
}

function editQuery(state: PickerState, query: string, caret: number): PickerState {
  if (query === state.query) return { ...state, caret };
  // A new query: its ranking starts, the hits of the one before shown meanwhile.
  return { ...state, query, caret, ranking: { ...state.ranking, done: 0, of: 1 } };
}

export const selectedHit = (state: PickerState): Hit | undefined => state.ranking.hits[state.selected];

/** The hits Enter prints: the marked ones in the order marked, else the selected one. */
export function chosenHits(state: PickerState): Hit[] {
  if (state.marked.size > 0) return [...state.marked.values()];
  const hit = selectedHit(state);
  return hit ? [hit] : [];
}

export function applyKey(before: PickerState, key: Key): Transition {
  const state = before.message === null ? before : { ...before, message: null };
  const { query, caret } = state;
  const page = layoutOf(state.size).list;
  if (key.ctrl) {
    switch (key.name) {
      case 'c': return { state, action: 'cancel' };
      case 'p': return { state: select(state, state.selected - 1) };
      case 'n': return { state: select(state, state.selected + 1) };
      case 'u': return { state: editQuery(state, query.slice(caret), 0) };
      case 'w': {
        const start = wordStart(query, caret);
        return { state: editQuery(state, query.slice(0, start) + query.slice(caret), start) };
      }
      case 'a': return { state: { ...state, caret: 0 } };
      case 'e': return { state: { ...state, caret: query.length } };
      case 'h': return applyKey(state, { name: 'backspace' });
      case 'o': return selectedHit(state) ? { state, action: 'edit' } : { state };
      case 'y': return selectedHit(state) ? { state, action: 'copy' } : { state };
      case 'z': return { state, action: 'suspend' };
      default: return { state };
    }
  }
  switch (key.name) {
    case 'escape': return { state, action: 'cancel' };
    case 'return':
    // While the query is still ranked, its hits may yet come: the adapter chooses once they have.
    case 'enter': return chosenHits(state).length > 0 || !isComplete(state.ranking) ? { state, action: 'choose' } : { state };
    case 'up': return { state: select(state, state.selected - 1) };
    case 'down': return { state: select(state, state.selected + 1) };
    case 'pageup': return { state: select({ ...state, top: Math.max(0, state.top - page) }, state.selected - page) };
    case 'pagedown': return { state: select({ ...state, top: state.top + page }, state.selected + page) };
    case 'home': return { state: { ...state, caret: 0 } };
    case 'end': return { state: { ...state, caret: query.length } };
    case 'left': return { state: { ...state, caret: previousBoundary(query, caret) } };
    case 'right': return { state: { ...state, caret: nextBoundary(query, caret) } };
    case 'backspace': {
      const start = previousBoundary(query, caret);
      return { state: editQuery(state, query.slice(0, start) + query.slice(caret), start) };
    }
    case 'delete': return { state: editQuery(state, query.slice(0, caret) + query.slice(nextBoundary(query, caret)), caret) };
    case 'tab': {
      const hit = selectedHit(state);
      if (!hit) return { state };
      const marked = new Map(state.marked);
      if (marked.has(hitKey(hit))) marked.delete(hitKey(hit));
      else marked.set(hitKey(hit), hit);
      return { state: select({ ...state, marked }, state.selected + 1) };
    }
    default:
      break;
  }
  // Printable text, typed or pasted: control characters never enter the query.
  const text = key.meta ? '' : (key.text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  if (text === '') return { state };
  return { state: editQuery(state, query.slice(0, caret) + text + query.slice(caret), caret + text.length) };
}

/**
 * The state with the ranking of its query as far as it has come. Its hits, once it has some
 * (complete, or the quotes' while every field is searched), are shown: at the top for a new query;
 * for the same query, the hit selected stays selected where the new hits hold it, else the row
 * does. Under way without hits, only its progress: the hits shown stay.
 */
export function withRanking(state: PickerState, ranking: RankingProgress): PickerState {
  if (!isComplete(ranking) && ranking.hits.length === 0) return { ...state, ranking: { ...state.ranking, done: ranking.done, of: ranking.of } };
  if (state.rankedQuery !== state.query) return select({ ...state, ranking, rankedQuery: state.query, top: 0 }, 0);
  const selected = selectedHit(state);
  const kept = selected ? ranking.hits.findIndex((hit) => hitKey(hit) === hitKey(selected)) : -1;
  return select({ ...state, ranking }, kept >= 0 ? kept : state.selected);
}

export function withSize(state: PickerState, size: Size): PickerState {
  return select({ ...state, size }, state.selected);
}

export function withMessage(state: PickerState, message: string): PickerState {
  return { ...state, message };
}
