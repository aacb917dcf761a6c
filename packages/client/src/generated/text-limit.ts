// Generated from packages/client/codegen/text-limit.ts by packages/client/codegen. Do not edit: run `pnpm generate`.

/** How many characters a result keeps of each text it takes from a response (body, message, identifier, headers). */
export const TEXT_LIMIT = 4096;
