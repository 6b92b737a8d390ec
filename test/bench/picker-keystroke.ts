// In-process timings of the picker's pure core (`clic search -i`) over one corpus, printed as
// JSON: a bare redraw (drawScreen of a ranked state); the listing shown before a query (every
// quote, newest first); the session's first query, which builds the quotes' and every field's
// passages and index (once, in steps), to its first hits shown and to its end; a keystroke answered as the terminal adapter answers it
// (applyKey, one frame's budget of ranking steps over the built indexes, drawScreen), its median
// and slowest (the picker's ranking: a query whose words were ranked already is answered at
// once); a keystroke until its ranking is complete; and the longest single step of those
// rankings, which is how long a key typed meanwhile waits to be read.
// Run through picker-keystroke.mjs, which bundles it.
import { finish, type SearchSteps } from '../../src/core/search.js';
import { fileStores } from '../../src/fs/store.js';
import { plainPaint } from '../../src/format/paint.js';
import { applyKey, initialState, withRanking, type PickerState } from '../../src/tui/picker.js';
import { SteppedRanking, isComplete, pickerRanking } from '../../src/tui/ranking.js';
import { drawScreen } from '../../src/tui/screen.js';

const [corpusDir, cacheDir] = process.argv.slice(2) as [string, string];
const KEEP = 100;
const STEP_BUDGET_MS = 8;
const WORDS = ['travail du clic', 'precarite'];

const store = fileStores({ CLIC_CACHE_DIR: cacheDir }, process.cwd(), 'bench')(corpusDir, { cache: true });
const entries = store.full(store.entries().entries.map((entry) => entry.id));
const byPath = new Map(entries.map((entry) => [entry.path, entry]));
const entryOf = (hit: { path: string }) => byPath.get(hit.path);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};

/** The longest single step of the rankings run through `timed`. */
let slowestStepMs = 0;
function* timed(steps: SearchSteps): SearchSteps {
  for (;;) {
    const started = performance.now();
    const step = steps.next();
    slowestStepMs = Math.max(slowestStepMs, performance.now() - started);
    if (step.done) return step.value;
    yield step.value;
  }
}

// What the picker ranks for each query typed. The session's first query is typed before any
// index is built, all at once (a query pasted, or typed faster than the quotes are indexed): it
// builds the quotes' index, shows the quotes' hits (the search's `sofar`), then builds every
// field's (a query without --in widens to them when a title or body matches better, as a query
// with a typo does) and ranks them. The picker builds the same ahead while it waits for keys.
const { rank } = pickerRanking(entries, { keep: KEEP });
const FIRST_QUERY = 'travial du clik';
const buildStarted = performance.now();
let firstHitsMs: number | undefined;
const firstRanking = new SteppedRanking(rank(FIRST_QUERY)!);
while (!isComplete(firstRanking.progress)) {
  const started = performance.now();
  const progress = firstRanking.run(0);
  slowestStepMs = Math.max(slowestStepMs, performance.now() - started);
  if (firstHitsMs === undefined && progress.hits.length > 0) firstHitsMs = performance.now() - buildStarted;
}
const buildMs = performance.now() - buildStarted;
const slowestBuildStepMs = slowestStepMs;
slowestStepMs = 0;

const listingStarted = performance.now();
finish(rank('')!);
const listingMs = performance.now() - listingStarted;

/** One key typed: the new state, a frame's budget of its ranking, drawn; then the rest of its steps. */
function keystroke(state: PickerState, text: string): { state: PickerState; firstMs: number; completeMs: number } {
  const started = performance.now();
  let next = applyKey(state, { text }).state;
  const ranking = new SteppedRanking(timed(rank(next.query)!));
  const step = (): void => {
    next = withRanking(next, ranking.run(STEP_BUDGET_MS));
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
process.stdout.write(`${JSON.stringify({
  entries: entries.length, keystrokes: first.length, listingMs, firstHitsMs, buildMs, slowestBuildStepMs,
  firstMs: median(first), slowestFirstMs: Math.max(...first), completeMs: median(complete), slowestCompleteMs: Math.max(...complete),
  slowestStepMs, bareMs: median(bare),
})}\n`);
