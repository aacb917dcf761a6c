/** Every change between the base and the working tree's bundles, brand by brand. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Change } from './change.ts';
import { diffCatalog } from './diff-catalog.ts';
import { diffErrorSchema } from './diff-error-schema.ts';
import { diffOperations } from './diff-operations.ts';

export type Bundles = ReadonlyMap<string, BrandBundle>;

export function diffBundle(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  return [
    ...diffCatalog(brand, base, head),
    ...diffErrorSchema(brand, base, head),
    ...diffOperations(brand, base, head),
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
