// The picker's screen as lines: the prompt, the ranked hits, a rule naming the selected hit's
// file, its preview, the keys. Pure: state and size in, lines out, none wider than the screen,
// every piece of corpus text escaped (cells.ts).
import type { Quote, QuotedEntry } from '../core/schema.js';
import type { Hit } from '../core/search.js';
import type { Paint } from '../format/paint.js';
import { cellsOf, fitCells, fitText, lineAroundMatch, paintCells, squeezeSpaces, widthOf, wrapCells, type Cell } from '../format/cells.js';
import { isComplete } from './ranking.js';
import { layoutOf, selectedHit, hitKey, type PickerState } from './picker.js';

/** The entry a hit comes from, for the preview (program, people, the other quotes). */
export type EntryOf = (hit: Hit) => QuotedEntry | undefined;

export interface Screen {
  lines: string[];
  /** Where the terminal's cursor goes: the caret in the query. */
  caret: { row: number; column: number };
}

export const KEYS_HELP = 'Enter choose · Tab mark · ↑↓ PgUp PgDn move · ^O edit · ^Y copy · Esc quit';

const PROMPT = '> ';
const DATE_WIDTH = 10;

/** What the hits shown are: those of a query, or, before one is typed, every passage, newest first. */
function shownLabel(rankedQuery: string, total: number): string {
  if (rankedQuery.trim() !== '') return `${total} ${total === 1 ? 'hit' : 'hits'}`;
  return total > 0 ? `all ${total}, newest first` : 'type to search';
}

function promptLine(state: PickerState, paint: Paint, columns: number): Screen {
  const { ranking } = state;
  const counts = [
    ...(state.rankedQuery === null ? [] : [shownLabel(state.rankedQuery, ranking.total)]),
    ...(isComplete(ranking) ? [] : [`${Math.floor((100 * ranking.done) / Math.max(1, ranking.of))}%`]),
    ...(state.marked.size > 0 ? [`${state.marked.size} marked`] : []),
  ].join(' · ');
  const room = Math.max(1, columns - PROMPT.length - (columns >= 40 ? counts.length + 2 : 0));
  const cells = cellsOf(state.query);
  // Scrolled so that the caret stays on the screen.
  const caretAt = cells.findIndex((cell) => cell.start >= state.caret);
  const caretCell = caretAt < 0 ? cells.length : caretAt;
  let first = 0;
  while (widthOf(cells.slice(first, caretCell)) > room - 1) first++;
  const shown = fitCells(cells.slice(first), room);
  const used = PROMPT.length + widthOf(shown);
  const right = columns >= 40 ? ' '.repeat(Math.max(1, columns - used - counts.length)) + paint.dim(counts) : '';
  return {
    lines: [`${paint.bold(PROMPT)}${shown.map((cell) => cell.shown).join('')}${right}`],
    caret: { row: 0, column: PROMPT.length + widthOf(cells.slice(first, caretCell)) },
  };
}

function hitLine(hit: Hit, selected: boolean, marked: boolean, paint: Paint, columns: number): string {
  const marker = `${selected ? '>' : ' '}${marked ? '+' : ' '} `;
  const date = fitText(hit.date, DATE_WIDTH).padEnd(DATE_WIDTH);
  const outletWidth = Math.max(6, Math.min(20, Math.floor(columns * 0.2)));
  const outlet = fitText(hit.outlet, outletWidth);
  const outletPad = ' '.repeat(Math.max(0, outletWidth - widthOf(cellsOf(outlet))));
  const room = columns - marker.length - DATE_WIDTH - 2 - outletWidth - 2;
  const text = room > 0 ? paintCells(lineAroundMatch(squeezeSpaces(cellsOf(hit.text, hit.matches)), room), paint) : '';
  const head = selected ? paint.bold(marker) : marker;
  const line = `${head}${paint.dim(date)}  ${paint.byType(hit.type, outlet)}${outletPad}  ${text}`;
  return room > 0 ? line : fitText(`${marker}${hit.date} ${hit.outlet}`, columns);
}

function ruleLine(hit: Hit | undefined, paint: Paint, columns: number): string {
  const fitted = hit ? ` ${fitText(`${hit.path}:${hit.line}`, Math.max(0, columns - 4))} ` : '';
  return paint.dim(`──${fitted}${'─'.repeat(Math.max(0, columns - 2 - widthOf(cellsOf(fitted))))}`);
}

