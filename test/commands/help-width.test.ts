import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { reflowHelp } from '../../src/format/help.js';
import { clic } from '../support/cli.js';

const visible = COMMANDS.filter((entry) => !entry.hidden).map((entry) => entry.name);
/** Example command lines stay whole, so that they can be copied; everything else must fit. */
const isExample = (line: string) => /^ {2}(\S.*)?\bclic /.test(line);

describe('help fits the terminal, wrapped at word boundaries', () => {
  it.each([80, 60].flatMap((columns) => [[columns, '--help'], ...visible.map((name) => [columns, name])] as [number, string][]))('at %i columns: %s', async (columns, name) => {
    const argv = name === '--help' ? ['--help'] : [name, '--help'];
    const { stdout, code } = await clic(argv, { columns });
    expect(code).toBe(0);
    const tooWide = stdout.split('\n').filter((line) => line.length > columns && !isExample(line));
    expect(tooWide).toEqual([]);
  });

  it('keeps words whole where the notes used to break them', async () => {
    const { stdout } = await clic(['list', '--help'], { columns: 60 });
    expect(stdout).toMatch(/different\s+filters must all hold/);
    expect(stdout).not.toMatch(/filt\n|YYYY,\n\s*YYYY-MM/);
    expect(stdout).toMatch(/^ {2}--outlet <text> {4}outlet contains this text \(case and\n {21}accents ignored\)$/m);
  });

  it('reflowing twice changes nothing, and leaves examples alone', () => {
    const text = 'A note that is long enough to wrap at forty columns for sure.\n\nExamples:\n  clic list --type video --since 2020 --until 2021 --outlet arte\n';
    const once = reflowHelp(text, 40);
    expect(reflowHelp(once, 40)).toBe(once);
    expect(once).toContain('\n  clic list --type video --since 2020 --until 2021 --outlet arte\n');
    expect(once.split('\n')[0]!.length).toBeLessThanOrEqual(40);
  });
});
