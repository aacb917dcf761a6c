/**
 * "Reproduce it": the exact request that makes the local sandbox return an identifier, as a curl command rendered
 * from the spec's reproduction declaration. The one place the handbook asks for it.
 */
import type { Brand } from '@error-contract/spec/brands';
import type { BrandBundle } from '@error-contract/spec/bundle';

/** The curl command for the identifier against the brand's sandbox prefix, or undefined when none is declared. */
export function reproductionOf(_brand: Brand, _bundle: BrandBundle, _identifier: string): string | undefined {
  // The reproduction declaration (spec/reproductions) is not on this branch yet; the handbook leaves the section out.
  return undefined;
}
