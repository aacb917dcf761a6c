// Generated from packages/client/codegen/text-limit.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

package errorcontract

// TextLimit is how many characters an outcome keeps of each text it takes from a reply.
const TextLimit = 4096
