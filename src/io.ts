// The streams a command sees. The real one wraps process; tests use memoryIo() and read strings.

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
