// Work run a step at a time: a generator yields how far it has come between two steps, so that a
// caller that must not block long (the picker, between keys) can stop there and go on later.

/** How far the work has come: `done` of `of` (passages indexed, or candidates ranked). */
export interface SearchProgress {
  readonly done: number;
  readonly of: number;
}

/** Runs work in steps to its end. */
export function finish<T>(steps: Generator<SearchProgress, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
