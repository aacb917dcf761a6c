// Prints one closing line, "N passed, N failed, N skipped", from every package's vitest JSON report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspaces = ['spec', ...['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const workspace of workspaces) {
  const report = join(workspace, 'test-results', 'vitest.json');
  if (!existsSync(report)) continue;
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += numPassedTests;
  totals.failed += numFailedTests;
  totals.skipped += numPendingTests + numTodoTests;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