/** Wrapped lines of corpus text, each painted. */
function wrapped(text: string, width: number, matches: readonly [number, number][] = []): Cell[][] {
  return wrapCells(squeezeSpaces(cellsOf(text, matches)), width);
}

/** The selected hit's entry and passage, then blocks for the quotes around it. */
interface Preview {
  lines: string[];
  neighbours: string[][];
}

function previewOf(hit: Hit, entry: QuotedEntry | undefined, paint: Paint, columns: number): Preview {
  const lines: string[] = [];
  const plain = (cells: Cell[]): string => paintCells(cells, paint);
  for (const line of wrapped(hit.title, columns, hit.field === 'title' ? hit.matches : [])) lines.push(paint.bold(plain(line)));
  const facts = [hit.outlet, entry?.program ?? null, hit.date, hit.type].filter((part): part is string => part !== null).join(' · ');
  lines.push(paint.dim(fitText(facts, columns)));
  if (entry && entry.people.length > 0) {
    for (const line of wrapped(`People: ${entry.people.map((person) => `${person.name} (${person.role})`).join(', ')}`, columns)) lines.push(plain(line));
  }
  lines.push('');
  const quote = hit.field === 'quotes';
  const open = quote ? '« ' : '';
  const passage = wrapped(hit.text, columns - 2 * open.length, hit.matches);
  passage.forEach((line, index) => {
    const prefix = index === 0 ? open : ' '.repeat(open.length);
    lines.push(`${prefix}${plain(line)}${quote && index === passage.length - 1 ? ' »' : ''}`);
  });
  const source = [hit.speaker, hit.at].filter((part): part is string => part !== null);
  if (source.length > 0) lines.push(' '.repeat(open.length) + paint.dim(fitText(`— ${source.join(', ')}`, columns - open.length)));
  return { lines, neighbours: neighbouringQuotes(hit, entry).map(([label, neighbour]) => ['', paint.dim(fitText(label, columns)), ...wrapped(`« ${neighbour.text} »`, columns - 2).map((line) => paint.dim(`  ${plain(line)}`))]) };
}

/** The preview cut to `rows`: a neighbouring quote is shown with at least its first line, or not at all. */
function fitPreview({ lines, neighbours }: Preview, rows: number): string[] {
  const shown = lines.slice(0, rows);
  for (const block of neighbours) {
    if (shown.length + 3 > rows) break;
    shown.push(...block.slice(0, rows - shown.length));
  }
  return shown;
}

/** The quotes before and after the hit's in its entry; for a title or body hit, the first ones. */
function neighbouringQuotes(hit: Hit, entry: QuotedEntry | undefined): [string, Quote][] {
  if (!entry) return [];
  if (hit.field !== 'quotes') return entry.quotes.slice(0, 2).map((quote) => ['Quote:', quote]);
  const index = entry.quotes.findIndex((quote) => quote.line === hit.line && quote.text === hit.text);
  const around: [string, Quote | undefined][] = [['Quote before:', entry.quotes[index - 1]], ['Quote after:', entry.quotes[index + 1]]];
  return index < 0 ? [] : around.filter((pair): pair is [string, Quote] => pair[1] !== undefined);
}

/** The whole screen for `state.size`: exactly `rows` lines, none wider than `columns`. */
export function drawScreen(state: PickerState, entryOf: EntryOf, paint: Paint): Screen {
  const columns = Math.max(1, state.size.columns);
  const layout = layoutOf(state.size);
  const prompt = promptLine(state, paint, columns);
  const lines = [...prompt.lines];
  const { hits } = state.ranking;
  for (let row = 0; row < layout.list; row++) {
    const index = state.top + row;
    const hit = hits[index];
    lines.push(hit ? hitLine(hit, index === state.selected, state.marked.has(hitKey(hit)), paint, columns) : '');
  }
  const hit = selectedHit(state);
  lines.push(ruleLine(hit, paint, columns));
  const preview = hit ? fitPreview(previewOf(hit, entryOf(hit), paint, columns), layout.preview) : [];
  for (let row = 0; row < layout.preview; row++) lines.push(preview[row] ?? '');
  lines.push(paint.dim(fitText(state.message ?? KEYS_HELP, columns)));
  return { lines: lines.slice(0, Math.max(4, state.size.rows)), caret: prompt.caret };
}
