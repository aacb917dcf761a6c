import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Concurrent tests at once in a file: each drives a Chromium page or a child process, busy on CPU, and CI has two
    // cores. Measured on the browser tests: 3 as fast as vitest's default 5, 2 slower; fewer at once keep a page's own
    // waits short when other files run beside it.
    maxConcurrency: 3,
  },
});
