/**
 * `turbo run codegen` (every build depends on it): rewrites the committed generated files from the brand bundles in
 * spec/dist, or does nothing when they are current. `--force` generates regardless.
 */
import { relative } from 'node:path';
import { runCodegen } from './codegen.ts';
import { fingerprintPath, generators, repoDir } from './generators.ts';

const started = performance.now();
const result = await runCodegen({ generators, fingerprintPath, force: process.argv.includes('--force') });
const took = `${Math.round(performance.now() - started)} ms`;
console.log(
  result.skipped
    ? `Generated files are current (${took}).`
    : `Generated ${result.written.length} files in ${took}: ${[...new Set(result.written.map((path) => relative(repoDir, path).split('/').slice(0, 2).join('/')))].join(', ')}.`,
);
