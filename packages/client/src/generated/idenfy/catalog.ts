// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { CatalogRow } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page: [explanation, retryable, docsPath]. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogRow>> = {
  INTERNAL_ERROR: ["Unhandled unknown internal error at *iDenfy* API side.", true, "idenfy/handbook.html#INTERNAL_ERROR"],
  BAD_VALUE: ["Supplied value is not valid.", false, "idenfy/handbook.html#BAD_VALUE"],
  MISSING_VALUE: ["Expected a supplied value but got none.", false, "idenfy/handbook.html#MISSING_VALUE"],
  UNAUTHORIZED: ["Missing Api key/secret in HTTP headers or Api key/secret not valid.", false, "idenfy/handbook.html#UNAUTHORIZED"],
  ENCODING_ERROR: ["Failed to encode/decode object.", false, "idenfy/handbook.html#ENCODING_ERROR"],
  JSON_ERROR: ["Malformed JSON body.", false, "idenfy/handbook.html#JSON_ERROR"],
  TOKEN_NOT_VALID: ["Identification token is not valid or expired.", false, "idenfy/handbook.html#TOKEN_NOT_VALID"],
  PARTNER_CONTRACT_ERROR: ["A partner can not do a requested action because of the signed contract.", false, "idenfy/handbook.html#PARTNER_CONTRACT_ERROR"],
  METHOD_NOT_ALLOWED: ["Wrong HTTP method.", false, "idenfy/handbook.html#METHOD_NOT_ALLOWED"],
};
