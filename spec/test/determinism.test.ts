import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildBrands } from '../src/pipeline.ts';

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

async function buildInto(): Promise<Map<string, Buffer>> {
  const outDir = mkdtempSync(join(tmpdir(), 'error-contract-build-'));
  outDirs.push(outDir);
  await buildBrands({ outDir });
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(outDir, path), readFileSync(path)];
    }),
  );
}

it('builds byte-identical bundles and pages twice in a row', async () => {
  const first = await buildInto();
  const second = await buildInto();
  expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
  expect([...first.keys()]).toEqual(expect.arrayContaining(['idenfy/openapi.json', 'markid/standard-api-errors.md']));
  for (const [path, content] of first) expect(content.equals(second.get(path) ?? Buffer.alloc(0)), path).toBe(true);
});
