// The options every command takes may also come before the command.
import { describe, expect, it } from 'vitest';
import { commandFirst } from '../../src/program.js';
import { BUNDLED_CORPUS, clic } from '../support/cli.js';

describe('options before the command', () => {
  it.each([
    [['--corpus', 'd', 'list', '--type', 'video'], ['list', '--corpus', 'd', '--type', 'video']],
    [['--corpus=d', '--no-cache', 'stats'], ['stats', '--corpus=d', '--no-cache']],
    [['--color', 'never', '--corpus', 'list', 'list'], ['list', '--color', 'never', '--corpus', 'list']],
    [['list', '--corpus', 'd'], ['list', '--corpus', 'd']],
    [['--bogus', 'list'], ['--bogus', 'list']],
    [['--corpus'], ['--corpus']],
    [['--corpus', 'd'], ['--corpus', 'd']],
    [['--no-cache=1', 'list'], ['--no-cache=1', 'list']],
    [['--version'], ['--version']],
  ])('%j runs as %j', (argv, expected) => {
    expect(commandFirst(argv)).toEqual(expected);
  });

  it('give the same output as after it', async () => {
    const before = await clic(['--corpus', BUNDLED_CORPUS, '--no-cache', 'list', '--type', 'video', '--format', 'ids']);
    const after = await clic(['list', '--type', 'video', '--format', 'ids', '--corpus', BUNDLED_CORPUS, '--no-cache']);
    expect(before).toEqual(after);
    expect(before.code).toBe(0);
    expect(before.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });

  it('leave any other option before the command to be reported', async () => {
    const result = await clic(['--type', 'video', 'list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--type'");
  });
});
