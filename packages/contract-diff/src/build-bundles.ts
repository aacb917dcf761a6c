/** Both brands' bundles of one spec (a redocly.yaml and the spec beside it), built into a folder of their own. */
import { type BrandBundle, loadBundle } from '@error-contract/spec/bundle';
import { buildBrands } from '@error-contract/spec/pipeline';

export async function buildBundles(configPath: string, outDir: string): Promise<Map<string, BrandBundle>> {
  const brands = await buildBrands({ configPath, outDir });
  return new Map(brands.map((brand) => [brand, loadBundle(brand, outDir)]));
}
