/** Type-checks generated TypeScript modules with this package's tsc, against the built workspace packages. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Diagnostic, parseDiagnostics } from './tsc-diagnostics.ts';

const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['*.ts'],
};

export interface TypeCheck {
  /** tsc exited cleanly. */
  ok: boolean;
  diagnostics: Diagnostic[];
  output: string;
}

/**
 * Writes `files` (name → source) into `dir`, which must sit inside this package so that `@error-contract/client`
 * resolves, and runs tsc over them once.
 */
export function typeCheck(files: ReadonlyMap<string, string>, dir: string): TypeCheck {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  for (const [name, source] of files) writeFileSync(join(dir, name), source);
  const run = spawnSync(process.execPath, [tscBin, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  return { ok: run.status === 0, diagnostics: parseDiagnostics(output), output };
}
