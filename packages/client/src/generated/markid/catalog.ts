// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { ErrorCatalogEntry } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page, with what the contract says about it. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, Omit<ErrorCatalogEntry, "docsUrl">>> = {
  INTERNAL_ERROR: {
    explanation: "Unhandled unknown internal error at *Mark ID's* API side.",
    retryable: true,
    docsAnchor: "INTERNAL_ERROR",
  },
  BAD_VALUE: {
    explanation: "Supplied value is not valid.",
    retryable: false,
    docsAnchor: "BAD_VALUE",
  },
  MISSING_VALUE: {
    explanation: "Expected a supplied value but got none.",
    retryable: false,
    docsAnchor: "MISSING_VALUE",
  },
  UNAUTHORIZED: {
    explanation: "Missing API key/secret in HTTP headers or API key/secret not valid.",
    retryable: false,
    docsAnchor: "UNAUTHORIZED",
  },
  ENCODING_ERROR: {
    explanation: "Failed to encode/decode object.",
    retryable: false,
    docsAnchor: "ENCODING_ERROR",
  },
  JSON_ERROR: {
    explanation: "Malformed JSON body.",
    retryable: false,
    docsAnchor: "JSON_ERROR",
  },
  TOKEN_NOT_VALID: {
    explanation: "Verification token is not valid or expired.",
    retryable: false,
    docsAnchor: "TOKEN_NOT_VALID",
  },
  PARTNER_CONTRACT_ERROR: {
    explanation: "A partner can not do a requested action because of the signed contract.",
    retryable: false,
    docsAnchor: "PARTNER_CONTRACT_ERROR",
  },
  METHOD_NOT_ALLOWED: {
    explanation: "Wrong HTTP method.",
    retryable: false,
    docsAnchor: "METHOD_NOT_ALLOWED",
  },
  PERMISSIONS_ERROR: {
    explanation: "Insufficient permissions for the request.",
    retryable: false,
    docsAnchor: "PERMISSIONS_ERROR",
  },
};
