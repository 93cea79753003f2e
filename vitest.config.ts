import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // removes the temporary directories each test file made
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the 2-core machines: run files in 2 forks
    pool: 'forks',
    maxWorkers: 2,
  },
});
