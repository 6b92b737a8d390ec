// The editor Ctrl-O opens: $VISUAL, else $EDITOR, else vi, with `+LINE FILE` as vi, Emacs,
// nano, micro, kakoune and VS Code's `code -g`-less forms all read it. The variable is split
// into words as a shell would split a simple command (blanks, single and double quotes,
// backslashes), but no shell runs: nothing in it, nor in the file name, is ever interpreted.
import { shellWords } from '../core/shell-words.js';

export interface EditorCommand {
  file: string;
  args: string[];
}

/** The command that opens `file` at `line`, or a reason why there is none. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>, file: string, line: number): EditorCommand | string {
  const variable = env.VISUAL ? 'VISUAL' : env.EDITOR ? 'EDITOR' : undefined;
  const words = variable ? shellWords(env[variable]!) : ['vi'];
  if (words === undefined) return `$${variable} has an unclosed quote`;
  if (words.length === 0) return `$${variable} names no command`;
  return { file: words[0]!, args: [...words.slice(1), `+${line}`, file] };
}
