// The picker on a real terminal: raw mode and the alternate screen on /dev/tty, keys decoded by
// Node's readline (emitKeypressEvents knows the escape sequences of xterm, rxvt, the Linux
// console and tmux, and its escape timeout is settable), the screen redrawn line by line where
// it changed. Ranking runs in steps between reads of the terminal, so a key typed while the
// hits are ranked is read before the next step: the query typed ahead is ranked once, never
// each stale one in turn. Whatever ends the picker (a key, an error, SIGTERM, SIGHUP, the
// process exiting), the terminal is given back as it was.
import { spawnSync } from 'node:child_process';
import { emitKeypressEvents } from 'node:readline';
import type { Hit, SearchProgress, SearchSteps } from '../core/search.js';
import type { Paint } from '../format/paint.js';
import type { ProcessEvent, TerminalAccess, Tty } from '../io.js';
import { editorCommand } from './editor.js';
import { applyKey, chosenHits, initialState, selectedHit, withMessage, withRanking, withSize, type Key, type PickerState, type Size } from './picker.js';
import { SteppedRanking, isComplete } from './ranking.js';
import { drawScreen, type EntryOf } from './screen.js';

/** What the picker searches: the entries the filters kept, and their details. */
export interface PickerCorpus {
  /**
   * `clic search`'s ranking of the entries for a query, at most `keep` hits, in steps (over an
   * index built once for the session); for an empty query, what to show before one is typed;
   * undefined when the query has nothing to look for.
   */
  rank(query: string): SearchSteps | undefined;
  /** Work to run in steps while no key comes and nothing is being ranked (the indexes a query will need). */
  prepare?: Generator<SearchProgress, void, void>;
  entryOf: EntryOf;
}

export interface PickerOptions {
  query: string;
  /**
   * Loads the corpus: called with the terminal already in raw mode, so that what is typed
   * meanwhile is kept for the query instead of echoed, and before the alternate screen, so that
   * what loading says on stderr stays readable.
   */
  load(): PickerCorpus | Promise<PickerCorpus>;
  /** The file of a hit, for the editor. */
  fileOf(hit: Hit): string;
  /** The quote with its attribution, for the clipboard. */
  citationOf(hit: Hit): string;
  paint: Paint;
  env: Readonly<Record<string, string | undefined>>;
}

export type PickerOutcome = { kind: 'chosen'; hits: Hit[] } | { kind: 'cancelled' } | { kind: 'signal'; signal: 'SIGTERM' | 'SIGHUP' };

/** A frame's worth of ranking: what is left of 16 ms once keys are read and the screen drawn. */
const STEP_BUDGET_MS = 8;
const ESCAPE_TIMEOUT_MS = 50;
/** The ranking of a query with nothing to look for: complete, no hits. */
const NOTHING_TO_RANK = { hits: [], total: 0, done: 1, of: 1 };

const CSI = '\u001b[';
const ENTER_SCREEN = `${CSI}?1049h${CSI}H${CSI}2J`;
const LEAVE_SCREEN = `${CSI}0m${CSI}?25h${CSI}?1049l`;
const HIDE_CURSOR = `${CSI}?25l`;
const SHOW_CURSOR = `${CSI}?25h`;
// Terminals that know it show a frame whole (no half-drawn screen); the others ignore it.
const BEGIN_FRAME = `${CSI}?2026h`;
const END_FRAME = `${CSI}?2026l`;

const sizeOf = (tty: Tty): Size => {
  const { columns, rows } = tty.size();
  return { columns: columns || 80, rows: rows || 24 };
};

/** Node's keypress as the picker's Key: the text only for what types something. */
function toKey(text: string | undefined, key: { name?: string; ctrl?: boolean; meta?: boolean } | undefined): Key {
  const typed = key?.ctrl || key?.meta ? undefined : text;
  return { name: key?.name, ctrl: key?.ctrl, meta: key?.meta, text: typed };
}

