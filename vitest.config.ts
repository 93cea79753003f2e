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
    // each fork keeps its modules between files: wink-nlp, compromise and the compiled rules
    // load once per fork instead of once per file (about 1.5 s of CPU a file). No test mocks
    // modules or changes globals; the temporary directories are still removed per file.
    isolate: false,
  },
});
