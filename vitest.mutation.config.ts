import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker mutates src/ in a sandbox: only tests that run src/ in-process can notice a mutant. Tests that
// only spawn the built bin (dist/) or real tools, and the slow scale runs, are left to `npm test`.
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/core/**/*.test.ts', 'test/format/**/*.test.ts', 'test/commands/**/*.test.ts', 'test/hostile/**/*.test.ts'],
    exclude: ['test/hostile/scale.test.ts'],
  },
});
