/** The runtime catalog of a brand's identifiers, from the bundle's `ErrorIdentifier` `x-error-catalog`. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { key, str } from './literal.ts';

export function renderCatalogModule(bundle: BrandBundle): string {
  const entries = catalogOf(bundle).map(
    (entry) =>
      `  ${key(entry.identifier)}: [${str(entry.explanation)}, ${entry.retryable}${entry.docsAnchor === entry.identifier ? '' : `, ${str(entry.docsAnchor)}`}],`,
  );
  return `import type { CatalogRow } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page: [explanation, retryable, docsAnchor if not the identifier]. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogRow>> = {
${entries.join('\n')}
};
`;
}
