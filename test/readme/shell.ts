// Just enough shell to run the clic parts of the README's command lines in-process.
import { shellWords as splitShellWords } from '../../src/core/shell-words.js';

/** Splits a command into words as clic splits $EDITOR (quotes and backslashes honoured). */
export function shellWords(command: string): string[] {
  const words = splitShellWords(command);
  if (words === undefined) throw new Error(`unclosed quote in: ${command}`);
  return words;
}

/** Splits a pipeline on `|` outside quotes. */
export function pipelineStages(command: string): string[] {
  const stages: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const c of command) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '|') {
      stages.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  stages.push(current.trim());
  return stages;
}

/**
 * The clic invocations in one README line: at the start of a pipeline stage, or inside `$( )`
 * or `<( )`; a redirection ends them.
 */
export function clicInvocations(line: string): string[][] {
  const found: string[][] = [];
  const inner = [...line.matchAll(/[$<]\((clic [^)]*)\)/g)].map((m) => m[1]!);
  const outer = line.replace(/[$<]\((clic [^)]*)\)/g, 'X');
  for (const text of [...inner, ...pipelineStages(outer)]) {
    const stage = text.replace(/^.*?(?:&&|;)\s*/, '').trim();
    if (!/^(npx )?clic(\s|$)/.test(stage)) continue;
    const words = shellWords(stage.replace(/\s[12]?>>?\s*\S+/g, '')).filter((w) => w !== 'npx');
    found.push(words.slice(1));
  }
  return found;
}
