import { Chalk } from 'chalk';
import type { EntryType } from './core/schema.js';
import { plainPaint, type Paint } from './format/paint.js';
import { UsageError } from './errors.js';

export type ColorMode = 'auto' | 'always' | 'never';

/**
 * The one colour decision: --color when given; else a non-empty NO_COLOR means none, a non-empty
 * FORCE_COLOR means colour; else colour only on a terminal that is not `dumb`.
 */
export function wantsColor(mode: string | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (mode !== undefined && mode !== 'auto' && mode !== 'always' && mode !== 'never') {
    throw new UsageError(`--color must be auto, always or never, not \`${mode}\``);
  }
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return true;
  return isTTY && env.TERM !== 'dumb';
}

const TYPE_COLORS: Record<EntryType, 'cyan' | 'magenta' | 'red' | 'yellow' | 'blue' | 'green' | 'white' | 'greenBright'> = {
  interview: 'cyan',
  podcast: 'magenta',
  video: 'red',
  'op-ed': 'yellow',
  press: 'blue',
  award: 'green',
  event: 'white',
  book: 'greenBright',
};

export function makePaint(enabled: boolean): Paint {
  if (!enabled) return plainPaint;
  // Level 1 (16 colours) is read the same by every terminal, and keeps output deterministic.
  const chalk = new Chalk({ level: 1 });
  return {
    enabled: true,
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    byType: (type, text) => chalk[TYPE_COLORS[type]](text),
    highlight: (text) => chalk.bold.underline.yellow(text),
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
  };
}
