// How busy the machine is: whether a worker thread would run on an idle core or take time from
// this one.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Threads running or ready to run besides this one: right now on Linux, else the load average. */
export function busyCores(): number {
  try {
    const running = / (\d+)\//.exec(readFileSync('/proc/loadavg', 'latin1'))?.[1];
    if (running !== undefined) return Number(running) - 1;
  } catch {
    // Not Linux: fall back on the one-minute average.
  }
  return loadavg()[0]!;
}
