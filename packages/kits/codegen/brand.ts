/**
 * What the kits and the corpus are generated from, per brand, read from its bundle: its identifiers with their
 * explanation, retry hint, docs URL and examples, and the request id header.
 */
import { type DocumentedReply, repliesByOperation } from '@error-contract/client/codegen';
import { type BrandContact, contactOf } from '@error-contract/spec/brand-view';
import { type BrandBundle, requestIdHeaderOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { loadBundle } from '@error-contract/spec/workspace';
import { checkBrand, checkIdentifier } from './names.ts';

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

export interface KitBrand extends BrandFacts {
  /** The bundle's `info.title`, for doc comments. */
  title: string;
  /** Its docs site and support contact, for the READMEs. */
  contact: BrandContact;
  /** The replies the contract documents per operation × identifier, which the kits' test doubles serve. */
  doubles: Map<string, DocumentedReply[]>;
}

export function kitBrand(brand: string): KitBrand {
  const bundle = loadBundle(checkBrand(brand));
  const facts = brandFacts(brand, bundle);
  for (const entry of facts.identifiers) checkIdentifier(brand, entry.identifier);
  return { ...facts, title: bundle.info.title, contact: contactOf(bundle), doubles: repliesByOperation(bundle) };
}
