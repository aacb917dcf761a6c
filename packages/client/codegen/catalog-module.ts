/** The runtime catalog of a brand's identifiers, from the bundle's `ErrorIdentifier` `x-error-catalog`. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsPath } from '@error-contract/spec/site-routes';
import { key, str } from './literal.ts';

/** The rows carry each identifier's docs path from the site's own route function, so the client links by construction. */
export function renderCatalogModule(brand: string, bundle: BrandBundle): string {
  const entries = catalogOf(bundle).map(
    (entry) =>
      `  ${key(entry.identifier)}: [${str(entry.explanation)}, ${entry.retryable}, ${str(errorDocsPath(brand, entry.docsAnchor))}],`,
  );
  return `import type { CatalogRow } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page: [explanation, retryable, docsPath]. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogRow>> = {
${entries.join('\n')}
};
`;
}
