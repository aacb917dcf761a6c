// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { BrandDefinition } from "../../brand.ts";
import { type ErrorIdentifier, errorCatalog } from "./catalog.ts";
import { isErrorBody } from "./error-body.ts";
import { operationMap } from "./operations.ts";

export const brand: BrandDefinition<ErrorIdentifier> = {
  id: "idenfy",
  baseUrl: "https://ivs.idenfy.com",
  docsRoot: "https://docs.ivs.idenfy.com/",
  requestIdHeader: "X-Request-Id",
  catalog: errorCatalog,
  operations: operationMap,
  isErrorBody,
};
