// The terminal adapter with a fake terminal: what it writes, what it ranks, how it ends.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { ProcessEvent, TerminalAccess, Tty } from '../../src/io.js';
import { plainPaint } from '../../src/format/paint.js';
import { entrySearcher } from '../../src/core/search.js';
import { runPicker, type PickerOptions } from '../../src/tui/terminal-picker.js';
import { BUNDLED_CORPUS, fullEntries } from '../support/cli.js';

const entries = fullEntries(BUNDLED_CORPUS);
const { search } = entrySearcher(entries);
const entryOf = (hit: { path: string }) => entries.find((entry) => entry.path === hit.path);

function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { setRawMode: vi.fn(), isRaw: false });
  let written = '';
  const output = { write: (text: string) => ((written += text), true) };
  const tty = { input, output, inputFd: -1, outputFd: -1, size: () => ({ columns: 80, rows: 24 }), close: () => input.destroy() } as unknown as Tty;
  const events = new EventEmitter();
  const access: TerminalAccess = {
    openTty: () => tty,
    on: (event: ProcessEvent, handler: () => void) => {
      events.on(event, handler);
      return () => void events.off(event, handler);
    },
    suspend: vi.fn(),
  };
  return { tty, access, input, events, written: () => written };
}

function options(overrides: Partial<PickerOptions> = {}): PickerOptions {
  return {
    query: '',
    load: () => ({ rank: (query) => search(query, { limit: 100 }), entryOf }),
    fileOf: (hit) => hit.path,
    citationOf: (hit) => hit.text,
    paint: plainPaint,
    env: {},
    ...overrides,
  };
}

const LEAVE = '\u001b[0m\u001b[?25h\u001b[?1049l';

describe('runPicker', () => {
  it('ranks a query typed ahead once, not each of its prefixes, and chooses its best hit', async () => {
    const terminal = fakeTerminal();
    const ranked: string[] = [];
    const picked = runPicker(terminal.tty, terminal.access, options({ load: () => ({ rank: (query) => (ranked.push(query), search(query, { limit: 100 })), entryOf }) }));
    // One read of the terminal holding a whole query and Enter, as when typing outruns drawing.
    terminal.input.write("dogit d'oeuvre");
    await new Promise((resolve) => setTimeout(resolve, 200));
    terminal.input.write('\r');
    const outcome = await picked;
    expect(ranked).toEqual(["dogit d'oeuvre"]);
    expect(outcome.kind === 'chosen' && outcome.hits.map((hit) => hit.path)).toEqual(['2020-10-15-national-geographic.md']);
    expect(terminal.written().endsWith(LEAVE)).toBe(true);
    expect(terminal.input.setRawMode.mock.calls).toEqual([[true], [true], [false]]);
  });

  it('runs the corpus’s preparing to its end while no key comes', async () => {
    const terminal = fakeTerminal();
    let stepsRun = 0;
    const prepare = (function* () {
      for (let step = 0; step < 50; step++) {
        stepsRun++;
        yield { done: step, of: 50 };
      }
    })();
    const picked = runPicker(terminal.tty, terminal.access, options({ load: () => ({ rank: (query) => search(query, { limit: 100 }), prepare, entryOf }) }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stepsRun).toBe(50);
    terminal.input.write('\u001b');
    expect((await picked).kind).toBe('cancelled');
  });

  it('chooses the best hit of a query typed with Enter at once, before its ranking could start', async () => {
    const terminal = fakeTerminal();
    const picked = runPicker(terminal.tty, terminal.access, options());
    // Keys read in one go: Enter arrives before the first frame has ranked anything.
    terminal.input.write("dogit d'oeuvre\r");
    const outcome = await picked;
    expect(outcome.kind === 'chosen' && outcome.hits.map((hit) => `${hit.path}:${hit.line}`)).toEqual(['2020-10-15-national-geographic.md:24']);
  });

  it('gives the terminal back when drawing fails, and passes the error on', async () => {
    const terminal = fakeTerminal();
    const picked = runPicker(terminal.tty, terminal.access, options({ query: 'robots', load: () => ({ rank: (query) => search(query), entryOf: () => { throw new Error('no preview'); } }) }));
    await expect(picked).rejects.toThrow('no preview');
    expect(terminal.written().endsWith(LEAVE)).toBe(true);
    expect(terminal.input.setRawMode.mock.calls.at(-1)).toEqual([false]);
  });

  it.each(['SIGTERM', 'SIGHUP'] as const)('ends on %s, the terminal given back', async (signal) => {
    const terminal = fakeTerminal();
    const picked = runPicker(terminal.tty, terminal.access, options({ query: 'robots' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    terminal.events.emit(signal);
    expect(await picked).toEqual({ kind: 'signal', signal });
    expect(terminal.written().endsWith(LEAVE)).toBe(true);
    expect(terminal.events.listenerCount(signal)).toBe(0);
  });
});
