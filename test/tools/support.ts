// Helpers for the tests that run the real tools (bibtex, biber, pandoc) on clic's exports.
// CI installs them from Debian (.ci/run); elsewhere a missing tool skips its tests, saying so.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_CORPUS, clic, ROOT } from '../support/cli.js';

export const CORPORA = [
  ['the bundled corpus', BUNDLED_CORPUS],
  ['the hostile corpus', join(ROOT, 'test/fixtures/export-hostile')],
  ['the unseen-style corpus', join(ROOT, 'test/fixtures/export-unseen')],
] as const;

/** True when `command` runs: `sh -c 'command -v NAME'`, or any probe command line. */
export function installed(probe: string): boolean {
  return spawnSync('sh', ['-c', `${probe} >/dev/null 2>&1`]).status === 0;
}

/** The describe title: the tool's name, or why its tests are skipped (also said on stderr, where it shows). */
export function titleFor(tool: string, available: boolean, debianPackages: string): string {
  if (available) return tool;
  const title = `${tool} — SKIPPED: not installed (Debian: apt-get install ${debianPackages})`;
  console.warn(title);
  return title;
}

/** `clic export --format FORMAT --corpus DIR`, written to FILE in a fresh folder; returns the folder. */
export async function exportTo(format: string, corpus: string, file: string): Promise<string> {
  const result = await clic(['export', '--format', format, '--corpus', corpus]);
  if (result.code !== 0) throw new Error(`clic export failed: ${result.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'clic-tools-'));
  writeFileSync(join(dir, file), result.stdout);
  return dir;
}

export function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}
