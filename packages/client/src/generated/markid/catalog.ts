// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { CatalogRow } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page: [explanation, retryable, docsPath]. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogRow>> = {
  INTERNAL_ERROR: ["Unhandled unknown internal error at *Mark ID's* API side.", true, "markid/handbook.html#INTERNAL_ERROR"],
  BAD_VALUE: ["Supplied value is not valid.", false, "markid/handbook.html#BAD_VALUE"],
  MISSING_VALUE: ["Expected a supplied value but got none.", false, "markid/handbook.html#MISSING_VALUE"],
  UNAUTHORIZED: ["Missing API key/secret in HTTP headers or API key/secret not valid.", false, "markid/handbook.html#UNAUTHORIZED"],
  ENCODING_ERROR: ["Failed to encode/decode object.", false, "markid/handbook.html#ENCODING_ERROR"],
  JSON_ERROR: ["Malformed JSON body.", false, "markid/handbook.html#JSON_ERROR"],
  TOKEN_NOT_VALID: ["Verification token is not valid or expired.", false, "markid/handbook.html#TOKEN_NOT_VALID"],
  PARTNER_CONTRACT_ERROR: ["A partner can not do a requested action because of the signed contract.", false, "markid/handbook.html#PARTNER_CONTRACT_ERROR"],
  METHOD_NOT_ALLOWED: ["Wrong HTTP method.", false, "markid/handbook.html#METHOD_NOT_ALLOWED"],
  PERMISSIONS_ERROR: ["Insufficient permissions for the request.", false, "markid/handbook.html#PERMISSIONS_ERROR"],
};
