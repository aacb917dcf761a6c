// Generated from spec/dist/markid/openapi.json by packages/client/codegen. Do not edit: run `pnpm generate`.

/** The Mark ID client: `import { createMarkIdClient } from '@error-contract/client/markid'`. */
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

/** The identifiers of Mark ID's standard API errors, exactly the enum of its spec. */
export type MarkIdErrorIdentifier = ErrorIdentifier;
export type MarkIdOperation = keyof operations;
export type MarkIdClient = ClientMethods<operations, MarkIdErrorIdentifier>;
export type MarkIdFailure = Failure<MarkIdErrorIdentifier>;
export type MarkIdResult<Op extends MarkIdOperation> = Result<SuccessData<operations[Op]>, MarkIdErrorIdentifier>;

/** Each identifier's explanation, retry hint, docs anchor and URL on the brand's public docs site. */
export const markIdErrorCatalog: Readonly<Record<MarkIdErrorIdentifier, ErrorCatalogEntry>> = /* @__PURE__ */ errorCatalogUnder(brand);

/** The identifiers of Mark ID's standard API errors, in the order of its docs page. */
export const markIdErrorIdentifiers = /* @__PURE__ */ Object.keys(brand.catalog) as readonly MarkIdErrorIdentifier[];

/** A client of the Mark ID API (`https://ivs.markid.eu` unless `baseUrl` says otherwise). Server-side only. */
export function createMarkIdClient(options: ClientOptions): MarkIdClient {
  return createBrandClient("createMarkIdClient", brand, options);
}

/**
 * Calls the handler of the failure: one per Mark ID identifier (leaving one out does not compile), `unknownApiError`
 * for identifiers Mark ID does not document, and one per other kind of failure.
 */
export const handleFailure: <R>(failure: MarkIdFailure, handlers: FailureHandlers<MarkIdErrorIdentifier, R>) => R =
  handleAnyFailure;
