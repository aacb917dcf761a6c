// node --test .ci/*.test.mjs: the check that the seed comparison did what ERROR_CONTRACT_SEEDS_DIR asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedComparisonProblem } from './seed-comparison.mjs';

const skippedTitle = 'generated pages reproduce the seed pages (skipped: ERROR_CONTRACT_SEEDS_DIR is not set (…))';
const ranTitle = 'generated pages reproduce the seed pages';

/** vitest's JSON report of the spec package with the seed comparison's tests in these states. */
function reportWith(title, statuses, fileStatus = 'passed') {
  return {
    testResults: [
      {
        name: '/repo/spec/test/seed-pages.test.ts',
        status: fileStatus,
        assertionResults: [
          ...statuses.map((status) => ({ ancestorTitles: [title, 'idenfy'], status })),
          { ancestorTitles: ["a brand's seed page"], status: 'passed' },
        ],
      },
    ],
  };
}

const seeds = { ERROR_CONTRACT_SEEDS_DIR: '../shared/seeds' };
const cases = [
  [
    'without the variable, every comparison test skipped, saying why',
    { report: reportWith(skippedTitle, ['skipped', 'skipped']), env: {}, want: undefined },
  ],
  [
    'with the variable, every comparison test passed',
    { report: reportWith(ranTitle, ['passed', 'passed']), env: seeds, want: undefined },
  ],
  [
    'without the variable, a comparison that ran',
    {
      report: reportWith(ranTitle, ['passed']),
      env: {},
      want: 'ERROR_CONTRACT_SEEDS_DIR is not set, yet the seed comparison ran',
    },
  ],
  [
    'without the variable, a skip that does not say why',
    { report: reportWith(ranTitle, ['skipped']), env: {}, want: 'the seed comparison skipped without saying why' },
  ],
  [
    'with the variable, a comparison that skipped',
    {
      report: reportWith(skippedTitle, ['skipped']),
      env: seeds,
      want: 'ERROR_CONTRACT_SEEDS_DIR is set, yet 1 comparison tests skipped',
    },
  ],
  [
    'a comparison that failed',
    { report: reportWith(ranTitle, ['failed'], 'failed'), env: seeds, want: 'the seed comparison failed' },
  ],
  [
    'a report without the comparison',
    { report: { testResults: [] }, env: {}, want: 'the seed comparison did not run: no test of it is in the report' },
  ],
];

for (const [name, { report, env, want }] of cases) {
  test(`the seed comparison check accepts or names the problem: ${name}`, () => {
    assert.equal(seedComparisonProblem(report, env), want);
  });
}
