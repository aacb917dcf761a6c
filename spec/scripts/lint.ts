/**
 * `pnpm lint` in spec/: the canonical spec, then the bundles built from it, must pass redocly lint with no problem.
 * The sources are linted first and alone, before anything reads their brand maps: a spec that fails is reported as
 * its problems, each once, and is not built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrands, type LintResult, lintBundles, lintSources, unreferencedReproductions } from '../src/pipeline.ts';

function fail(result: LintResult, extra: string[] = []): never {
  console.error([result.output, ...extra].filter(Boolean).join('\n'));
  const count = result.problems.length + extra.length;
  console.error(`\nredocly lint: ${count} problem${count === 1 ? '' : 's'}.`);
  process.exit(1);
}

const sources = await lintSources();
const unreferenced = unreferencedReproductions();
if (!sources.ok || unreferenced.length > 0) fail(sources, unreferenced);

const outDir = mkdtempSync(join(tmpdir(), 'error-contract-lint-'));
try {
  await buildBrands({ outDir });
  const bundles = await lintBundles({ outDir });
  if (!bundles.ok) fail(bundles);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
console.log('redocly lint: the spec and its bundles are valid, with no warnings.');
