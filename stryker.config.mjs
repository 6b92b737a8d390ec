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
