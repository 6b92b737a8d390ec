// What only a real process shows: the bin file, exit codes, a closed pipe, large output into a pipe.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CLIC_CACHE_DIR: join(tmpdir(), `clic-process-cache-${process.pid}`) };
const clicProcess = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, input, maxBuffer: 256 * 1024 * 1024 });

let bigCorpus: string;
beforeAll(() => {
  bigCorpus = mkdtempSync(join(tmpdir(), 'clic-big-'));
  for (let i = 0; i < 10_000; i++) {
    const id = `entry-${String(i).padStart(5, '0')}`;
    writeFileSync(join(bigCorpus, `${id}.md`), `---\ntitle: "Entrée numéro ${i} sur le travail du clic"\ntype: press\ndate: 2020-02-${String((i % 28) + 1).padStart(2, '0')}\noutlet: "Journal ${i % 97}"\n---\n`);
  }
});

describe('the clic process', () => {
  it('prints its version', () => {
    const result = clicProcess(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('starts without loading node:child_process (commander requires it only for executable subcommands, which clic has none of)', () => {
    // process.moduleLoadList names every built-in module loaded so far.
    const probe = "process.argv.splice(2, Infinity, '--version'); process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')));";
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN], { encoding: 'utf8', env });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('NativeModule events');
    expect(result.stderr).not.toContain('NativeModule child_process');
  });

  it.each([
    [['list', '--format', 'ids'], 0],
    [['list', '--outlet', 'no such outlet'], 0],
    [['show', 'no-such-id'], 1],
    [['validate'], 0],
    [['frobnicate'], 2],
    [['list', '--bogus'], 2],
    [['list', '--corpus', '/no/such/dir'], 2],
  ])('%j exits %i with no stack trace', (args, status) => {
    const result = clicProcess(args);
    expect(result.status).toBe(status);
    expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('suggests the command meant by a typo', () => {
    const result = clicProcess(['lsit']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'lsit'[\s\S]*Did you mean list\?/);
  });

  it('sends a 10,000-entry JSON list into a pipe whole', () => {
    const result = clicProcess(['list', '--corpus', bigCorpus, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(result.stdout)).toHaveLength(10_000);
  });

  it('writes a JSON list into a slow reader whole, and says nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'list', '--corpus', bigCorpus, '--format', 'json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A reader slower than clic: clic waits for the pipe to drain many times over.
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toHaveLength(10_000);
  });

  it('ends quietly with status 0 when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [BIN, 'list', '--corpus', bigCorpus, '--format', 'json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `head -c 100`: read a little, then close our end.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('reads ids from a pipe: list | show -', () => {
    const ids = clicProcess(['list', '--type', 'award', '--format', 'ids']).stdout;
    const result = clicProcess(['show', '-', '--format', 'json'], ids);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((e: { type: string }) => e.type)).toEqual(['award', 'award']);
  });
});
