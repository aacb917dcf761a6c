/**
 * The build (`tsconfig.build.json`) is on the path of every spec edit, so it reads the package's own sources and
 * nothing they import: every exported declaration states its type (`isolatedDeclarations`), so each file's `.d.ts`
 * follows from its own text, and `typecheck` does the checking.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const scratch = mkdtempSync(join(tmpdir(), 'client-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(...args: string[]): string {
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

function filesUnder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
  );
}

it('reads its own sources and the standard library alone', () => {
  const read = build('--listFilesOnly').trim().split('\n');
  const outside = read.filter(
    (path) => !path.startsWith(join(packageDir, 'src/')) && !/\/typescript\/lib\//.test(path),
  );
  expect(outside).toEqual([]);
});

it('writes the same JavaScript and declarations as a build that resolves every import', () => {
  build('--outDir', join(scratch, 'isolated'));
  build('--outDir', join(scratch, 'resolved'), '--noResolve', 'false', '--types', 'node');
  const isolated = filesUnder(join(scratch, 'isolated'));
  expect([...isolated.keys()].filter((path) => path.endsWith('.d.ts')).length).toBeGreaterThan(20);
  expect(isolated).toEqual(filesUnder(join(scratch, 'resolved')));
}, 120_000); // two tsc runs; slow when every package tests at once on two cores
