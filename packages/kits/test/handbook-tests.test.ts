/**
 * The handbook's unit tests on each kit's doubles (under "Handle it", one per identifier and language), each run as
 * the docs show it: with pytest and respx, with `go test` and httptest.NewServer, with PHPUnit on a PSR-7 response.
 * apps/docs checks that its pages show exactly these.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, expect, inject, it } from 'vitest';
import { doubleTestCells, doubleTests } from '../codegen/double-tests.ts';
import { phpNamespace } from '../codegen/names.ts';
import { kitEnv } from './support/corpus.ts';
import { junitCounts, kitsDir, needs, probe, run, runReported } from './support/toolchains.ts';

const cells = publishedBrands().flatMap((brand) =>
  doubleTestCells(brand, loadBundle(brand)).map((cell) => ({ ...cell, tests: doubleTests(cell) })),
);
const scratch = mkdtempSync(join(tmpdir(), 'kits-handbook-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

it(`has a test of each language for every identifier of every brand (${cells.length} identifiers)`, () => {
  const identifiers = publishedBrands().flatMap(
    (brand) => loadBundle(brand).components.schemas.ErrorIdentifier?.enum as string[],
  );
  expect(cells.map((cell) => cell.identifier).sort()).toEqual([...identifiers].sort());
});

it('runs every Python test with pytest and respx', (context) => {
  const venv = inject('pythonVenv');
  needs(context, venv.missing);
  const dir = join(scratch, 'python');
  for (const cell of cells)
    write(join(dir, `test_${cell.brand}_${cell.identifier.toLowerCase()}.py`), cell.tests.python);
  const pytest = runReported(
    venv.python as string,
    (report) => ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, dir],
    { cwd: dir },
  );
  const counts = junitCounts(pytest.report);
  expect(counts.failures, pytest.stdout).toEqual([]);
  expect(counts.tests).toBe(cells.length);
});

it('runs every Go test with go test, offline', (context) => {
  needs(context, probe('go', ['version']).missing);
  const goDir = join(kitsDir, 'go');
  // Inside the kit's own module, whose go.work has every brand's module.
  const dir = mkdtempSync(join(goDir, 'handbook-'));
  try {
    for (const cell of cells)
      write(join(dir, cell.brand, `handle_${cell.identifier.toLowerCase()}_test.go`), cell.tests.go);
    const goTest = run('go', ['test', '-count=1', '-v', `./${basename(dir)}/...`], { cwd: goDir, env: kitEnv });
    expect(goTest.stdout.match(/^--- PASS/gm)?.length, goTest.stdout + goTest.stderr).toBe(cells.length);
    expect(goTest.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('runs every PHP test with PHPUnit', (context) => {
  needs(context, probe('phpunit', ['--version']).missing);
  const phpDir = join(kitsDir, 'php');
  for (const brand of publishedBrands()) {
    const dir = join(scratch, 'php', phpNamespace(brand));
    const mine = cells.filter((cell) => cell.brand === brand);
    for (const cell of mine) {
      const name = /final class (\w+)/.exec(cell.tests.php)?.[1];
      write(join(dir, `${name}.php`), cell.tests.php);
    }
    const phpunit = runReported(
      'phpunit',
      (report) => ['--bootstrap', join(phpDir, 'tests', 'bootstrap.php'), '--log-junit', report, dir],
      { cwd: phpDir, env: kitEnv },
    );
    const counts = junitCounts(phpunit.report);
    expect(counts.failures, phpunit.stdout).toEqual([]);
    expect(counts.tests).toBe(mine.length);
  }
});
