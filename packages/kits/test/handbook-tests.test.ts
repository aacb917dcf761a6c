/**
 * The handbook's unit tests on each kit's doubles (under "Handle it", one per identifier and language), each run as
 * the docs show it: with pytest and respx, with `go test` and httptest.NewServer, with PHPUnit on a PSR-7 response.
 * apps/docs checks that its pages show exactly these.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The examples of the README's "Test doubles" section, by language. */
const readme = readFileSync(join(kitsDir, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Test doubles'), readme.indexOf('## Generated code'));
const readmeExample = (language: string) =>
  new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``).exec(section)?.[1] ?? '';

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

it("runs every Python test with pytest and respx, and the README's", (context) => {
  const venv = inject('pythonVenv');
  needs(context, venv.missing);
  const dir = join(scratch, 'python');
  for (const cell of cells)
    write(join(dir, `test_${cell.brand}_${cell.identifier.toLowerCase()}.py`), cell.tests.python);
  write(join(dir, 'test_readme.py'), readmeExample('python'));
  const pytest = runReported(
    venv.python as string,
    (report) => ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, dir],
    { cwd: dir },
  );
  const counts = junitCounts(pytest.report);
  expect(counts.failures, pytest.stdout).toEqual([]);
  expect(counts.tests).toBe(cells.length + 2);
});

it("runs every Go test with go test, offline, and the README's", (context) => {
  needs(context, probe('go', ['version']).missing);
  const goDir = join(kitsDir, 'go');
  // Inside the kit's own module, whose go.work has every brand's module.
  const dir = mkdtempSync(join(goDir, 'handbook-'));
  try {
    for (const cell of cells)
      write(join(dir, cell.brand, `handle_${cell.identifier.toLowerCase()}_test.go`), cell.tests.go);
    write(join(dir, 'readme', 'readme_test.go'), readmeExample('go'));
    const goTest = run('go', ['test', '-count=1', '-v', `./${basename(dir)}/...`], { cwd: goDir, env: kitEnv });
    expect(goTest.stdout.match(/^--- PASS/gm)?.length, goTest.stdout + goTest.stderr).toBe(cells.length + 1);
    expect(goTest.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("runs every PHP test with PHPUnit, and the README's", (context) => {
  needs(context, probe('phpunit', ['--version']).missing);
  const phpDir = join(kitsDir, 'php');
  const runs = [
    ...publishedBrands().map(
      (brand) =>
        [phpNamespace(brand), cells.filter((cell) => cell.brand === brand).map((cell) => cell.tests.php)] as const,
    ),
    ['readme', [readmeExample('php')]] as const,
  ];
  for (const [folder, tests] of runs) {
    const dir = join(scratch, 'php', folder);
    for (const test of tests) write(join(dir, `${/final class (\w+)/.exec(test)?.[1]}.php`), test);
    const phpunit = runReported(
      'phpunit',
      (report) => ['--bootstrap', join(phpDir, 'tests', 'bootstrap.php'), '--log-junit', report, dir],
      { cwd: phpDir, env: kitEnv },
    );
    const counts = junitCounts(phpunit.report);
    expect(counts.failures, phpunit.stdout).toEqual([]);
    expect(counts.tests).toBe(tests.length);
  }
});
