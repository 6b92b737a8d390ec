// The editor Ctrl-O opens: $VISUAL, else $EDITOR, else vi, with `+LINE FILE` as vi, Emacs,
// nano, micro, kakoune and VS Code's `code -g`-less forms all read it. The variable is split
// into words as a shell would split a simple command (blanks, single and double quotes,
// backslashes), but no shell runs: nothing in it, nor in the file name, is ever interpreted.

/** Words of a command line, shell-like, without expansion; undefined when a quote is left open. */
export function splitWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word += text[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote !== null) return undefined;
  if (inWord) words.push(word);
  return words;
}

export interface EditorCommand {
  file: string;
  args: string[];
}

/** The command that opens `file` at `line`, or a reason why there is none. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>, file: string, line: number): EditorCommand | string {
  const variable = env.VISUAL ? 'VISUAL' : env.EDITOR ? 'EDITOR' : undefined;
  const words = variable ? splitWords(env[variable]!) : ['vi'];
  if (words === undefined) return `$${variable} has an unclosed quote`;
  if (words.length === 0) return `$${variable} names no command`;
  return { file: words[0]!, args: [...words.slice(1), `+${line}`, file] };
}
