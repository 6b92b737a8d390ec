// Help notes are written as prose lines in the source; they are reflowed here to the terminal's
// width at word boundaries, so that no width is frozen into the text.
import { wrapLine } from './terminal.js';

/** Narrower than this, wrapping helps no one: text is left as it is. */
const MIN_WIDTH = 30;

/**
 * Joins each run of unindented prose lines into one paragraph and wraps it to `width`. Indented
 * lines (examples, option tables) are kept as they are, as are headings (`Examples:`), so
 * commands stay whole for copying; running it again at the same width changes nothing.
 */
export function reflowHelp(text: string, width: number): string {
  if (width < MIN_WIDTH) return text;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(...wrapLine(paragraph.join(' '), width));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const isProse = line !== '' && !/^\s/.test(line) && !line.endsWith(':');
    if (isProse) {
      paragraph.push(line.trimEnd());
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out.join('\n');
}
