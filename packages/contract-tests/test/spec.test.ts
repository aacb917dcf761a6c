import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrandBundle } from '@error-contract/spec/catalog';
import { bundlePath } from '@error-contract/spec/locations';
import { lintBundles, lintSources } from '@error-contract/spec/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redoclyProblems } from '../src/redocly-lint.ts';
import { createSpectralLinter, type SpectralLinter } from '../src/spectral.ts';
import { structuralProblems } from '../src/structural-validation.ts';
import { brands, contractOf } from './support/contract.ts';

const sourceOf = (brand: string) => `spec/dist/${brand}/openapi.yaml`;

/** A copy of a bundle with one thing broken. */
function broken(brand: string, breakIt: (copy: BrandBundle) => void): BrandBundle {
  const copy = structuredClone(contractOf(brand).bundle);
  breakIt(copy);
  return copy;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The bundle has no ${what}.`);
  return value;
}

let lint: SpectralLinter;
beforeAll(async () => {
  lint = await createSpectralLinter();
});

describe.each(brands)('the %s bundle', (brand) => {
  it("passes Spectral's spectral:oas ruleset with no error or warning", async () => {
    expect(await lint(readFileSync(bundlePath(brand, 'yaml'), 'utf8'), sourceOf(brand))).toEqual([]);
  });

  it('is a valid OpenAPI 3.1 document for @seriousme/openapi-schema-validator', async () => {
    expect(contractOf(brand).bundle.openapi).toMatch(/^3\.1\./);
    expect(await structuralProblems(sourceOf(brand), contractOf(brand).bundle)).toEqual([]);
  });
});

it('passes redocly lint, the canonical sources with each brand and the built bundles', () => {
  expect(redoclyProblems('spec sources', lintSources())).toEqual([]);
  expect(redoclyProblems('brand bundles', lintBundles())).toEqual([]);
});

describe('the spec checks fail with the brand and the place named', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'contract-tests-bundles-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('when Spectral finds two operations with one operationId', async () => {
    const bundle = broken('idenfy', (copy) => {
      required(copy.paths['/api/v2/status']?.post, 'POST /api/v2/status').operationId = 'createToken';
    });
    const problems = await lint(JSON.stringify(bundle, null, 2), 'idenfy (mutated)');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^idenfy \(mutated\): spectral operation-operationId-unique at paths\.\/api\/v2\/status\.post\.operationId \(line \d+\): expected no error, got Every operation must have unique "operationId"\.$/,
    );
  });

  it('when the structural validator finds an info object without a version', async () => {
    const bundle = broken('markid', (copy) => {
      Reflect.deleteProperty(copy.info, 'version');
    });
    expect(await structuralProblems('markid (mutated)', bundle)).toEqual([
      "markid (mutated): OpenAPI 3.1 structure at /info: expected valid, got must have required property 'version'",
    ]);
  });

  it('when redocly lint finds an example outside the enum', () => {
    for (const brand of brands) {
      const bundle = broken(brand, (copy) => {
        if (brand !== 'markid') return;
        const example = required(copy.components.examples?.BAD_VALUE, 'BAD_VALUE example');
        example.value = { ...(example.value as object), identifier: 'NOT_AN_IDENTIFIER' };
      });
      mkdirSync(join(outDir, brand), { recursive: true });
      // JSON is YAML, which is what lintBundles reads.
      writeFileSync(bundlePath(brand, 'yaml', outDir), JSON.stringify(bundle, null, 2));
    }
    const problems = redoclyProblems('brand bundles', lintBundles({ outDir }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^brand bundles: \S+\/markid\/openapi\.yaml \d+:\d+ redocly no-invalid-media-type-examples: expected no error, got Example value must conform to the schema: `identifier` property must be equal to one of the allowed values/,
    );
  });
});
