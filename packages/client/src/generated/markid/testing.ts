// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

/**
 * Test doubles of the brand's standard API errors: `replies.<operation>.<IDENTIFIER>()` is the reply the contract
 * documents (status, headers, the identifier's example body; `{ message }` overrides its message), and
 * `fetchStub(...replies)` a `fetch` that answers with them. An operation offers only the identifiers it can return.
 */
import type { ErrorIdentifier } from "./catalog.ts";
import type { operations } from "./openapi.ts";
import { type DocumentedOperation, type OperationReplies, repliesOf } from "../../testing.ts";

export { type ErrorReply, fetchStub, type ReplyOptions, toResponse } from "../../testing.ts";

/** Each operation's replies, by the identifiers it can return (a type, not an interface: `handlersOf` indexes it). */
export type DocumentedReplies = {
  readonly createToken: OperationReplies<"INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "PARTNER_CONTRACT_ERROR" | "METHOD_NOT_ALLOWED" | "PERMISSIONS_ERROR">;
  readonly getVerificationStatus: OperationReplies<"INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "METHOD_NOT_ALLOWED">;
  readonly getVerificationData: OperationReplies<"INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "METHOD_NOT_ALLOWED">;
  readonly processVerification: OperationReplies<"INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "TOKEN_NOT_VALID" | "METHOD_NOT_ALLOWED">;
  readonly deleteVerificationData: OperationReplies<"INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "METHOD_NOT_ALLOWED">;
};

const documented = {
  createToken: {
    method: "POST",
    path: "/api/v2/token",
    status: 400,
    headers: [["Content-Type","application/json"],["X-Request-Id","5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"]],
    examples: {
      INTERNAL_ERROR: {"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."},
      BAD_VALUE: {"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."},
      MISSING_VALUE: {"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."},
      UNAUTHORIZED: {"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."},
      ENCODING_ERROR: {"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."},
      JSON_ERROR: {"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."},
      PARTNER_CONTRACT_ERROR: {"identifier":"PARTNER_CONTRACT_ERROR","message":"Your contract does not allow 'generateDigitString'."},
      METHOD_NOT_ALLOWED: {"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."},
      PERMISSIONS_ERROR: {"identifier":"PERMISSIONS_ERROR","message":"Partner reached token limit."},
    },
  },
  getVerificationStatus: {
    method: "POST",
    path: "/api/v2/status",
    status: 400,
    headers: [["Content-Type","application/json"],["X-Request-Id","5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"]],
    examples: {
      INTERNAL_ERROR: {"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."},
      BAD_VALUE: {"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."},
      MISSING_VALUE: {"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."},
      UNAUTHORIZED: {"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."},
      ENCODING_ERROR: {"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."},
      JSON_ERROR: {"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."},
      METHOD_NOT_ALLOWED: {"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."},
    },
  },
  getVerificationData: {
    method: "POST",
    path: "/api/v2/data",
    status: 400,
    headers: [["Content-Type","application/json"],["X-Request-Id","5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"]],
    examples: {
      INTERNAL_ERROR: {"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."},
      BAD_VALUE: {"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."},
      MISSING_VALUE: {"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."},
      UNAUTHORIZED: {"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."},
      ENCODING_ERROR: {"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."},
      JSON_ERROR: {"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."},
      METHOD_NOT_ALLOWED: {"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."},
    },
  },
  processVerification: {
    method: "POST",
    path: "/api/v2/process",
    status: 400,
    headers: [["Content-Type","application/json"],["X-Request-Id","5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"]],
    examples: {
      INTERNAL_ERROR: {"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."},
      BAD_VALUE: {"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."},
      MISSING_VALUE: {"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."},
      UNAUTHORIZED: {"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."},
      ENCODING_ERROR: {"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."},
      JSON_ERROR: {"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."},
      TOKEN_NOT_VALID: {"identifier":"TOKEN_NOT_VALID","message":"Token is not valid, has expired or was already used."},
      METHOD_NOT_ALLOWED: {"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."},
    },
  },
  deleteVerificationData: {
    method: "POST",
    path: "/api/v2/delete",
    status: 400,
    headers: [["Content-Type","application/json"],["X-Request-Id","5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13"]],
    examples: {
      INTERNAL_ERROR: {"identifier":"INTERNAL_ERROR","message":"Internal server error. Please try again later."},
      BAD_VALUE: {"identifier":"BAD_VALUE","message":"Field 'country' must be a valid ISO 3166-1 alpha-2 code."},
      MISSING_VALUE: {"identifier":"MISSING_VALUE","message":"Field 'clientId' is required."},
      UNAUTHORIZED: {"identifier":"UNAUTHORIZED","message":"Invalid API key or secret."},
      ENCODING_ERROR: {"identifier":"ENCODING_ERROR","message":"Request body is not valid UTF-8."},
      JSON_ERROR: {"identifier":"JSON_ERROR","message":"Request body is not valid JSON: Expecting ',' delimiter at line 1 column 24."},
      METHOD_NOT_ALLOWED: {"identifier":"METHOD_NOT_ALLOWED","message":"Method \"GET\" not allowed."},
    },
  },
} as const;

/** Each operation's documented replies, by identifier. */
export const replies: DocumentedReplies = /* @__PURE__ */ repliesOf(
  documented satisfies { [Op in keyof operations]?: DocumentedOperation<ErrorIdentifier> },
);
