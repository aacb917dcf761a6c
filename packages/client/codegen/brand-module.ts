/** The brand's definition for the runtime: server, docs root and the route of its error entries (the handbook), request id header, the rest. */
import { type BrandBundle, requestIdHeaderOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { brandPageRoute, errorDocsUrl, handbookPageFile } from '@error-contract/spec/site-routes';
import { errorCatalogUnder } from '../src/brand.ts';
import { str } from './literal.ts';

/**
 * The runtime joins each docs URL from the root, the page route and the anchor; generation fails unless that gives
 * exactly the URL of the site's one route function.
 */
function assertDocsUrlsJoin(brand: string, docsRoot: string, errorsPage: string, bundle: BrandBundle): void {
  const entries = catalogOf(bundle);
  const catalog = Object.fromEntries(
    entries.map((entry) => [entry.identifier, [entry.explanation, entry.retryable, entry.docsAnchor] as const]),
  );
  const joined = errorCatalogUnder({ docsRoot, errorsPage, catalog });
  for (const { identifier, docsAnchor } of entries) {
    const want = errorDocsUrl(docsRoot, brand, docsAnchor);
    const got = joined[identifier]?.docsUrl;
    if (got !== want) throw new Error(`${brand}: ${identifier}: the client would link ${got}, the docs site ${want}.`);
  }
}

export function renderBrandModule(brand: string, bundle: BrandBundle): string {
  const server = bundle.servers.find((candidate) => candidate['x-brand'] === brand);
  if (!server) throw new Error(`${brand}: the bundle has no server with x-brand: ${brand}.`);
  const docsRoot = bundle.externalDocs.url;
  const errorsPage = brandPageRoute(brand, handbookPageFile);
  assertDocsUrlsJoin(brand, docsRoot, errorsPage, bundle);
  return `import type { BrandDefinition } from "../../brand.ts";
import { type ErrorIdentifier, errorCatalog } from "./catalog.ts";
import { isErrorBody } from "./error-body.ts";
import { operationMap } from "./operations.ts";

export const brand: BrandDefinition<ErrorIdentifier> = {
  id: ${str(brand)},
  baseUrl: ${str(server.url)},
  docsRoot: ${str(docsRoot)},
  errorsPage: ${str(errorsPage)},
  requestIdHeader: ${str(requestIdHeaderOf(bundle))},
  catalog: errorCatalog,
  operations: operationMap,
  isErrorBody,
};
`;
}
