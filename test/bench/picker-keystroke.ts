// In-process timings of the picker's pure core (`clic search -i`) over one corpus, printed as
// JSON: a bare redraw (drawScreen of a ranked state), a keystroke answered as the terminal
// adapter answers it (applyKey, one ranking slice sized to the frame budget, drawScreen), and a
// keystroke until its ranking is complete. Run through picker-keystroke.mjs, which bundles it.
import { searchEntries } from '../../src/core/search.js';
import { fileStores } from '../../src/fs/store.js';
import { plainPaint } from '../../src/format/paint.js';
import { applyKey, initialState, withRanking, type PickerState } from '../../src/tui/picker.js';
import { SlicedRanking, StepSizer, isComplete } from '../../src/tui/ranking.js';
import { drawScreen } from '../../src/tui/screen.js';

const [corpusDir, cacheDir] = process.argv.slice(2) as [string, string];
const SLICE_BUDGET_MS = 8;
const KEEP = 100;
const WORDS = ['travail du clic', 'precarite'];

const store = fileStores({ CLIC_CACHE_DIR: cacheDir }, process.cwd(), 'bench')(corpusDir, { cache: true });
const entries = store.full(store.entries().entries.map((entry) => entry.id));
const byPath = new Map(entries.map((entry) => [entry.path, entry]));
const entryOf = (hit: { path: string }) => byPath.get(hit.path);
const rankerFor = (query: string) => (some: readonly typeof entries[number][]) => searchEntries(some, query, { scope: 'quotes' });
const sizer = new StepSizer(SLICE_BUDGET_MS);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};

/** One key typed: the new state, its first slice ranked, drawn; then the rest of its slices. */
function keystroke(state: PickerState, text: string): { state: PickerState; firstMs: number; completeMs: number } {
  const started = performance.now();
  let next = applyKey(state, { text }).state;
  const ranking = new SlicedRanking(entries, rankerFor(next.query), KEEP);
  const step = (): void => {
    const size = sizer.size;
    const sliceStart = performance.now();
    next = withRanking(next, ranking.step(size));
    sizer.record(size, performance.now() - sliceStart);
    drawScreen(next, entryOf, plainPaint);
  };
  step();
  const firstMs = performance.now() - started;
  while (!isComplete(ranking.progress)) step();
  return { state: next, firstMs, completeMs: performance.now() - started };
}

const first: number[] = [];
const complete: number[] = [];
const bare: number[] = [];
for (const words of WORDS) {
  let state = initialState('', { columns: 80, rows: 40 });
  for (const char of words) {
    const result = keystroke(state, char);
    state = result.state;
    first.push(result.firstMs);
    complete.push(result.completeMs);
    const started = performance.now();
    drawScreen(state, entryOf, plainPaint);
    bare.push(performance.now() - started);
  }
}
process.stdout.write(`${JSON.stringify({ entries: entries.length, keystrokes: first.length, firstMs: median(first), completeMs: median(complete), bareMs: median(bare), sliceEntries: sizer.size })}\n`);
