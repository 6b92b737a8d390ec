import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spawned-process tests run the built bin; keep them from competing for the 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
    // A test that checks nothing cannot fail: each must make at least one assertion.
    expect: { requireAssertions: true },
    hookTimeout: 60_000,
  },
});
