// Generated from the effects of spec/src/bundle.ts by packages/client/codegen. Do not edit: run `pnpm generate`.

/** An operation's `x-effect`, as the spec lists them: only `read` operations are safe to send twice. */
export type Effect = "read" | "create" | "consume" | "delete";
