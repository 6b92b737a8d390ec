// How busy the machine is: whether a worker thread would run on an idle core or take time from
// this one.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/**
 * This process's threads running right now (Linux): V8's collector and compiler threads run
 * beside the main thread in bursts, and counting them as other work kept the walk worker from
 * ever starting on an idle 2-core machine.
 */
function ownRunning(): number {
  let running = 0;
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'latin1');
      // The state follows the name, which is in parentheses and may hold any character.
      if (stat[stat.lastIndexOf(')') + 2] === 'R') running++;
    } catch {
      // A thread that ended meanwhile runs no more.
    }
  }
  return running;
}

/** Threads of other processes running or ready to run: right now on Linux, else the load average. */
export function busyCores(): number {
  try {
    const running = / (\d+)\//.exec(readFileSync('/proc/loadavg', 'latin1'))?.[1];
    if (running !== undefined) return Math.max(0, Number(running) - Math.max(1, ownRunning()));
  } catch {
    // Not Linux: fall back on the one-minute average.
  }
  return loadavg()[0]!;
}
