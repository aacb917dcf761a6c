// Prints one closing line, "N passed, N failed, N skipped", from every package's vitest JSON report.
// A test file that fails to load (no test of it ran) counts as one failure, and so does a package with a
// test script that left no report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspaces = ['spec', ...['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))];
const hasTests = (workspace) =>
  Boolean(JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')).scripts?.test);

export function summarize(reports) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const report of reports) {
    if (!report) {
      totals.failed += 1;
      continue;
    }
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    const filesThatFailedWithoutAFailedTest = report.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
    );
    totals.failed += filesThatFailedWithoutAFailedTest.length;
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reports = workspaces.filter(hasTests).map((workspace) => {
    const path = join(workspace, 'test-results', 'vitest.json');
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
    console.error(`${workspace}: no test report (${path})`);
    return undefined;
  });
  const totals = summarize(reports);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}
