/** What the corpus needs to know of a brand, read from its bundle: identifiers with their docs URL, examples, header. */
import { type BrandBundle, requestIdHeaderOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';

export interface IdentifierFacts {
  identifier: string;
  explanation: string;
  retryable: boolean;
  docsUrl: string;
  /** Every distinct example body of the identifier in the bundle (its catalog example, its named examples). */
  examples: Array<Record<string, unknown>>;
}

export interface BrandFacts {
  brand: string;
  requestIdHeader: string;
  identifiers: IdentifierFacts[];
}

function examplesOf(bundle: BrandBundle, identifier: string, catalogExample: Record<string, unknown>) {
  const named = Object.values(bundle.components.examples ?? {})
    .map((example) => example.value)
    .filter(
      (value): value is Record<string, unknown> =>
        typeof value === 'object' && value !== null && (value as { identifier?: unknown }).identifier === identifier,
    );
  const all = [{ identifier, ...catalogExample }, ...named];
  const seen = new Set<string>();
  return all.filter((example) => {
    const key = JSON.stringify(example);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

export function brandFacts(brand: string, bundle: BrandBundle): BrandFacts {
  return {
    brand,
    requestIdHeader: requestIdHeaderOf(bundle),
    identifiers: catalogOf(bundle).map((entry) => ({
      identifier: entry.identifier,
      explanation: entry.explanation,
      retryable: entry.retryable,
      docsUrl: errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor),
      examples: examplesOf(bundle, entry.identifier, entry.example),
    })),
  };
}
