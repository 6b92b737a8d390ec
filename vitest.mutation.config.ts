import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker mutates src/ in a sandbox: only tests that run src/ in-process can notice a mutant, and
// every mutant reruns the tests that reach it. The default set is the unit and in-process command
// tests; MUTATION_TESTS (comma-separated globs) narrows it for one module's run, since a module
// that every load reaches (fold, dates) would otherwise rerun the whole suite per mutant.
const DEFAULT_TESTS = ['test/core/**/*.test.ts', 'test/format/**/*.test.ts', 'test/commands/**/*.test.ts', 'test/hostile/round-two.test.ts'];

export default defineConfig({
  test: {
    ...base.test,
    include: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : DEFAULT_TESTS,
  },
});
