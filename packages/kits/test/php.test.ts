/** The PHP kit: declare(strict_types=1) and php -l on every file, then PHPUnit (the shared corpus, the kit's tests). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpusSize, kitEnv } from './support/corpus.ts';
import { junitCounts, kitsDir, needs, probe, type Run, run } from './support/toolchains.ts';

const phpDir = join(kitsDir, 'php');
const scratch = mkdtempSync(join(tmpdir(), 'kits-php-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const php = probe('php', ['--version']);
const phpunit = probe('phpunit', ['--version']);
const psr7 = php.missing
  ? { missing: 'php' }
  : probe('php', ['-r', "exit(stream_resolve_include_path('GuzzleHttp/Psr7/autoload.php') === false ? 1 : 0);"]);
const missing = [php.missing, phpunit.missing, psr7.missing && 'php-guzzlehttp-psr7 (Debian) is not installed'];

const phpFiles = readdirSync(phpDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
  .map((entry) => join(entry.parentPath, entry.name));

let phpunitRun: Run | undefined;
let report = '';
beforeAll(() => {
  if (missing.some(Boolean)) return;
  const junit = join(scratch, 'phpunit.xml');
  phpunitRun = run('phpunit', ['--log-junit', junit], { cwd: phpDir, env: kitEnv });
  try {
    report = readFileSync(junit, 'utf8');
  } catch {
    report = '';
  }
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
  const corpus = junitCounts(report, 'testCorpus');
  console.log(`php: ${corpus.tests - corpus.failed} of ${corpus.tests} corpus cases agree`);
  expect(corpus.failures).toEqual([]);
  expect(corpus.tests).toBe(corpusSize);
});

it("passes the kit's own tests (types, limits, the PSR-7 adapter, robustness)", (context) => {
  needs(context, ...missing);
  const all = junitCounts(report);
  expect(all.failures, phpunitRun?.stdout).toEqual([]);
  expect(all.skipped).toBe(0);
  expect(all.tests - corpusSize).toBeGreaterThanOrEqual(6);
  expect(phpunitRun?.status, phpunitRun?.stdout.slice(-4000)).toBe(0);
});
