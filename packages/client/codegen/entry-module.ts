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
export const ${camel}ErrorCatalog: Readonly<Record<${P}ErrorIdentifier, ErrorCatalogEntry>> = /* @__PURE__ */ errorCatalogUnder(brand);

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
 * The entry points of a brand's client, one list for the workspace's `exports` map (`./<brand>`,
 * `./<brand>/<name>`) and for the brand's published package (`.`, `./<name>`): each is the brand's generated module
 * of that name, built to `dist/generated/<brand>/<module>.js`. An entry added here reaches
 * both, and the published package's `typesVersions`.
 */
export const clientEntries: readonly ClientEntry[] = [
  { subpath: '.', module: 'index' },
  // Test doubles, apart so the root entry does not grow; the MSW handlers apart again, as `msw` is optional.
  { subpath: './testing', module: 'testing' },
  { subpath: './testing/msw', module: 'testing-msw' },
];

export interface ClientEntry {
  /** As in a published package's `exports`: `.` or `./<name>`. */
  subpath: '.' | `./${string}`;
  /** The generated module under `src/generated/<brand>/`, without extension. */
  module: string;
}

type Conditions = { types: string; default: string };

const builtModule = (brandId: string, { module }: ClientEntry): Conditions => ({
  types: `./dist/generated/${brandId}/${module}.d.ts`,
  default: `./dist/generated/${brandId}/${module}.js`,
});

/**
 * The workspace package's `exports` map: every published brand's entry points, under the brand's id, and the masking
 * of secrets on its own (`./masking`, which `contract:verify` and the kits' corpus use), so a brand's entry does not grow.
 */
export function packageExports(brandIds: readonly string[]): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      brandIds.flatMap((id) =>
        clientEntries.map((entry) => [
          entry.subpath === '.' ? `./${id}` : `./${id}/${entry.subpath.slice(2)}`,
          builtModule(id, entry),
        ]),
      ),
    ),
    './masking': { types: './dist/masking.d.ts', default: './dist/masking.js' },
    './package.json': './package.json',
  };
}

/**
 * How a brand's published client package names its entry points: the `exports` map, and for TypeScript's
 * `moduleResolution: "node"` (node10), which reads no `exports`, the root's `types` and `main` and a `typesVersions`
 * entry for every other entry point.
 */
export function publishedEntryFields(
  brandId: string,
  entries: readonly ClientEntry[] = clientEntries,
): {
  main: string;
  types: string;
  exports: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
} {
  const root = entries.find((entry) => entry.subpath === '.');
  if (!root) throw new Error('The client has no root entry point.');
  const others = entries.filter((entry) => entry !== root);
  return {
    main: builtModule(brandId, root).default,
    types: builtModule(brandId, root).types,
    exports: {
      ...Object.fromEntries(entries.map((entry) => [entry.subpath, builtModule(brandId, entry)])),
      './package.json': './package.json',
    },
    ...(others.length > 0 && {
      typesVersions: {
        '*': Object.fromEntries(others.map((entry) => [entry.subpath.slice(2), [builtModule(brandId, entry).types]])),
      },
    }),
  };
}
