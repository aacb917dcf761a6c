// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

/**
 * MSW request handlers of the brand's standard API errors: `server.use(handlers.<operation>.<IDENTIFIER>())`
 * answers the operation with the documented reply. Needs `msw` (v2), an optional peer dependency.
 */
import { type Handlers, handlersOf } from "../../testing-msw.ts";
import { brand } from "./brand.ts";
import { replies } from "./testing.ts";

export type { HandlerOptions } from "../../testing-msw.ts";

/** Each operation's handlers, by identifier; `{ baseUrl }` when the client under test is not at the brand's server. */
export const handlers: Handlers<typeof replies> = /* @__PURE__ */ handlersOf(replies, brand.baseUrl);
