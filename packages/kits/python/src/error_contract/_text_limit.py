# Generated from packages/client/codegen/text-limit.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.
"""The text cut, how many characters an outcome keeps of each text it takes from a reply."""

TEXT_LIMIT = 4096
