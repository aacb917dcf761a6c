/**
 * The docs' TypeScript code samples (each operation's `x-codeSamples` in the bundle) type-check against the built
 * client package. The samples of both brands, and a broken copy, share one tsc run.
 */
import { fileURLToPath } from 'node:url';
import { operationsOf } from '@error-contract/spec/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { type Diagnostic, typeCheck } from '../src/type-check.ts';

const checkDir = fileURLToPath(new URL('../test-results/code-samples', import.meta.url));

interface CodeSample {
  lang: string;
  source: string;
}

/** The TypeScript sample of every operation of a brand, by operationId (undefined where there is none). */
function typescriptSamplesOf(brandId: string): Map<string, string | undefined> {
  return new Map(
    operationsOf(brand(brandId).bundle).map((operation) => {
      const samples = (operation as { 'x-codeSamples'?: CodeSample[] })['x-codeSamples'] ?? [];
      return [operation.operationId, samples.find((sample) => sample.lang === 'TypeScript')?.source];
    }),
  );
}

const sampleFile = (set: string, operationId: string) => `${set}.${operationId}.ts`;

/** iDenfy's createToken sample, reading a field the client's ApiError does not have. */
const brokenSample = (typescriptSamplesOf('idenfy').get('createToken') ?? '').replaceAll(
  'result.docsUrl',
  'result.helpUrl',
);

let diagnosticsOf: (file: string) => Diagnostic[];
beforeAll(() => {
  const files = new Map(
    brands.flatMap((brandId) =>
      [...typescriptSamplesOf(brandId)].map(([operationId, source]) => [
        sampleFile(brandId, operationId),
        source ?? '',
      ]),
    ),
  );
  files.set(sampleFile('broken', 'createToken'), brokenSample);
  diagnosticsOf = typeCheck(files, checkDir);
});

describe.each(brands)('%s', (brandId) => {
  it.each([...typescriptSamplesOf(brandId)])(
    'has a %s sample that type-checks against the client',
    (operationId, source) => {
      const where = `${brandId}: ${operationId} code sample`;
      expect(source, `${where} in the bundle`).toBeDefined();
      expect(diagnosticsOf(sampleFile(brandId, operationId)), where).toEqual([]);
    },
  );
});

// Proves the check can fail: tsc checks the samples against the client's real types.
it('fails a sample that reads a field the client does not have', () => {
  expect(brokenSample).toContain('result.helpUrl');
  expect(diagnosticsOf(sampleFile('broken', 'createToken'))).toEqual([
    expect.objectContaining({ code: 'TS2339', message: expect.stringContaining("Property 'helpUrl' does not exist") }),
  ]);
});
