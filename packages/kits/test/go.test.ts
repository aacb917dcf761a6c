/** The Go kit: gofmt and go vet, then go test (the shared corpus and the kit's own tests), offline. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { basename, join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { goModule, sharedModuleFolder } from '../codegen/go.ts';
import { type CorpusRun, corpusSize, doublesSize, expectAgreement, kitEnv } from './support/corpus.ts';
import { kitsDir, needs, probe, type Run, run } from './support/toolchains.ts';

const goDir = join(kitsDir, 'go');
const go = probe('go', ['version']);

interface TestEvent {
  Action: string;
  Test?: string;
  Output?: string;
}

let goTest: Run | undefined;
let events: TestEvent[] = [];
beforeAll(() => {
  if (go.missing) return;
  goTest = run('go', ['test', '-count=1', '-json', './...'], { cwd: goDir, env: kitEnv });
  events = goTest.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as TestEvent);
});

/** The tests whose name starts with `prefix`: how many ran, and the output of each that failed. */
const results = (prefix: string): CorpusRun => {
  const done = events.filter((event) => event.Test?.startsWith(prefix) && ['pass', 'fail'].includes(event.Action));
  const failed = done.filter((event) => event.Action === 'fail').map((event) => event.Test);
  const outputOf = (test?: string) =>
    events
      .filter((event) => event.Test === test)
      .map((event) => event.Output ?? '')
      .join('');
  return { tests: done.length, failures: failed.map(outputOf) };
};

it('is gofmt-formatted and passes go vet, every module of the workspace', (context) => {
  needs(context, go.missing);
  expect(run('gofmt', ['-l', '.'], { cwd: goDir }).stdout).toBe('');
  // `./...` stops at a folder with its own go.mod: each module of go.work is named.
  const modules = run('go', ['list', '-m', '-f', '{{.Dir}}'], { cwd: goDir, env: kitEnv }).stdout.split('\n');
  const patterns = modules.filter(Boolean).map((dir) => `./${relative(goDir, dir) || '.'}/...`);
  const vet = run('go', ['vet', ...patterns], { cwd: goDir, env: kitEnv });
  expect(vet.stderr).toBe('');
  expect(vet.status).toBe(0);
});

it('does not compile an identifier the brand lacks, an unknown identifier used as a known one, nor a double the operation cannot return', (context) => {
  needs(context, go.missing);
  const dir = mkdtempSync(join(goDir, 'misuse-'));
  try {
    writeFileSync(
      join(dir, 'misuse.go'),
      [
        'package misuse',
        'import (',
        `\t"${goModule(sharedModuleFolder).path}"`,
        `\t"${goModule('idenfy').path}"`,
        ')',
        'var lacking = idenfy.PermissionsError',
        'func known(failure *errorcontract.UnknownAPIError) idenfy.ErrorIdentifier { return failure.Identifier }',
        'var refused = idenfy.Doubles.CreateToken.TokenNotValid()',
        '',
      ].join('\n'),
    );
    const build = run('go', ['build', '-o', devNull, `./${basename(dir)}`], { cwd: goDir, env: kitEnv });
    expect(build.stderr).toContain('undefined: idenfy.PermissionsError');
    expect(build.stderr).toMatch(
      /cannot use failure\.Identifier \(variable of type string\) as idenfy\.ErrorIdentifier value/,
    );
    // createToken cannot return TOKEN_NOT_VALID: its doubles have no such method.
    expect(build.stderr).toContain('idenfy.Doubles.CreateToken.TokenNotValid undefined');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it(`agrees with the TypeScript client on every case of the shared corpus (${corpusSize} cases)`, (context) => {
  needs(context, go.missing);
  expectAgreement('go', results('TestCorpus/'));
});

it(`serves every double of the corpus with httptest.NewServer, classified as its case (${doublesSize} doubles)`, (context) => {
  needs(context, go.missing);
  const doubles = results('TestDoubles/');
  expect(doubles.failures).toEqual([]);
  expect(doubles.tests).toBe(doublesSize);
});

it("passes the kit's own tests (types, limits, the response adapter, the doubles, robustness)", (context) => {
  needs(context, go.missing);
  const own = results('Test');
  expect(own.failures).toEqual([]);
  expect(own.tests - corpusSize - 1 - doublesSize - 1).toBeGreaterThanOrEqual(6);
  expect(goTest?.status, goTest?.stdout.slice(-4000)).toBe(0);
});
