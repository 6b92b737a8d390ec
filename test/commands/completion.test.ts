import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATS_KEYS } from '../../src/core/stats.js';
import { ENTRY_TYPES } from '../../src/core/schema.js';
import { ROOT, clic, entryText, makeCorpus } from '../support/cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CLIC_CORPUS: '', CLIC_CACHE_DIR: join(tmpdir(), `clic-completion-cache-${process.pid}`) };

async function script(shell: string): Promise<string> {
  const result = await clic(['completion', shell]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const file = join(mkdtempSync(join(tmpdir(), 'clic-completion-')), `clic.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

const corpus = makeCorpus({
  '2020-02-17-france-inter.md': entryText({ outlet: 'France Inter', tags: '[plateformes]', language: 'fr' }),
  'radio/2020-03-01-france-2.md': entryText({ outlet: 'France 2' }),
  '2021-arte.md': entryText({ outlet: 'Arte', date: '2021', language: 'en' }),
});

describe('clic completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: names every command and no hidden one', async (shell) => {
    const { stdout } = await clic(['completion', shell]);
    for (const command of ['list', 'show', 'validate', 'stats', 'new', 'completion', 'help']) expect(stdout).toContain(command);
    for (const value of [...ENTRY_TYPES, ...STATS_KEYS, 'ndjson', 'always']) expect(stdout).toContain(value);
    // Called at TAB time, never offered: no quoted word list holds it.
    expect(stdout).toContain('__complete');
    expect(stdout).not.toMatch(/'[^'\n]*__complete[^'\n]*'|-a __complete/);
  });

  for (const [shell, flags] of [['bash', ['-n']], ['zsh', ['-n']], ['fish', ['--no-execute']]] as const) {
    it.skipIf(!has(shell))(`${shell}: the script is valid syntax${has(shell) ? '' : ` (skipped: ${shell} is not installed)`}`, async () => {
      const result = spawnSync(shell, [...flags, await script(shell)], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }

  it('is a usage error for another shell', async () => {
    const result = await clic(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  });
});

describe('clic __complete', () => {
  it.each([
    ['ids', '2020-02-17-france-inter\n2020-03-01-france-2\n2021-arte\n'],
    ['outlets', 'Arte\nFrance 2\nFrance Inter\n'],
    ['tags', 'plateformes\n'],
  ])('lists the %s of the corpus, one a line', async (what, expected) => {
    const result = await clic(['__complete', what, '--corpus', corpus]);
    expect(result).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('is hidden from help', async () => {
    expect((await clic(['--help'])).stdout).not.toContain('__complete');
  });
});

/** Runs the bash completion function on these words, as bash would split them, and returns COMPREPLY. */
function bashComplete(words: string[], extraEnv: Record<string, string> = {}): string[] {
  const harness = `
clic() { node ${JSON.stringify(BIN)} "$@"; }
source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
_clic
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', harness, 'bash', bashScript, ...words], { encoding: 'utf8', env: { ...env, ...extraEnv } });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

let bashScript: string;

describe.runIf(has('bash'))(`the bash completion, run in bash${has('bash') ? '' : ' (skipped: bash is not installed)'}`, () => {
  it('offers every command but the hidden one', async () => {
    bashScript ??= await script('bash');
    const offered = bashComplete(['clic', '']);
    expect(offered).toEqual(expect.arrayContaining(['list', 'show', 'validate', 'stats', 'new', 'completion', 'help']));
    expect(offered).not.toContain('__complete');
  });

  it.each<[string, string[], string[]]>([
    ['a command from its start', ['clic', 'st'], ['stats']],
    ['program flags', ['clic', '--v'], ['--version']],
    ['types', ['clic', 'list', '--type', ''], [...ENTRY_TYPES]],
    ['types after --type=', ['clic', 'list', '--type', '=', 'vi'], ['video']],
    ['types right after the =', ['clic', 'stats', '--type', '='], [...ENTRY_TYPES]],
    ['--by', ['clic', 'stats', '--by', ''], [...STATS_KEYS]],
    ['--format of list', ['clic', 'list', '--format', 'n'], ['ndjson']],
    ['--format of show', ['clic', 'show', '--format', ''], ['text', 'json', 'md']],
    ['--sort', ['clic', 'list', '--sort', 't'], ['title', 'type']],
    ['--color', ['clic', 'validate', '--color', 'a'], ['auto', 'always']],
    ['flags of a command', ['clic', 'stats', '--f'], ['--format']],
    ['shells', ['clic', 'completion', ''], ['bash', 'zsh', 'fish']],
    ['commands after help', ['clic', 'help', 'v'], ['validate']],
    ['nothing for free text', ['clic', 'new', '--title', ''], []],
    ['no existing id for a new one', ['clic', 'new', '--corpus', corpus, '--id', ''], []],
    ['the options every command takes, before the command', ['clic', '--c'], ['--corpus', '--color']],
    ['a command after --corpus DIR', ['clic', '--corpus', corpus, 'sh'], ['show']],
    ['a command after --corpus=DIR and --color', ['clic', '--corpus', '=', corpus, '--color', 'never', 'st'], ['stats']],
    ['types after --corpus DIR list', ['clic', '--corpus', corpus, 'list', '--type', 'v'], ['video']],
    ['--color values before the command', ['clic', '--color', 'n'], ['never']],
    ['the new commands, from the program', ['clic', 'in'], ['init', 'info']],
  ])('%s', async (_name, words, expected) => {
    bashScript ??= await script('bash');
    expect(bashComplete(words)).toEqual(expected);
  });

  it.each<[string, string[], Record<string, string>, string[]]>([
    ['ids of the --corpus on the line', ['clic', 'show', '--corpus', corpus, '2020'], {}, ['2020-02-17-france-inter', '2020-03-01-france-2']],
    ['ids of --corpus=DIR', ['clic', 'show', '--corpus', '=', corpus, ''], {}, ['2020-02-17-france-inter', '2020-03-01-france-2', '2021-arte']],
    ['ids of CLIC_CORPUS', ['clic', 'list', '--id', '2021'], { CLIC_CORPUS: corpus }, ['2021-arte']],
    ['outlets with spaces, whole', ['clic', 'list', '--corpus', corpus, '--outlet', 'Fr'], {}, ['France 2', 'France Inter']],
    ['outlets after an opening quote', ['clic', 'stats', '--outlet', '"France I'], { CLIC_CORPUS: corpus }, ['France Inter']],
    ['tags', ['clic', 'list', '--tag', ''], { CLIC_CORPUS: corpus }, ['plateformes']],
    ['ids of a --corpus before the command', ['clic', '--corpus', corpus, 'show', ''], {}, ['2020-02-17-france-inter', '2020-03-01-france-2', '2021-arte']],
    ['languages of the corpus', ['clic', 'list', '--corpus', corpus, '--lang', ''], {}, ['en', 'fr']],
    ['ids for edit', ['clic', 'edit', '2021'], { CLIC_CORPUS: corpus }, ['2021-arte']],
  ])('%s', async (_name, words, extraEnv, expected) => {
    bashScript ??= await script('bash');
    expect(bashComplete(words, extraEnv)).toEqual(expected);
  });
});

/** fish completes a command line on its own with `complete -C`. */
function fishComplete(line: string): string[] {
  const harness = `function clic; node ${JSON.stringify(BIN)} $argv; end; source $argv[1]; complete -C $argv[2]`;
  return spawnSync('fish', ['-c', harness, fishScript, line], { encoding: 'utf8', env: { ...env, CLIC_CORPUS: corpus } })
    .stdout.split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t')[0]!);
}

let fishScript: string;

describe.runIf(has('fish'))(`the fish completion, run in fish${has('fish') ? '' : ' (skipped: fish is not installed)'}`, () => {
  it.each<[string, string[]]>([
    ['clic st', ['stats']],
    ['clic list --type ', [...ENTRY_TYPES].sort()],
    ['clic stats --by ', [...STATS_KEYS].sort()],
    ['clic show ', ['2020-02-17-france-inter', '2020-03-01-france-2', '2021-arte']],
    ['clic list --outlet France', ['France 2', 'France Inter']],
    ['clic completion ', ['bash', 'fish', 'zsh']],
    [`clic --corpus ${corpus} sh`, ['show']],
    [`clic --corpus ${corpus} show 2021`, ['2021-arte']],
    [`clic --corpus ${corpus} list --type vi`, ['video']],
    ['clic --co', ['--corpus', '--color']],
    ['clic list --lang ', ['en', 'fr']],
    ['clic in', ['info', 'init']],
  ])('%j', async (line, expected) => {
    fishScript ??= await script('fish');
    expect(fishComplete(line).sort()).toEqual([...expected].sort());
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * zsh completes only in an interactive shell: one runs in tmux for all the cases (its start,
 * compinit included, is what costs), and the screen is read back (tmux trims trailing blanks).
 */
describe.runIf(has('zsh') && has('tmux'))('the zsh completion, run in zsh in tmux (skipped without zsh or tmux)', () => {
  const session = `clic-zsh-${process.pid}`;
  let tmux: (...args: string[]) => string;
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  const waitFor = async (wanted: (text: string) => boolean): Promise<string> => {
    let text = screen();
    for (let i = 0; i < 100 && !wanted(text); i++, await sleep(100)) text = screen();
    return text;
  };

  beforeAll(async () => {
    const home = mkdtempSync(join(tmpdir(), 'clic-zsh-'));
    writeFileSync(join(home, '.zshrc'), `autoload -U compinit; compinit -u -d ${home}/.zcompdump
clic() { node ${JSON.stringify(BIN)} "$@"; }
source ${await script('zsh')}
PS1='> '
`);
    tmux = (...args) => spawnSync('tmux', args, { encoding: 'utf8', env: { ...env, ZDOTDIR: home, HOME: home } }).stdout;
    tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '20', 'zsh -i');
    await waitFor((text) => text.startsWith('> '));
  });
  afterAll(() => void tmux?.('kill-session', '-t', session));

  it.each<[string, string, RegExp]>([
    ['a command after --corpus DIR', `clic --corpus ${corpus} sh`, new RegExp(`clic --corpus ${corpus} show$`, 'm')],
    ['ids of a --corpus before the command', `clic --corpus ${corpus} show 2021`, /show 2021-arte$/m],
    ['types after --corpus DIR list', `clic --corpus ${corpus} list --type vi`, /list --type video$/m],
    ['languages of the corpus', `clic list --corpus ${corpus} --lang e`, /--lang en$/m],
    ['the options every command takes', 'clic --no-c', /clic --no-cache$/m],
    ['flags after --corpus DIR', `clic show --corpus ${corpus} --format j`, /--format json$/m],
    ['ids of a --corpus after the command', `clic show --corpus ${corpus} 2021`, /show --corpus \S+ 2021-arte$/m],
  ])('%s', async (_name, typed, expected) => {
    tmux('send-keys', '-t', session, 'C-u');
    tmux('send-keys', '-t', session, '-l', typed);
    tmux('send-keys', '-t', session, 'Tab');
    expect(await waitFor((text) => expected.test(text))).toMatch(expected);
  });
});
