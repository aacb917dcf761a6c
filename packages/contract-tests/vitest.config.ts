import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'contract',
          include: ['test/*.test.ts'],
          // Generous: in CI every package's suite runs at once on 2 cores, and these start Prism, the sandbox and tsc.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Most of the time goes to waiting on child processes (Prism, tsc), so more files than cores run at once.
          maxWorkers: 4,
          // A worker runs its files in one module graph: each file would otherwise load the spec library, the clients
          // and the sandbox again (a sixth of the project's CPU). No test file keeps state in a shared module: each
          // starts and stops its own servers.
          isolate: false,
        },
      },
      {
        test: {
          name: 'scenarios',
          include: ['test/scenarios/*.test.ts'],
          // Each scenario installs and builds a clone of the repository, and one at a time is all 2 cores can take.
          testTimeout: 900_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
