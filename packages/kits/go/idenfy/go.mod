// Generated from packages/kits/codegen/go.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

module github.com/ivs-core/error-contract/packages/kits/go/idenfy

go 1.20

require github.com/ivs-core/error-contract/packages/kits/go/errorcontract v0.1.0