export async function runPicker(tty: Tty, terminal: TerminalAccess, options: PickerOptions): Promise<PickerOutcome> {
  tty.input.setRawMode(true);
  let corpus: PickerCorpus;
  try {
    corpus = await options.load();
  } catch (error) {
    tty.input.setRawMode(false);
    throw error;
  }
  return new Promise((resolve, reject) => {
    let state: PickerState = initialState(options.query, sizeOf(tty));
    let ranking: SteppedRanking | undefined;
    let rankedQuery: string | undefined;
    let drawn: string[] = [];
    let scheduled = false;
    /** Enter was pressed while the query was ranked: its hits are chosen once it is complete. */
    let chooseWhenRanked = false;
    let finished = false;
    const detach: (() => void)[] = [];

    const write = (text: string): void => void tty.output.write(text);
    const enter = (): void => {
      tty.input.setRawMode(true);
      write(ENTER_SCREEN);
      drawn = [];
    };
    const leave = (): void => {
      write(LEAVE_SCREEN);
      tty.input.setRawMode(false);
    };

    const finish = (outcome: PickerOutcome | Error): void => {
      if (finished) return;
      finished = true;
      for (const off of detach) off();
      tty.input.pause();
      leave();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    /** Every handler runs through this: an error ends the picker, the terminal restored. */
    const guarded = <A extends unknown[]>(handler: (...args: A) => void) => (...args: A): void => {
      if (finished) return;
      try {
        handler(...args);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };

    const draw = (): void => {
      const screen = drawScreen(state, corpus.entryOf, options.paint);
      let text = BEGIN_FRAME + HIDE_CURSOR;
      screen.lines.forEach((line, row) => {
        if (drawn[row] !== line) text += `${CSI}${row + 1};1H${CSI}2K${line}${CSI}0m`;
      });
      for (let row = screen.lines.length; row < drawn.length; row++) text += `${CSI}${row + 1};1H${CSI}2K`;
      text += `${CSI}${screen.caret.row + 1};${screen.caret.column + 1}H${SHOW_CURSOR}${END_FRAME}`;
      drawn = screen.lines;
      write(text);
    };

    /** Ranks for a frame's time (starting over if the query changed), then draws. */
    const frame = guarded((): void => {
      scheduled = false;
      if (rankedQuery !== state.query) {
        rankedQuery = state.query;
        const steps = corpus.rank(state.query);
        ranking = steps ? new SteppedRanking(steps) : undefined;
        if (!ranking) state = withRanking(state, NOTHING_TO_RANK);
      }
      if (ranking && !isComplete(ranking.progress)) {
        const progress = ranking.run(STEP_BUDGET_MS);
        state = withRanking(state, progress);
        // Yield to the terminal between steps: keys typed meanwhile are read first.
        if (!isComplete(progress)) schedule();
      }
      if (chooseWhenRanked && isComplete(state.ranking)) {
        chooseWhenRanked = false;
        if (chosenHits(state).length > 0) return finish({ kind: 'chosen', hits: chosenHits(state) });
      }
      draw();
      schedulePreparing();
    });
    const schedule = (): void => {
      if (scheduled || finished) return;
      scheduled = true;
      setImmediate(frame);
    };

    /**
     * The corpus's preparing, a step budget at a time, only while nothing is ranked or drawn:
     * a key typed meanwhile is read between two steps, and its frame comes first.
     */
    const preparation = corpus.prepare ?? (function* () {})();
    let preparing = true;
    let prepareScheduled = false;
    const prepare = guarded((): void => {
      prepareScheduled = false;
      // A frame to come (a key typed, a ranking going on) goes first, and asks again after it.
      if (scheduled || (ranking && !isComplete(ranking.progress))) return;
      const until = performance.now() + STEP_BUDGET_MS;
      do preparing = preparation.next().done !== true;
      while (preparing && performance.now() < until);
      schedulePreparing();
    });
    const schedulePreparing = (): void => {
      if (!preparing || prepareScheduled || finished) return;
      prepareScheduled = true;
      setImmediate(prepare);
    };

    const edit = (hit: Hit): void => {
      const command = editorCommand(options.env, options.fileOf(hit), hit.line);
      if (typeof command === 'string') {
        state = withMessage(state, command);
        return;
      }
      leave();
      const result = spawnSync(command.file, command.args, { stdio: [tty.inputFd, tty.outputFd, tty.outputFd], env: { ...options.env } });
      enter();
      if (result.error) state = withMessage(state, `could not run ${command.file}: ${result.error.message}`);
      else if (result.status !== 0) state = withMessage(state, `${command.file} exited with status ${result.status ?? result.signal}`);
    };

    const onKeypress = guarded((text: string | undefined, key: Parameters<typeof toKey>[1]): void => {
      const { state: next, action } = applyKey(state, toKey(text, key));
      state = next;
      chooseWhenRanked = false;
      const hit = selectedHit(state);
      if (action === 'cancel') return finish({ kind: 'cancelled' });
      if (action === 'choose') {
        if (isComplete(state.ranking)) return finish({ kind: 'chosen', hits: chosenHits(state) });
        chooseWhenRanked = true;
      }
      if (action === 'suspend') return suspend();
      if (action === 'edit' && hit) edit(hit);
      if (action === 'copy' && hit) {
        // OSC 52: the terminal (or tmux, or the terminal at the far end of ssh) sets its clipboard.
        write(`\u001b]52;c;${Buffer.from(options.citationOf(hit), 'utf8').toString('base64')}\u0007`);
        state = withMessage(state, 'copied the quote and its attribution');
      }
      schedule();
    });

    // Ctrl-Z, as in a shell: the terminal given back, the process stopped; continued (`fg`),
    // the picker comes back, drawn anew at the terminal's size then.
    const suspend = (): void => {
      leave();
      terminal.suspend();
    };
    const onContinue = guarded((): void => {
      enter();
      onResize();
    });

    const onResize = guarded((): void => {
      state = withSize(state, sizeOf(tty));
      // Some terminals reflow the old screen on a resize: draw every line again.
      write(`${CSI}2J`);
      drawn = [];
      schedule();
    });

    const on = (event: ProcessEvent, handler: () => void): void => void detach.push(terminal.on(event, handler));
    on('SIGWINCH', onResize);
    on('SIGCONT', onContinue);
    on('SIGTERM', () => finish({ kind: 'signal', signal: 'SIGTERM' }));
    on('SIGHUP', () => finish({ kind: 'signal', signal: 'SIGHUP' }));
    // A last resort, should the process end some other way while the picker is up.
    on('exit', () => finished || leave());
    // The second argument is typed as a readline Interface, but only its escapeCodeTimeout is read.
    emitKeypressEvents(tty.input, { escapeCodeTimeout: ESCAPE_TIMEOUT_MS } as unknown as Parameters<typeof emitKeypressEvents>[1]);
    tty.input.on('keypress', onKeypress);
    detach.push(() => tty.input.off('keypress', onKeypress));
    enter();
    tty.input.resume();
    schedule();
  });
}
