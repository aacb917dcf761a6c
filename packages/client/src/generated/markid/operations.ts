// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

import type { OperationInfo } from "../../brand.ts";
import type { operations, paths } from "./openapi.ts";

/** Each operation's [path, `x-effect` (only `read` is retried), whether its success body is JSON]. */
export const operationMap: Readonly<Record<keyof operations, OperationInfo<keyof paths>>> = {
  createToken: ["/api/v2/token", "create", true],
  getVerificationStatus: ["/api/v2/status", "read", true],
  getVerificationData: ["/api/v2/data", "read", true],
  processVerification: ["/api/v2/process", "consume", false],
  deleteVerificationData: ["/api/v2/delete", "delete", false],
};
