// Generated from spec/dist/idenfy/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

/** The iDenfy client: `import { createIdenfyClient } from '@error-contract/client/idenfy'`. */
import { type ErrorCatalogEntry, errorCatalogUnder } from "../../brand.ts";
import { type ClientMethods, type ClientOptions, createBrandClient, type SuccessData } from "../../client.ts";
import { type Failure, type FailureHandlers, handleFailure as handleAnyFailure, type Result } from "../../result.ts";
import { brand } from "./brand.ts";
import type { ErrorIdentifier } from "./catalog.ts";
import type { components as specComponents, operations } from "./openapi.ts";

export type { Effect, ErrorCatalogEntry } from "../../brand.ts";
export type { CallOptions, ClientMethods, ClientOptions, RequestBody, SuccessData } from "../../client.ts";
export type {
  ApiError,
  Failure,
  FailureHandlers,
  Result,
  Success,
  TransportError,
  UnexpectedResponse,
  UnknownApiError,
} from "../../result.ts";
export { RequestError, unwrap } from "../../result.ts";
export type { operations, paths } from "./openapi.ts";

/**
 * The spec's named schemas, e.g. `components["schemas"]["CreateTokenRequest"]`. The shared 400 response components
 * are left out: their names (`StandardError.TOKEN_NOT_VALID`) follow from which identifiers each operation can
 * return, and change whenever that does. Name a response by its operation: `operations["createToken"]["responses"][400]`.
 */
export type components = Pick<specComponents, "schemas">;

/** The identifiers of iDenfy's standard API errors, exactly the enum of its spec. */
export type IdenfyErrorIdentifier = ErrorIdentifier;
export type IdenfyOperation = keyof operations;
export type IdenfyClient = ClientMethods<operations, IdenfyErrorIdentifier>;
export type IdenfyFailure = Failure<IdenfyErrorIdentifier>;
export type IdenfyResult<Op extends IdenfyOperation> = Result<SuccessData<operations[Op]>, IdenfyErrorIdentifier>;

/** Each identifier's explanation, retry hint, docs anchor and URL on the brand's public docs site. */
export const idenfyErrorCatalog: Readonly<Record<IdenfyErrorIdentifier, ErrorCatalogEntry>> = /* @__PURE__ */ errorCatalogUnder(brand);

/** The identifiers of iDenfy's standard API errors, in the order of its docs page. */
export const idenfyErrorIdentifiers = /* @__PURE__ */ Object.keys(brand.catalog) as readonly IdenfyErrorIdentifier[];

/** A client of the iDenfy API (`https://ivs.idenfy.com` unless `baseUrl` says otherwise). Server-side only. */
export function createIdenfyClient(options: ClientOptions): IdenfyClient {
  return createBrandClient("createIdenfyClient", brand, options);
}

/**
 * Calls the handler of the failure: one per iDenfy identifier (leaving one out does not compile), `unknownApiError`
 * for identifiers iDenfy does not document, and one per other kind of failure.
 */
export const handleFailure: <R>(failure: IdenfyFailure, handlers: FailureHandlers<IdenfyErrorIdentifier, R>) => R =
  handleAnyFailure;
