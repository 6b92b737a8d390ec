// Every command the README shows is run here, so the README cannot drift from the tool.
// In ```console blocks, `$ ` lines are commands and the lines below them their output, as a
// person sees it on an 80-column terminal without colour (stderr first, then stdout); run
// `UPDATE_README=1 npx vitest run test/readme` to write the current outputs into the README.
// In ```sh blocks, every clic invocation must run with exit status 0.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, clic, ROOT, type CliResult } from '../support/cli.js';
import { clicInvocations, pipelineStages, shellWords } from './shell.js';

const README_PATH = join(ROOT, 'README.md');
const README = readFileSync(README_PATH, 'utf8');
const UPDATE = process.env.UPDATE_README === '1';
/** External programs a README pipeline may use; the test runs them for real. */
const RUNNABLE_TOOLS = new Set(['jq', 'head', 'wc', 'sort', 'uniq', 'cut', 'grep']);

interface Example {
  command: string;
  output: string;
  /** Offsets of the output in the README, for UPDATE_README. */
  start: number;
  end: number;
}

function consoleExamples(): Example[] {
  const examples: Example[] = [];
  for (const block of README.matchAll(/```console\n([\s\S]*?)```/g)) {
    const bodyStart = block.index! + '```console\n'.length;
    const lines = block[1]!.split(/(?<=\n)/);
    let offset = bodyStart;
    let current: Example | undefined;
    for (const line of lines) {
      if (line.startsWith('$ ')) {
        current = { command: line.slice(2).trim(), output: '', start: offset + line.length, end: offset + line.length };
        examples.push(current);
      } else if (current) {
        current.output += line;
        current.end = offset + line.length;
      }
      offset += line.length;
    }
  }
  return examples;
}

function shExamples(): string[] {
  return [...README.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
    block[1]!.split('\n').filter((line) => /(^|[|(&;]\s*)(npx )?clic\s/.test(line) && !line.trimStart().startsWith('#')),
  );
}

let home: string;
let env: Record<string, string>;
beforeAll(() => {
  // A private copy of the bundled corpus, so that `clic new` examples write nowhere that matters.
  home = mkdtempSync(join(tmpdir(), 'clic-readme-'));
  cpSync(BUNDLED_CORPUS, join(home, 'corpus'), { recursive: true });
  mkdirSync(join(home, 'bin'));
  writeFileSync(join(home, 'bin', 'clic'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'clic.js')}" "$@"\n`, { mode: 0o755 });
  env = { CLIC_CORPUS: join(home, 'corpus'), NO_COLOR: '1', CLIC_CACHE_DIR: join(home, 'cache'), HOME: home };
});

async function runClicPipeline(stages: string[][], lastIsTerminal: boolean): Promise<CliResult> {
  let result: CliResult = { code: 0, stdout: '', stderr: '' };
  let stderr = '';
  for (const [index, argv] of stages.entries()) {
    const last = index === stages.length - 1;
    result = await clic(argv, { env, cwd: home, stdin: index === 0 ? '' : result.stdout, tty: last && lastIsTerminal, columns: 80 });
    stderr += result.stderr;
  }
  return { ...result, stderr };
}

function runInShell(command: string): CliResult {
  const shell = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd: home, encoding: 'utf8', env: { ...process.env, ...env, PATH: `${join(home, 'bin')}:${process.env.PATH}` },
  });
  return { code: shell.status ?? -1, stdout: shell.stdout, stderr: shell.stderr };
}

const outputs = new Map<Example, string>();

describe('README console examples', () => {
  const examples = consoleExamples();
  it('has examples', () => expect(examples.length).toBeGreaterThan(10));

  it.each(examples.map((e) => [e.command, e] as const))('$ %s', async (_command, example) => {
    const stages = pipelineStages(example.command);
    const tools = stages.map((s) => shellWords(s)[0]!);
    let result: CliResult;
    if (tools.every((t) => t === 'clic')) {
      result = await runClicPipeline(stages.map((s) => shellWords(s).slice(1)), true);
    } else {
      const unknown = tools.filter((t) => t !== 'clic' && !RUNNABLE_TOOLS.has(t));
      expect(unknown, 'a console example may only pipe into tools the test can run').toEqual([]);
      result = runInShell(example.command);
    }
    const shown = result.stderr + result.stdout;
    if (UPDATE) outputs.set(example, shown);
    else expect(shown).toBe(example.output);
  });

  it.runIf(UPDATE)(`writes the outputs back${UPDATE ? '' : ' (skipped: only with UPDATE_README=1)'}`, () => {
    let text = README;
    for (const example of [...outputs.keys()].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, example.start) + outputs.get(example) + text.slice(example.end);
    }
    writeFileSync(README_PATH, text);
  });
});

describe('README shell lines', () => {
  it.each(shExamples().map((line) => [line] as const))('%s', async (line) => {
    const invocations = clicInvocations(line);
    expect(invocations.length).toBeGreaterThan(0);
    for (const argv of invocations) {
      const result = await clic(argv, { env, cwd: home, stdin: '' });
      expect(result.stderr).not.toMatch(/internal error|unknown option|unknown command/);
      expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0);
    }
  });
});
