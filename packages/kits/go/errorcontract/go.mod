// Generated from packages/kits/codegen/go.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

module github.com/ivs-core/error-contract/packages/kits/go/errorcontract

go 1.20
