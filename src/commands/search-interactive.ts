// `clic search -i`: the live picker. The corpus is loaded and filtered as for `clic search`; before
// a query is typed, the passages searched are listed newest first; each query is ranked as
// searchEntries ranks it, over passages and indexes built once for the session (by the first
// query needing them); the picker draws on the terminal (/dev/tty), and only the chosen hits
// reach stdout, so `clic search -i > quote.txt` and `… --format ids | clic show -`
// work.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { applyFilter } from '../core/filter.js';
import type { FullEntry } from '../core/schema.js';
import type { Hit } from '../core/search.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { formatQuoteCitation, formatQuoteCitations } from '../format/quote-citation.js';
import { pickerRanking } from '../tui/ranking.js';
import { runPicker } from '../tui/terminal-picker.js';
import { filterSpecFrom } from './filters.js';
import { parseThreshold, writeHits, type SearchOptions } from './search.js';
import { corpusDir, loadCorpusFor, paintFor, parseCount, writeData } from './shared.js';

/** Left with Esc or Ctrl-C, as a shell reports an interrupted command (128 + SIGINT). */
export const EXIT_CANCELLED = 130;
const EXIT_SIGNAL = { SIGHUP: 128 + 1, SIGTERM: 128 + 15 } as const;
/** Hits kept for the list when --limit is not given: more than a person pages through. */
const PICKER_LIMIT = 100;

/** An entry's program, people and quotes, for the preview: the one place the picker reads them. */
function entryLookup(entries: readonly FullEntry[]): (hit: Hit) => FullEntry | undefined {
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  return (hit) => byPath.get(hit.path);
}

export async function runInteractiveSearch(query: string, options: SearchOptions, ctx: Context): Promise<number> {
  const spec = filterSpecFrom(options);
  const threshold = parseThreshold(options.threshold);
  const keep = parseCount('--limit', options.limit) ?? PICKER_LIMIT;
  const tty = ctx.terminal?.openTty();
  if (!ctx.terminal || !tty) {
    throw new UsageError('search -i needs a terminal to draw on, and this process has none', 'without one, give the query: clic search "travail du clic"');
  }
  try {
    const dir = corpusDir(options, ctx);
    const outcome = await runPicker(tty, ctx.terminal, {
      query,
      load: async () => {
        const corpus = await loadCorpusFor(options, ctx, { bodies: true });
        const entries = corpus.store.full(applyFilter(corpus.entries, spec).map((e) => e.id));
        const { rank, prepare } = pickerRanking(entries, { scope: options.in, threshold, keep });
        return { rank, prepare, entryOf: entryLookup(entries) };
      },
      fileOf: (hit) => join(dir, hit.path),
      citationOf: formatQuoteCitation,
      paint: paintFor(options, ctx, true),
      env: ctx.env,
    });
    if (outcome.kind === 'cancelled') return EXIT_CANCELLED;
    if (outcome.kind === 'signal') return EXIT_SIGNAL[outcome.signal];
    if (options.format) await writeHits(outcome.hits, options.format, options, ctx);
    else writeData(ctx, formatQuoteCitations(outcome.hits));
    return EXIT_OK;
  } finally {
    tty.close();
  }
}
