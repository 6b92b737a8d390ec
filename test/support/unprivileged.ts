// Permission cases (a read-only folder, an unreadable file) mean nothing to root, and CI runs as
// root: they run the built clic as an ordinary user instead, through setpriv. `.ci/run` makes
// the user `clictest`; elsewhere `nobody` serves.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const BIN = join(ROOT, 'bin', 'clic.js');
const isRoot = process.getuid?.() === 0;

function idOf(flag: '-u' | '-g', user: string): string | undefined {
  const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function prefix(): string[] | undefined {
  if (!isRoot) return [];
  if (spawnSync('setpriv', ['--version']).status !== 0) return undefined;
  const user = idOf('-u', 'clictest') !== undefined ? 'clictest' : 'nobody';
  const [uid, gid] = [idOf('-u', user), idOf('-g', user)];
  if (uid === undefined || gid === undefined) return undefined;
  return ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'];
}

const found = prefix();
// The user must reach the built bin: a clone under /root is closed to it.
const probe = [...(found ?? []), 'test', '-r', BIN];
const readable = found !== undefined && spawnSync(probe[0]!, probe.slice(1)).status === 0;
const command = readable ? found : undefined;

/** Why permission cases cannot run here, for a test's name; empty when they can. */
export const UNPRIVILEGED_MISSING =
  found === undefined ? ' (skipped: running as root without setpriv or a non-root user)'
  : command === undefined ? ' (skipped: the non-root user cannot read the repository)' : '';

/** Runs the built `clic ARGS…` as a user that permissions apply to. Folders it reads must be world-readable. */
export function clicUnprivileged(args: string[], env: Record<string, string | undefined>): SpawnSyncReturns<string> {
  if (command === undefined) throw new Error(`cannot run unprivileged${UNPRIVILEGED_MISSING}`);
  const [program, ...rest] = [...command, process.execPath, BIN, ...args];
  return spawnSync(program!, rest, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}
