// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { OperationInfo } from "../../brand.ts";
import type { operations, paths } from "./openapi.ts";

/** Each operation's path, its `x-effect` (only `read` is retried), and whether its success body is JSON. */
export const operationMap = {
  createToken: { path: "/api/v2/token", effect: "create", json: true },
  getVerificationStatus: { path: "/api/v2/status", effect: "read", json: true },
  getVerificationData: { path: "/api/v2/data", effect: "read", json: true },
  processVerification: { path: "/api/v2/process", effect: "consume", json: false },
  deleteVerificationData: { path: "/api/v2/delete", effect: "delete", json: false },
} as const satisfies Record<keyof operations, OperationInfo & { path: keyof paths }>;
