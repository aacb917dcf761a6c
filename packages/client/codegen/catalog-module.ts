/** The runtime catalog of a brand's identifiers, from the bundle's `ErrorIdentifier` `x-error-catalog`. */
import { type BrandBundle, catalogOf } from '@error-contract/spec/catalog';
import { key, str } from './literal.ts';

export function renderCatalogModule(bundle: BrandBundle): string {
  const entries = catalogOf(bundle).map((entry) =>
    [
      `  ${key(entry.identifier)}: {`,
      `    explanation: ${str(entry.explanation)},`,
      `    retryable: ${entry.retryable},`,
      `    docsAnchor: ${str(entry.docsAnchor)},`,
      '  },',
    ].join('\n'),
  );
  return `import type { ErrorCatalogEntry } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page, with what the contract says about it. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, Omit<ErrorCatalogEntry, "docsUrl">>> = {
${entries.join('\n')}
};
`;
}
