// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { BrandDefinition } from "../../brand.ts";
import { type ErrorIdentifier, errorCatalog } from "./catalog.ts";
import { isErrorBody } from "./error-body.ts";
import { operationMap } from "./operations.ts";

export const brand: BrandDefinition<ErrorIdentifier> = {
  id: "markid",
  baseUrl: "https://ivs.markid.eu",
  docsRoot: "https://docs.ivs.markid.eu/",
  requestIdHeader: "X-Request-Id",
  catalog: errorCatalog,
  operations: operationMap,
  isErrorBody,
};
