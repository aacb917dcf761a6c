/** Every change between the base and the working tree's bundles, brand by brand. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Change } from './change.ts';
import { diffCatalog } from './diff-catalog.ts';
import { diffErrorSchema } from './diff-error-schema.ts';
import { diffOperations } from './diff-operations.ts';

export type Bundles = ReadonlyMap<string, BrandBundle>;

/**
 * The schema names the client exports as `components['schemas'][Name]`: a removed one breaks code that names it.
 * (The client does not export the 400 response components, whose names are layout: see the client's entry module.)
 */
function diffTypeNames(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  const before = Object.keys(base.components.schemas);
  const after = Object.keys(head.components.schemas);
  const name = (schema: string) => `components['schemas']['${schema}']`;
  return [
    ...before
      .filter((schema) => !after.includes(schema))
      .map((schema): Change => ({ brand, kind: 'type-name-removed', subject: name(schema) })),
    ...after
      .filter((schema) => !before.includes(schema))
      .map((schema): Change => ({ brand, kind: 'type-name-added', subject: name(schema) })),
  ];
}

export function diffBundle(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  return [
    ...diffCatalog(brand, base, head),
    ...diffErrorSchema(brand, base, head),
    ...diffOperations(brand, base, head),
    ...diffTypeNames(brand, base, head),
  ];
}

export function diffBrands(base: Bundles, head: Bundles): Change[] {
  const brands = [...new Set([...base.keys(), ...head.keys()])];
  return brands.flatMap((brand): Change[] => {
    const before = base.get(brand);
    const after = head.get(brand);
    if (!before) return [{ brand, kind: 'brand-added', subject: brand }];
    if (!after) return [{ brand, kind: 'brand-removed', subject: brand }];
    return diffBundle(brand, before, after);
  });
}
