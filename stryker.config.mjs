// Mutation testing (`npm run mutation`): slow, so not part of CI. It mutates the modules whose behaviour
// is settled and checks that the unit and in-process command tests notice each change. One file at a
// time: `npm run mutation -- --mutate src/core/dates.ts`. Incremental mode reuses earlier results.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'src/core/{dates,filter,fold,stats,sort,languages,new-entry,problem}.ts',
    'src/format/{table,tsv,json,show,stats,terminal,paint,problems,completion}.ts',
  ],
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
