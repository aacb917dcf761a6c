/**
 * `turbo run codegen` (every build depends on it): rewrites the committed generated files from the brand bundles in
 * spec/dist, or does nothing when they are current. `--force` generates regardless.
 */
import module from 'node:module';
import { relative } from 'node:path';
import { runCodegen } from './codegen.ts';
import { fingerprintPath, generators, repoDir } from './generators.ts';

// From Node 22 on, V8 keeps the compiled code of what a generation loads (TypeScript's 9 MB above all) between runs,
// in os.tmpdir(); Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const started = performance.now();
const result = await runCodegen({ generators, fingerprintPath, force: process.argv.includes('--force') });
const took = `${Math.round(performance.now() - started)} ms`;
console.log(
  result.skipped
    ? `Generated files are current (${took}).`
    : `Generated ${result.written.length} files in ${took}: ${[...new Set(result.written.map((path) => relative(repoDir, path).split('/').slice(0, 2).join('/')))].join(', ')}.`,
);
