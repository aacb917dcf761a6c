// Generated from packages/kits/codegen/go.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

module github.com/ivs-core/error-contract/packages/kits/go

go 1.20
