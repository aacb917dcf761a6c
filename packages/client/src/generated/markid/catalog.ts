// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { CatalogRow } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page: [explanation, retryable, docsAnchor if not the identifier]. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogRow>> = {
  INTERNAL_ERROR: ["Unhandled unknown internal error at *Mark ID's* API side.", true],
  BAD_VALUE: ["Supplied value is not valid.", false],
  MISSING_VALUE: ["Expected a supplied value but got none.", false],
  UNAUTHORIZED: ["Missing API key/secret in HTTP headers or API key/secret not valid.", false],
  ENCODING_ERROR: ["Failed to encode/decode object.", false],
  JSON_ERROR: ["Malformed JSON body.", false],
  TOKEN_NOT_VALID: ["Verification token is not valid or expired.", false],
  PARTNER_CONTRACT_ERROR: ["A partner can not do a requested action because of the signed contract.", false],
  METHOD_NOT_ALLOWED: ["Wrong HTTP method.", false],
  PERMISSIONS_ERROR: ["Insufficient permissions for the request.", false],
};
