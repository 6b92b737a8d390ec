import type { OpenStoreLater } from './fs/store.js';
import type { Io, TerminalAccess } from './io.js';

/** Everything a command may know about the world outside it. */
export interface Context {
  io: Io;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The corpus bundled with the package, used when neither --corpus nor CLIC_CORPUS is given. */
  bundledCorpusDir: string;
  version: string;
  /** The terminal, for interactive commands; undefined when there is none to use. */
  terminal?: TerminalAccess;
  /** How commands read a corpus folder: the only way they reach its files. */
  openStore: OpenStoreLater;
}
