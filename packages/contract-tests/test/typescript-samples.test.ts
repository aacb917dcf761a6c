/**
 * The TypeScript a reader copies from the docs type-checks against the built client package: every operation's code
 * sample (its `x-codeSamples` in the bundle), every handbook "Handle it" snippet and unit test on the test double
 * (one each per identifier), of every brand. One tsc run checks them all, together with a broken copy of each kind
 * that proves the check can fail.
 */
import { fileURLToPath } from 'node:url';
import { clientEntries } from '@error-contract/client/codegen';
import { handbookEntries, handleSnippet } from '@error-contract/docs/handbook';
import { operationsOf } from '@error-contract/spec/bundle';
import { declaredBrands } from '@error-contract/spec/workspace';
import { beforeAll, describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { type Diagnostic, typeCheck } from '../src/type-check.ts';

const checkDir = fileURLToPath(new URL('../test-results/typescript-samples', import.meta.url));
const declared = new Map(declaredBrands().map((entry) => [entry.id, entry]));

interface CodeSample {
  lang: string;
  source: string;
}

/** The TypeScript code sample of every operation of a brand, by operationId (undefined where there is none). */
function codeSamplesOf(brandId: string): Map<string, string | undefined> {
  return new Map(
    operationsOf(brand(brandId).bundle).map((operation) => {
      const samples = (operation as { 'x-codeSamples'?: CodeSample[] })['x-codeSamples'] ?? [];
      return [operation.operationId, samples.find((sample) => sample.lang === 'TypeScript')?.source];
    }),
  );
}

/** The handbook's "Handle it" snippet of every identifier of a brand, by identifier. */
function handleSnippetsOf(brandId: string): Map<string, string> {
  const { bundle, catalog } = brand(brandId);
  const named = declared.get(brandId);
  if (!named) throw new Error(`${brandId} is not declared.`);
  return new Map(catalog.map((entry) => [entry.identifier, handleSnippet(named, bundle, entry)]));
}

/** The handbook's TypeScript unit test on the test double of every identifier of a brand, by identifier. */
function doubleTestsOf(brandId: string): Map<string, string> {
  const named = declared.get(brandId);
  if (!named) throw new Error(`${brandId} is not declared.`);
  return new Map(
    handbookEntries(named, brand(brandId).bundle).map((entry) => [entry.identifier, entry.tests?.ts ?? '']),
  );
}

const sampleFile = (set: string, operationId: string) => `sample.${set}.${operationId}.ts`;
const doubleTestFile = (set: string, identifier: string) => `double-test.${set}.${identifier}.ts`;
const snippetFile = (set: string, identifier: string) => `snippet.${set}.${identifier}.ts`;

/** iDenfy's createToken sample, reading a field the client's ApiError does not have. */
const brokenSample = (codeSamplesOf('idenfy').get('createToken') ?? '').replaceAll('result.docsUrl', 'result.helpUrl');

/** iDenfy's TOKEN_NOT_VALID snippet, made to handle Mark ID's PERMISSIONS_ERROR, which iDenfy never returns. */
const brokenSnippet = (handleSnippetsOf('idenfy').get('TOKEN_NOT_VALID') ?? '').replaceAll(
  "'TOKEN_NOT_VALID'",
  "'PERMISSIONS_ERROR'",
);

/** iDenfy's PARTNER_CONTRACT_ERROR test, asking getVerificationStatus's double for it, which only createToken returns. */
const brokenDoubleTest = (doubleTestsOf('idenfy').get('PARTNER_CONTRACT_ERROR') ?? '').replaceAll(
  'handlers.createToken.PARTNER_CONTRACT_ERROR',
  'handlers.getVerificationStatus.PARTNER_CONTRACT_ERROR',
);

let diagnosticsOf: (file: string) => Diagnostic[];
beforeAll(() => {
  const files = new Map([
    [sampleFile('broken', 'createToken'), brokenSample],
    [snippetFile('broken', 'TOKEN_NOT_VALID'), brokenSnippet],
    [doubleTestFile('broken', 'PARTNER_CONTRACT_ERROR'), brokenDoubleTest],
  ]);
  for (const brandId of brands) {
    for (const [operationId, source] of codeSamplesOf(brandId))
      files.set(sampleFile(brandId, operationId), source ?? '');
    for (const [identifier, source] of handleSnippetsOf(brandId)) files.set(snippetFile(brandId, identifier), source);
    for (const [identifier, source] of doubleTestsOf(brandId)) files.set(doubleTestFile(brandId, identifier), source);
  }
  // The docs import each brand's client by its published name, any of its entry points.
  diagnosticsOf = typeCheck(
    files,
    checkDir,
    clientEntries.map(({ subpath }) => subpath),
  );
});

describe.each(brands)('%s', (brandId) => {
  it.each([...codeSamplesOf(brandId)])('has a %s sample that type-checks against the client', (operationId, source) => {
    const where = `${brandId}: ${operationId} code sample`;
    expect(source, `${where} in the bundle`).toBeDefined();
    expect(diagnosticsOf(sampleFile(brandId, operationId)), where).toEqual([]);
  });

  it.each([...handleSnippetsOf(brandId).keys()])('has a "Handle it" snippet for %s that type-checks', (identifier) => {
    expect(diagnosticsOf(snippetFile(brandId, identifier)), `${brandId}: ${identifier}`).toEqual([]);
  });

  it.each([...doubleTestsOf(brandId)])('has a unit test on the double of %s that type-checks', (identifier, source) => {
    expect(source, `${brandId}: ${identifier} in the handbook`).toContain(`.${identifier}()`);
    expect(diagnosticsOf(doubleTestFile(brandId, identifier)), `${brandId}: ${identifier}`).toEqual([]);
  });
});

// Proves the check can fail: each operation's doubles are the identifiers it can return, and no other.
it('fails a unit test that asks an operation for the double of an identifier it cannot return', () => {
  expect(brokenDoubleTest).toContain('handlers.getVerificationStatus.PARTNER_CONTRACT_ERROR');
  expect(diagnosticsOf(doubleTestFile('broken', 'PARTNER_CONTRACT_ERROR'))[0]).toMatchObject({
    code: 'TS2339',
    message: expect.stringContaining("Property 'PARTNER_CONTRACT_ERROR' does not exist"),
  });
});

// Proves the check can fail: tsc checks the samples against the client's real types.
it('fails a sample that reads a field the client does not have', () => {
  expect(brokenSample).toContain('result.helpUrl');
  expect(diagnosticsOf(sampleFile('broken', 'createToken'))).toEqual([
    expect.objectContaining({ code: 'TS2339', message: expect.stringContaining("Property 'helpUrl' does not exist") }),
  ]);
});

// Proves the check can fail: each snippet's comparison is checked against the brand's identifier union.
it("fails a snippet that handles an identifier the brand's client does not have", () => {
  expect(brokenSnippet).toContain("'PERMISSIONS_ERROR'");
  expect(diagnosticsOf(snippetFile('broken', 'TOKEN_NOT_VALID'))[0]).toMatchObject({
    code: 'TS2367',
    message: expect.stringContaining(`and '"PERMISSIONS_ERROR"' have no overlap`),
  });
});
