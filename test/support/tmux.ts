// A real terminal for tests: tmux on a private socket, one server per session, killed after.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

let sessions = 0;

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

export interface TmuxSession {
  dir: string;
  /** The pane as text (with `escapes`, its colours and attributes too). */
  screen(escapes?: boolean): string;
  send(...keys: string[]): void;
  /** Types text literally. */
  type(text: string): void;
  resize(columns: number, rows: number): void;
  /** Polls the pane until `test` holds; throws with the last screen after `timeoutMs`. */
  waitFor(test: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Waits for the command to end: its exit status, stdout and stderr, the terminal settings before and after. */
  exited(timeoutMs?: number): Promise<{ code: number; stdout: string; stderr: string; sttyBefore: string; sttyAfter: string }>;
  /** Runs a tmux command on this session's server. */
  tmux(...args: string[]): string;
  kill(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `argv` in a detached tmux session of `columns`×`rows` (no status line), its stdout and
 * stderr sent to files, with `env` added to the environment.
 */
export function startTmux(argv: string[], options: { columns?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {}): TmuxSession {
  const dir = mkdtempSync(join(tmpdir(), 'clic-tmux-'));
  const socket = `clic-test-${process.pid}-${++sessions}`;
  const config = join(dir, 'tmux.conf');
  // The pane lives on a minute after the command (and remain-on-exit after that), so that its
  // screen and state can be read once the command has ended.
  writeFileSync(config, 'set -g status off\nset -g remain-on-exit on\nset -g set-clipboard on\nset -g escape-time 0\n');
  const env = Object.entries({ TERM: 'xterm-256color', ...options.env }).map(([name, value]) => `${name}=${quote(value)}`);
  const file = (name: string): string => quote(join(dir, name));
  // The terminal's settings before and after, to check that the program gave them back.
  const command = `cd ${quote(options.cwd ?? process.cwd())} && stty -g >${file('stty-before')}; env ${env.join(' ')} ${argv.map(quote).join(' ')} >${file('stdout')} 2>${file('stderr')}; status=$?; stty -g >${file('stty-after')}; echo $status >${file('status')}; exec sleep 60`;
  const tmux = (...args: string[]): string => {
    const result = spawnSync('tmux', ['-L', socket, '-f', config, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  tmux('new-session', '-d', '-x', String(options.columns ?? 80), '-y', String(options.rows ?? 40), 'sh', '-c', command);
  const session: TmuxSession = {
    dir,
    tmux,
    screen: (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : [])),
    send: (...keys) => void tmux('send-keys', ...keys),
    type: (text) => void tmux('send-keys', '-l', text),
    resize: (columns, rows) => void tmux('resize-window', '-x', String(columns), '-y', String(rows)),
    async waitFor(test, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let screen = '';
      while (Date.now() < deadline) {
        screen = session.screen();
        if (test(screen)) return screen;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
    },
    async exited(timeoutMs = 20_000) {
      const status = join(dir, 'status');
      const deadline = Date.now() + timeoutMs;
      while (!existsSync(status) || readFileSync(status, 'utf8') === '') {
        if (Date.now() > deadline) throw new Error(`the command did not end; the screen was:\n${session.screen()}`);
        await sleep(100);
      }
      const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
      return { code: Number(read('status')), stdout: read('stdout'), stderr: read('stderr'), sttyBefore: read('stty-before'), sttyAfter: read('stty-after') };
    },
    kill: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
  return session;
}
