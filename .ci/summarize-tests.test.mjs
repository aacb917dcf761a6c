// node --test .ci/*.test.mjs: the CI summary counts what vitest's JSON reports say, including files that failed to load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from './summarize-tests.mjs';

// The shape of vitest 4's JSON report for a run of two files: `loads.test.ts` passes one test and
// `throws-on-import.test.ts` throws while it is imported, so it has no test results at all.
const reportWithAFileThatFailedToLoad = {
  numPassedTests: 1,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [
    { name: 'loads.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
    { name: 'throws-on-import.test.ts', status: 'failed', message: 'boom', assertionResults: [] },
  ],
};

const reportWithOneFailedTest = {
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 1,
  testResults: [
    { name: 'a.test.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
    { name: 'b.test.ts', status: 'passed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] },
  ],
};

test('counts passed, failed, skipped and todo tests across reports', () => {
  assert.deepEqual(summarize([reportWithOneFailedTest, reportWithOneFailedTest]), { passed: 2, failed: 2, skipped: 6 });
});

test('counts a test file that failed to load as a failure', () => {
  assert.deepEqual(summarize([reportWithAFileThatFailedToLoad]), { passed: 1, failed: 1, skipped: 0 });
});

test('does not count a file with failed tests twice', () => {
  assert.deepEqual(summarize([reportWithOneFailedTest]).failed, 1);
});

test('counts a package whose tests left no report as a failure', () => {
  assert.deepEqual(summarize([undefined]), { passed: 0, failed: 1, skipped: 0 });
});
