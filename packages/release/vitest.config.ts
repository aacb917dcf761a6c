import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing waits on npm, python -m build, composer and go, each a process of its own.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
