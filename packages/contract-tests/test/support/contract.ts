/** What the tests know of each published brand, read once from its built bundle. */
import { publishedBrands } from '@error-contract/spec/brands';
import { type BrandBundle, type CatalogEntry, catalogOf, loadBundle } from '@error-contract/spec/catalog';
import { type BundleValidator, createBundleValidator } from '@error-contract/spec/validator';

export interface BrandContract {
  brand: string;
  bundle: BrandBundle;
  catalog: CatalogEntry[];
  /** `components.schemas.ErrorIdentifier.enum`. */
  specEnum: string[];
  validator: BundleValidator;
}

export const brands = publishedBrands();

const contracts = new Map<string, BrandContract>();

export function contractOf(brand: string): BrandContract {
  let contract = contracts.get(brand);
  if (!contract) {
    const bundle = loadBundle(brand);
    contract = {
      brand,
      bundle,
      catalog: catalogOf(bundle),
      specEnum: bundle.components.schemas.ErrorIdentifier?.enum ?? [],
      validator: createBundleValidator(bundle),
    };
    contracts.set(brand, contract);
  }
  return contract;
}
