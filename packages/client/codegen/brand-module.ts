/** The brand's definition for the runtime: server, docs root, request id header, and the generated parts. */
import { type BrandBundle, operationsOf } from '@error-contract/spec/catalog';
import { str } from './literal.ts';

interface HeaderedResponse {
  headers?: Record<string, unknown>;
}

/** The one response header of the standard error that carries the request id, the same on every operation. */
function requestIdHeaderOf(bundle: BrandBundle): string {
  const names = new Set(
    operationsOf(bundle).flatMap((operation) =>
      Object.keys((operation.responses['400'] as HeaderedResponse | undefined)?.headers ?? {}).filter((name) =>
        /request-?id/i.test(name),
      ),
    ),
  );
  const [name, ...others] = names;
  if (!name || others.length > 0) {
    throw new Error(`Expected one request id header on the 400 responses, found: ${[...names].join(', ') || 'none'}.`);
  }
  return name;
}

export function renderBrandModule(brand: string, bundle: BrandBundle): string {
  const server = bundle.servers.find((candidate) => candidate['x-brand'] === brand);
  if (!server) throw new Error(`${brand}: the bundle has no server with x-brand: ${brand}.`);
  return `import type { BrandDefinition } from "../../brand.ts";
import { type ErrorIdentifier, errorCatalog } from "./catalog.ts";
import { isErrorBody } from "./error-body.ts";
import { operationMap } from "./operations.ts";

export const brand: BrandDefinition<ErrorIdentifier> = {
  id: ${str(brand)},
  baseUrl: ${str(server.url)},
  docsRoot: ${str(bundle.externalDocs.url)},
  requestIdHeader: ${str(requestIdHeaderOf(bundle))},
  catalog: errorCatalog,
  operations: operationMap,
  isErrorBody,
};
`;
}
