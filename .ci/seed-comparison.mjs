// Checks, after `pnpm test`, that the seed comparison (spec/test/seed-pages.test.ts) did what the environment asked:
// with ERROR_CONTRACT_SEEDS_DIR set (.ci/run) every comparison test ran and passed; without it (a clone with nothing
// beside it, as on GitHub) every one was skipped, saying why, and none failed.
import { readFileSync } from 'node:fs';

const suitePrefix = 'generated pages reproduce the seed pages';

/** What is wrong with the seed comparison in this vitest JSON report, or undefined when it did what `env` asked. */
export function seedComparisonProblem(report, env) {
  const file = report.testResults.find((result) => result.name.endsWith('seed-pages.test.ts'));
  const tests = file?.assertionResults.filter((test) => test.ancestorTitles[0]?.startsWith(suitePrefix)) ?? [];
  if (!file || tests.length === 0) return 'the seed comparison did not run: no test of it is in the report';
  if (file.status === 'failed') return 'the seed comparison failed';
  const skipped = tests.filter((test) => test.status === 'skipped' || test.status === 'pending');
  if (env.ERROR_CONTRACT_SEEDS_DIR) {
    return skipped.length > 0
      ? `ERROR_CONTRACT_SEEDS_DIR is set, yet ${skipped.length} comparison tests skipped`
      : undefined;
  }
  if (skipped.length !== tests.length) return 'ERROR_CONTRACT_SEEDS_DIR is not set, yet the seed comparison ran';
  if (!tests[0].ancestorTitles[0].includes('ERROR_CONTRACT_SEEDS_DIR is not set')) {
    return 'the seed comparison skipped without saying why';
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = JSON.parse(readFileSync('spec/test-results/vitest.json', 'utf8'));
  const problem = seedComparisonProblem(report, process.env);
  if (problem) {
    console.error(`Seed comparison: ${problem}.`);
    process.exit(1);
  }
  console.log(
    `Seed comparison: ${process.env.ERROR_CONTRACT_SEEDS_DIR ? 'ran and passed' : 'skipped cleanly, saying why'}.`,
  );
}
