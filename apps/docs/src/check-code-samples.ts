/**
 * Type-checks the TypeScript `x-codeSamples` of a bundle against the real client package, so a spec or
 * client change that breaks a sample in the docs fails the tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrandBundle } from '@error-contract/spec/catalog';
import { operationsOf } from '@error-contract/spec/catalog';

interface CodeSample {
  lang: string;
  source: string;
}

const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const SAMPLE_TSCONFIG = {
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

export function typescriptSamplesOf(bundle: BrandBundle): Map<string, string> {
  return new Map(
    operationsOf(bundle).flatMap((operation) => {
      const samples = (operation as { 'x-codeSamples'?: CodeSample[] })['x-codeSamples'] ?? [];
      return samples
        .filter((sample) => sample.lang === 'TypeScript')
        .map((sample) => [operation.operationId, sample.source]);
    }),
  );
}

export interface SampleCheck {
  ok: boolean;
  /** tsc's diagnostics, each naming the sample's file `<operationId>.ts`. */
  output: string;
}

/**
 * Writes the samples as `<name>.ts` modules into `dir` (which must sit inside a package that can resolve
 * `@error-contract/client`) and runs tsc over them.
 */
export function checkCodeSamples(samples: Map<string, string>, dir: string): SampleCheck {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(SAMPLE_TSCONFIG, null, 2));
  for (const [name, source] of samples) writeFileSync(join(dir, `${name}.ts`), source);
  const run = spawnSync(process.execPath, [tscBin, '-p', dir], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
