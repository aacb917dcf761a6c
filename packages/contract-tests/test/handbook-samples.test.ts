/**
 * The error handbook's "Handle it" snippets (one per identifier and brand) type-check against the built client, so
 * each compares `result.identifier` only with an identifier the brand's client knows. A broken copy shares the run.
 */
import { fileURLToPath } from 'node:url';
import { handleSnippet } from '@error-contract/docs/handbook';
import { declaredBrands } from '@error-contract/spec/workspace';
import { beforeAll, describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { type Diagnostic, typeCheck } from '../src/type-check.ts';

const checkDir = fileURLToPath(new URL('../test-results/handbook-samples', import.meta.url));
const declared = new Map(declaredBrands().map((entry) => [entry.id, entry]));

function snippetsOf(brandId: string): Map<string, string> {
  const { bundle, catalog } = brand(brandId);
  const named = declared.get(brandId);
  if (!named) throw new Error(`${brandId} is not declared.`);
  return new Map(catalog.map((entry) => [entry.identifier, handleSnippet(named, bundle, entry)]));
}

const fileOf = (set: string, identifier: string) => `${set}.${identifier}.ts`;

/** iDenfy's TOKEN_NOT_VALID snippet, made to handle Mark ID's PERMISSIONS_ERROR, which iDenfy never returns. */
const brokenSnippet = (snippetsOf('idenfy').get('TOKEN_NOT_VALID') ?? '').replaceAll(
  "'TOKEN_NOT_VALID'",
  "'PERMISSIONS_ERROR'",
);

let diagnosticsOf: (file: string) => Diagnostic[];
beforeAll(() => {
  const files = new Map(
    brands.flatMap((brandId) =>
      [...snippetsOf(brandId)].map(([identifier, source]) => [fileOf(brandId, identifier), source]),
    ),
  );
  files.set(fileOf('broken', 'TOKEN_NOT_VALID'), brokenSnippet);
  diagnosticsOf = typeCheck(files, checkDir);
});

describe.each(brands)('%s', (brandId) => {
  it.each([...snippetsOf(brandId).keys()])('has a "Handle it" snippet for %s that type-checks', (identifier) => {
    expect(diagnosticsOf(fileOf(brandId, identifier)), `${brandId}: ${identifier}`).toEqual([]);
  });
});

// Proves the check can fail: the comparison is checked against the brand's identifier union.
it("fails a snippet that handles an identifier the brand's client does not have", () => {
  expect(brokenSnippet).toContain("'PERMISSIONS_ERROR'");
  expect(diagnosticsOf(fileOf('broken', 'TOKEN_NOT_VALID'))[0]).toMatchObject({
    code: 'TS2367',
    message: expect.stringContaining(`and '"PERMISSIONS_ERROR"' have no overlap`),
  });
});
