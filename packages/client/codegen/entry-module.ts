/**
 * A brand's public entry point (`@error-contract/client/<brand>`): its factory, its named types and catalog, and
 * the runtime's shared exports. Every name is derived from the brand's declaration in the spec (its `x-brand-name`),
 * so a new brand gets an entry point without a hand-written file.
 */
import type { Brand } from '@error-contract/spec/brand-view';

const camelCase = (pascal: string) => pascal[0]?.toLowerCase() + pascal.slice(1);

export function renderEntryModule(brand: Brand): string {
  const { name, pascalName: P, clientFactory, clientModule, serverUrl } = brand;
  const camel = camelCase(P);
  return `/** The ${name} client: \`import { ${clientFactory} } from '${clientModule}'\`. */
import { errorCatalogUnder } from "../../brand.ts";
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
 * The spec's named schemas, e.g. \`components["schemas"]["CreateTokenRequest"]\`. The shared 400 response components
 * are left out: their names (\`StandardError.TOKEN_NOT_VALID\`) follow from which identifiers each operation can
 * return, and change whenever that does. Name a response by its operation: \`operations["createToken"]["responses"][400]\`.
 */
export type components = Pick<specComponents, "schemas">;

/** The identifiers of ${name}'s standard API errors, exactly the enum of its spec. */
export type ${P}ErrorIdentifier = ErrorIdentifier;
export type ${P}Operation = keyof operations;
export type ${P}Client = ClientMethods<operations, ${P}ErrorIdentifier>;
export type ${P}Failure = Failure<${P}ErrorIdentifier>;
export type ${P}Result<Op extends ${P}Operation> = Result<SuccessData<operations[Op]>, ${P}ErrorIdentifier>;

/** Each identifier's explanation, retry hint, docs anchor and URL on the brand's public docs site. */
export const ${camel}ErrorCatalog = /* @__PURE__ */ errorCatalogUnder(brand);

/** The identifiers of ${name}'s standard API errors, in the order of its docs page. */
export const ${camel}ErrorIdentifiers = /* @__PURE__ */ Object.keys(brand.catalog) as readonly ${P}ErrorIdentifier[];

/** A client of the ${name} API (\`${serverUrl}\` unless \`baseUrl\` says otherwise). Server-side only. */
export function ${clientFactory}(options: ClientOptions): ${P}Client {
  return createBrandClient(${JSON.stringify(clientFactory)}, brand, options);
}

/**
 * Calls the handler of the failure: one per ${name} identifier (leaving one out does not compile), \`unknownApiError\`
 * for identifiers ${name} does not document, and one per other kind of failure.
 */
export const handleFailure: <R>(failure: ${P}Failure, handlers: FailureHandlers<${P}ErrorIdentifier, R>) => R =
  handleAnyFailure;
`;
}

/**
 * The package's `exports` map: one entry point per published brand, built from its generated module, and the masking
 * of secrets on its own (`./masking`, which `contract:verify` and the kits' corpus use), so that a brand's entry point does not grow.
 */
export function packageExports(brandIds: readonly string[]): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      brandIds.map((id) => [
        `./${id}`,
        { types: `./dist/generated/${id}/index.d.ts`, default: `./dist/generated/${id}/index.js` },
      ]),
    ),
    './masking': { types: './dist/masking.d.ts', default: './dist/masking.js' },
    './package.json': './package.json',
  };
}
