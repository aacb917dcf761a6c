/** The synthetic growth the scaling bench builds: a grown copy of the spec still lints, and has the size asked for. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { buildBrands, lintBundles, lintSources } from '@error-contract/spec/pipeline';
import { catalogSourceFile, copySpec, loadBundle } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { growSpec } from '../../src/grow-spec.ts';

const SIZE = { operations: 7, identifiers: 12 };

interface CatalogSchema {
  'x-error-catalog': Record<string, unknown>;
}

let copyDir: string;
let configPath: string;
let outDir: string;
let brands: string[];
/** The catalog's identifiers before the growth, every brand's and brand-only ones. */
let grownFrom: string[];

beforeAll(async () => {
  copyDir = mkdtempSync(join(tmpdir(), 'error-contract-grow-'));
  const copy = copySpec(copyDir);
  const copiedSpec = copy.specDir;
  configPath = copy.configPath;
  outDir = join(copiedSpec, 'dist');
  grownFrom = Object.keys(
    (parse(readFileSync(join(copiedSpec, catalogSourceFile), 'utf8')) as CatalogSchema)['x-error-catalog'],
  );
  growSpec(copiedSpec, SIZE);
  brands = await buildBrands({ configPath, outDir });
});

afterAll(() => {
  if (copyDir) rmSync(copyDir, { recursive: true, force: true });
});

describe(`a spec grown to ${SIZE.operations} operations and ${SIZE.identifiers} identifiers`, () => {
  it('lints, as the spec and as the bundles built from it', async () => {
    const sources = await lintSources({ configPath });
    expect(sources.ok, sources.output).toBe(true);
    const bundles = await lintBundles({ configPath, outDir });
    expect(bundles.ok, bundles.output).toBe(true);
  });

  it('has the operations and identifiers asked for, and a reproduction for each identifier', () => {
    const identifiersOfAnyBrand = new Set<string>();
    for (const brand of brands) {
      const bundle = loadBundle(brand, outDir);
      expect(operationsOf(bundle)).toHaveLength(SIZE.operations);
      for (const entry of catalogOf(bundle)) identifiersOfAnyBrand.add(entry.identifier);
    }
    expect(identifiersOfAnyBrand.size).toBe(SIZE.identifiers);
    const reproductions = readdirSync(join(copyDir, 'spec', 'reproductions')).filter((file) => file.endsWith('.yaml'));
    expect(reproductions.sort()).toEqual([...identifiersOfAnyBrand].map((identifier) => `${identifier}.yaml`).sort());
  });

  it('gives every brand the synthetic identifiers', () => {
    const identifiersOf = (brand: string) => catalogOf(loadBundle(brand, outDir)).map((entry) => entry.identifier);
    const synthetic = identifiersOf(brands[0] ?? '').filter((identifier) => !grownFrom.includes(identifier));
    expect(synthetic).toHaveLength(SIZE.identifiers - grownFrom.length);
    for (const brand of brands) expect(identifiersOf(brand), brand).toEqual(expect.arrayContaining(synthetic));
  });

  it('refuses a size smaller than the spec', () => {
    expect(() => growSpec(join(copyDir, 'spec'), { operations: 1, identifiers: 1 })).toThrow(/cannot grow it to 1/);
  });
});
