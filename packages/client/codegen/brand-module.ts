/** The brand's definition for the runtime: server, docs root, request id header, catalog and operations. */
import { type BrandBundle, requestIdHeaderOf } from '@error-contract/spec/bundle';
import { str } from './literal.ts';

export function renderBrandModule(brand: string, bundle: BrandBundle): string {
  const server = bundle.servers.find((candidate) => candidate['x-brand'] === brand);
  if (!server) throw new Error(`${brand}: the bundle has no server with x-brand: ${brand}.`);
  const docsRoot = bundle.externalDocs.url;
  return `import type { BrandDefinition } from "../../brand.ts";
import { type ErrorIdentifier, errorCatalog } from "./catalog.ts";
import { isErrorBody } from "./error-body.ts";
import { operationMap } from "./operations.ts";

export const brand: BrandDefinition<ErrorIdentifier> = {
  id: ${str(brand)},
  baseUrl: ${str(server.url)},
  docsRoot: ${str(docsRoot)},
  requestIdHeader: ${str(requestIdHeaderOf(bundle))},
  catalog: errorCatalog,
  operations: operationMap,
  isErrorBody,
};
`;
}
