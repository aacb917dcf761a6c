/** The PHP kit: declare(strict_types=1) and php -l on every file, then PHPUnit (the shared corpus, the kit's tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { corpusSize, doublesSize, expectAgreement, kitEnv } from './support/corpus.ts';
import { junitCounts, kitsDir, needs, probe, type ReportedRun, run, runReported } from './support/toolchains.ts';

const phpDir = join(kitsDir, 'php');
const php = probe('php', ['--version']);
const phpunit = probe('phpunit', ['--version']);
const psr7 = php.missing
  ? { missing: 'php' }
  : probe('php', ['-r', "exit(stream_resolve_include_path('GuzzleHttp/Psr7/autoload.php') === false ? 1 : 0);"]);
const missing = [php.missing, phpunit.missing, psr7.missing && 'php-guzzlehttp-psr7 (Debian) is not installed'];

const phpFiles = readdirSync(phpDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
  .map((entry) => join(entry.parentPath, entry.name));

let phpunitRun: ReportedRun = { status: null, stdout: '', stderr: '', report: '' };
beforeAll(() => {
  if (missing.some(Boolean)) return;
  phpunitRun = runReported('phpunit', (report) => ['--log-junit', report], { cwd: phpDir, env: kitEnv });
});

it('declares strict_types in every file, and php -l finds no error', (context) => {
  needs(context, php.missing);
  expect(phpFiles.length).toBeGreaterThan(10);
  for (const file of phpFiles) {
    expect(readFileSync(file, 'utf8'), file).toMatch(/^<\?php\n\n(\/\/ .*\n\n)?declare\(strict_types=1\);\n/);
    const lint = run('php', ['-l', file]);
    expect(lint.stdout, file).toContain('No syntax errors detected');
  }
});

it(`agrees with the TypeScript client on every case of the shared corpus (${corpusSize} cases)`, (context) => {
  needs(context, ...missing);
  expectAgreement('php', junitCounts(phpunitRun.report, 'testCorpus'));
});

it(`classifies every double of the corpus, a PSR-7 response, as its case (${doublesSize} doubles)`, (context) => {
  needs(context, ...missing);
  const doubles = junitCounts(phpunitRun.report, 'testDouble with data set');
  expect(doubles.failures).toEqual([]);
  expect(doubles.tests).toBe(doublesSize);
});

it("passes the kit's own tests (types, limits, the PSR-7 adapter, the doubles, robustness)", (context) => {
  needs(context, ...missing);
  const all = junitCounts(phpunitRun.report);
  expect(all.failures, phpunitRun.stdout).toEqual([]);
  expect(all.skipped).toBe(0);
  expect(all.tests - corpusSize).toBeGreaterThanOrEqual(6);
  expect(phpunitRun.status, phpunitRun.stdout.slice(-4000)).toBe(0);
});
