// The streams a command sees. The real one wraps process; tests use memoryIo() and read strings.
import type { ReadStream, WriteStream } from 'node:tty';

export interface Io {
  out(text: string): void;
  /** Like out, but resolves only once the reader has taken in what it was behind on. */
  write(text: string): Promise<void>;
  err(text: string): void;
  /** All of standard input as text. */
  readStdin(): Promise<string>;
  /** Asks a person a question on the terminal; only called when stdinIsTTY. */
  ask(question: string): Promise<string>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Terminal width, or 80 when unknown. */
  columns: number;
}

/** The controlling terminal, opened apart from stdin and stdout so that they stay free for data. */
export interface Tty {
  input: ReadStream;
  output: WriteStream;
  /** Their descriptors, for a program run on the terminal meanwhile (the editor). */
  inputFd: number;
  outputFd: number;
  /** Its size now (asked of the terminal, not remembered from the last resize). */
  size(): { columns: number; rows: number };
  close(): void;
}

/** What the process tells a full-screen program: a resize, a request to end, going on after a stop, its own end. */
export type ProcessEvent = 'SIGWINCH' | 'SIGTERM' | 'SIGHUP' | 'SIGCONT' | 'exit';

/** The terminal for an interactive command (`clic search -i`); absent in tests and without a terminal. */
export interface TerminalAccess {
  /** Opens /dev/tty; undefined when the process has no controlling terminal. */
  openTty(): Tty | undefined;
  /** Calls `handler` on `event` until the returned function is called. */
  on(event: ProcessEvent, handler: () => void): () => void;
  /** Stops the process as Ctrl-Z in a shell does (SIGTSTP); SIGCONT tells when it goes on. */
  suspend(): void;
}

export interface MemoryIo extends Io {
  stdout(): string;
  stderr(): string;
}

export function memoryIo(options: Partial<Pick<Io, 'stdoutIsTTY' | 'stderrIsTTY' | 'stdinIsTTY' | 'columns'>> & { stdin?: string; answers?: string[] } = {}): MemoryIo {
  let out = '';
  let err = '';
  const answers = [...(options.answers ?? [])];
  return {
    out: (text) => void (out += text),
    write: async (text) => void (out += text),
    err: (text) => void (err += text),
    readStdin: async () => options.stdin ?? '',
    ask: async (question) => {
      err += question;
      return answers.shift() ?? '';
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    columns: options.columns ?? 80,
    stdout: () => out,
    stderr: () => err,
  };
}
