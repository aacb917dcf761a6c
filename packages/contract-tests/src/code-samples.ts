/**
 * Docs against the spec: every operation has a TypeScript code sample, and the samples type-check against the
 * generated client. The samples of both brands (and the tests' mutated copies) share one tsc run, each written as
 * `<set>.<operationId>.ts`, and a set's problems are read from the diagnostics of its own files.
 */
import { type BrandBundle, operationsOf } from '@error-contract/spec/catalog';
import { problem } from './problem.ts';
import type { TypeCheck } from './type-check.ts';

interface CodeSample {
  lang: string;
  source: string;
}

/** The TypeScript `x-codeSamples` of a bundle, by operationId. */
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

export const sampleFile = (set: string, operationId: string) => `${set}.${operationId}.ts`;

/** The files of one set of samples (by operationId), ready for `typeCheck`. */
export function sampleFiles(set: string, samples: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...samples].map(([operationId, source]) => [sampleFile(set, operationId), source]));
}

export function codeSampleProblems(
  brand: string,
  set: string,
  operationIds: readonly string[],
  samples: ReadonlyMap<string, string>,
  check: TypeCheck,
): string[] {
  const problems = operationIds
    .filter((operationId) => !samples.has(operationId))
    .map((operationId) => problem(`${brand}: operation ${operationId}`, 'a TypeScript code sample', 'none'));
  for (const operationId of samples.keys()) {
    const file = sampleFile(set, operationId);
    for (const { line, code, message } of check.diagnostics.filter((diagnostic) =>
      [file, ''].includes(diagnostic.file),
    )) {
      problems.push(
        problem(
          `${brand}: code sample ${operationId}`,
          'to type-check against the client',
          `${code} at line ${line}: ${message}`,
        ),
      );
    }
  }
  return problems;
}
