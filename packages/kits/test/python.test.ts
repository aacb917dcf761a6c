/** The Python kit: mypy --strict, then pytest (the shared corpus and the kit's own tests). */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { corpusSize, doublesSize, expectAgreement, kitEnv } from './support/corpus.ts';
import { junitCounts, kitsDir, needs, type ReportedRun, run, runReported } from './support/toolchains.ts';

const pythonDir = join(kitsDir, 'python');
const scratch = mkdtempSync(join(tmpdir(), 'kits-python-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const venv = inject('pythonVenv');
let pytest: ReportedRun = { status: null, stdout: '', stderr: '', report: '' };
beforeAll(() => {
  if (!venv.python) return;
  const args = (report: string) => ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, 'tests'];
  pytest = runReported(venv.python, args, { cwd: pythonDir, env: kitEnv });
});

it('type-checks with mypy --strict (the package, its tests and its example)', (context) => {
  needs(context, venv.missing);
  const mypy = run(venv.python as string, ['-m', 'mypy', '--strict', 'src', 'tests', 'examples'], { cwd: pythonDir });
  expect(mypy.stdout + mypy.stderr).toContain('Success: no issues found');
  expect(mypy.status).toBe(0);
});

it('rejects, under mypy --strict, an identifier the brand lacks, an unknown identifier used as a known one, and a double the operation cannot return', (context) => {
  needs(context, venv.missing);
  const snippet = join(scratch, 'misuse.py');
  writeFileSync(
    snippet,
    [
      'from error_contract import UnknownApiError, idenfy',
      'lacking = idenfy.ErrorIdentifier.PERMISSIONS_ERROR',
      'def known(failure: UnknownApiError) -> idenfy.ErrorIdentifier:',
      '    return failure.identifier',
      'refused = idenfy.double("createToken", idenfy.ErrorIdentifier.TOKEN_NOT_VALID)',
      '',
    ].join('\n'),
  );
  const mypy = run(venv.python as string, ['-m', 'mypy', '--strict', '--no-incremental', snippet], { cwd: pythonDir });
  expect(mypy.stdout).toContain('"type[ErrorIdentifier]" has no attribute "PERMISSIONS_ERROR"');
  expect(mypy.stdout).toContain('Incompatible return value type (got "str", expected "ErrorIdentifier")');
  // createToken cannot return TOKEN_NOT_VALID: no overload of its double takes it.
  expect(mypy.stdout).toContain('No overload variant of "double" matches argument types "str", "ErrorIdentifier"');
  expect(mypy.status).toBe(1);
});

it('packages as a wheel with py.typed and every brand module, and no dependency', (context) => {
  needs(context, venv.missing);
  const python = venv.python as string;
  const wheelDir = join(scratch, 'wheel');
  // From a copy: setuptools leaves build/ and *.egg-info beside the sources it builds.
  const source = join(scratch, 'source');
  const skipped = new Set(['.venv', 'build', '.mypy_cache', '.pytest_cache', '__pycache__']);
  cpSync(pythonDir, source, { recursive: true, filter: (path) => !skipped.has(basename(path)) });
  const wheel = ['-m', 'pip', 'wheel', '--quiet', '--no-deps', '--no-build-isolation', '-w', wheelDir, '.'];
  const built = run(python, wheel, { cwd: source });
  expect(built.status, built.stderr).toBe(0);
  const listing = run(python, [
    '-c',
    'import glob, sys, zipfile; w = zipfile.ZipFile(glob.glob(sys.argv[1] + "/*.whl")[0]); print("\\n".join(w.namelist())); print(w.read([n for n in w.namelist() if n.endswith("METADATA")][0]).decode())',
    wheelDir,
  ]);
  for (const file of ['error_contract/py.typed', 'error_contract/idenfy.py', 'error_contract/markid.py']) {
    expect(listing.stdout).toContain(file);
  }
  expect(listing.stdout).toContain('Requires-Python: >=3.11');
  expect(listing.stdout).not.toContain('Requires-Dist');
});

it(`agrees with the TypeScript client on every case of the shared corpus (${corpusSize} cases)`, (context) => {
  needs(context, venv.missing);
  expectAgreement('python', junitCounts(pytest.report, 'test_corpus['));
});

it(`serves every double of the corpus through respx and through responses (${doublesSize} doubles each)`, (context) => {
  needs(context, venv.missing);
  for (const library of ['respx', 'responses']) {
    const run = junitCounts(pytest.report, `test_double_through_${library}[`);
    expect(run.failures).toEqual([]);
    expect(run.tests).toBe(doublesSize);
  }
});

it("passes the kit's own tests (types, limits, the response adapter, the doubles, robustness)", (context) => {
  needs(context, venv.missing);
  const all = junitCounts(pytest.report);
  expect(all.failures, pytest.stdout).toEqual([]);
  expect(all.tests - corpusSize).toBeGreaterThanOrEqual(10);
  expect(pytest.status, pytest.stdout).toBe(0);
});
