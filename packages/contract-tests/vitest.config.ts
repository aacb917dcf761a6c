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
          // As many files at once as cores: with the module graph shared (below), two workers ran the project on 2 cores
          // in 14 s and four in 18-22 s, for the same CPU.
          maxWorkers: 2,
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
