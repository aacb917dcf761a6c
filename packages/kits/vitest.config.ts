import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file mostly waits on a toolchain (pip, mypy, go, phpunit) or on the sandbox.
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
