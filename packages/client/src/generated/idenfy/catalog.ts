// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { CatalogEntry } from "../../brand.ts";
import type { components } from "./openapi.ts";

export type ErrorIdentifier = components["schemas"]["ErrorIdentifier"];

/** Every identifier of the brand, in the order of its docs page, with what the contract says about it. */
export const errorCatalog: Readonly<Record<ErrorIdentifier, CatalogEntry>> = {
  INTERNAL_ERROR: {
    explanation: "Unhandled unknown internal error at *iDenfy* API side.",
    retryable: true,
    docsAnchor: "INTERNAL_ERROR",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#INTERNAL_ERROR",
  },
  BAD_VALUE: {
    explanation: "Supplied value is not valid.",
    retryable: false,
    docsAnchor: "BAD_VALUE",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#BAD_VALUE",
  },
  MISSING_VALUE: {
    explanation: "Expected a supplied value but got none.",
    retryable: false,
    docsAnchor: "MISSING_VALUE",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#MISSING_VALUE",
  },
  UNAUTHORIZED: {
    explanation: "Missing Api key/secret in HTTP headers or Api key/secret not valid.",
    retryable: false,
    docsAnchor: "UNAUTHORIZED",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#UNAUTHORIZED",
  },
  ENCODING_ERROR: {
    explanation: "Failed to encode/decode object.",
    retryable: false,
    docsAnchor: "ENCODING_ERROR",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#ENCODING_ERROR",
  },
  JSON_ERROR: {
    explanation: "Malformed JSON body.",
    retryable: false,
    docsAnchor: "JSON_ERROR",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#JSON_ERROR",
  },
  TOKEN_NOT_VALID: {
    explanation: "Identification token is not valid or expired.",
    retryable: false,
    docsAnchor: "TOKEN_NOT_VALID",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#TOKEN_NOT_VALID",
  },
  PARTNER_CONTRACT_ERROR: {
    explanation: "A partner can not do a requested action because of the signed contract.",
    retryable: false,
    docsAnchor: "PARTNER_CONTRACT_ERROR",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#PARTNER_CONTRACT_ERROR",
  },
  METHOD_NOT_ALLOWED: {
    explanation: "Wrong HTTP method.",
    retryable: false,
    docsAnchor: "METHOD_NOT_ALLOWED",
    docsUrl: "https://docs.ivs.idenfy.com/idenfy/errors.html#METHOD_NOT_ALLOWED",
  },
};
