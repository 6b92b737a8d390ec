// Mutation testing (`npm run mutation`): slow, so not part of CI. It mutates every module of src/core and
// src/format and checks that the unit and in-process command tests notice each change. A whole run takes
// hours on two cores; one module at a time, with the tests that reach it (test/mutation-notes.md):
// `MUTATION_TESTS=test/core/dates.test.ts npm run mutation -- --mutate src/core/dates.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: ['src/core/**/*.ts', 'src/format/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Never --ignoreStatic: commands import their modules on demand, so a table's mutant is covered
  // both at load and by the test that first loads it, and ignoreStatic then runs it against that
  // one test with the module already built: a false "survived". Run as static, it gets every test
  // and fresh modules per file (vitest isolate). See test/mutation-notes/mformat.md, round 2.
  ignoreStatic: false,
  // Two cores are shared: two sandboxes at most.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  tempDirName: '.stryker-tmp',
  // dist/ is copied too: some command tests also run the built bin (unmutated) beside the in-process run.
  ignorePatterns: ['reports', '.stryker-tmp', 'coverage'],
  timeoutMS: 20_000,
};
