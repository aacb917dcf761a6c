import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalsOf } from '../src/reports.ts';
import { type RunResult, reportFiles, runVerify } from '../src/verify.ts';

let outDir: string;
let run: RunResult;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'contract-verify-test-'));
  run = await runVerify({ outDir });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The cells the catalog declares: each identifier times the operations that can return it. */
function declaredCells(brand: string): number {
  const bundle = loadBundle(brand);
  const operations = operationsOf(bundle).length;
  return catalogOf(bundle).reduce((sum, entry) => sum + (entry.operations?.length ?? operations), 0);
}

describe('a run against the sandbox', () => {
  it('verifies every brand', () => {
    expect(run.results.map((result) => result.brand)).toEqual(publishedBrands());
  });

  it.each(publishedBrands())('reproduces every declared cell of %s', (brand) => {
    const result = run.results.find((candidate) => candidate.brand === brand);
    const failures = result?.cells.filter((cell) => cell.status === 'failed' || cell.status === 'not-attempted');
    expect(failures).toEqual([]);
    expect(result && totalsOf(result)).toEqual({
      declared: declaredCells(brand),
      reproduced: declaredCells(brand),
      failed: 0,
      notAttempted: 0,
      notAttemptedAllowed: 0,
    });
    expect(run.failed).toBe(false);
  });

  it('writes the Arazzo documents and the JSON, JUnit and Markdown reports', () => {
    const json = JSON.parse(readFileSync(join(outDir, reportFiles.json), 'utf8'));
    expect(json.ok).toBe(true);
    const junit = readFileSync(join(outDir, reportFiles.junit), 'utf8');
    const testcases = junit.match(/<testcase /g)?.length;
    expect(testcases).toBe(publishedBrands().reduce((sum, brand) => sum + declaredCells(brand), 0));
    expect(junit).not.toContain('<failure');
    expect(readFileSync(join(outDir, reportFiles.markdown), 'utf8')).toContain('| `createToken` |');
    for (const brand of publishedBrands()) {
      expect(readFileSync(join(outDir, `${brand}.arazzo.yaml`), 'utf8')).toMatch(/^arazzo: 1\.0\.1/);
    }
  });
});
