/** The runtime catalog of a brand's identifiers, from the bundle's `ErrorIdentifier` `x-error-catalog`. */
import { type BrandBundle, catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/docs-routes';
import { key, str } from './literal.ts';

export function renderCatalogModule(brand: string, bundle: BrandBundle): string {
  const docsRoot = bundle.externalDocs.url;
  const entries = catalogOf(bundle).map((entry) => {
    const docsUrl = errorDocsUrl(docsRoot, brand, entry.docsAnchor);
    if (!docsUrl.startsWith(docsRoot)) {
      throw new Error(`${brand}: the docs URL ${docsUrl} does not start with the docs root ${docsRoot}.`);
    }
    return [
      `  ${key(entry.identifier)}: {`,
      `    explanation: ${str(entry.explanation)},`,
      `    retryable: ${entry.retryable},`,
      `    docsAnchor: ${str(entry.docsAnchor)},`,
      `    docsUrl: ${str(docsUrl)},`,
      '  },',
    ].join('\n');
  });
  return `import type { CatalogEntry } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page, with what the contract says about it. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogEntry>> = {
${entries.join('\n')}
};
`;
}
