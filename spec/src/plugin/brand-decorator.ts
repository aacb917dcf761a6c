/**
 * The `error-contract/brand` decorator: turns the canonical spec into one brand's published document. It keeps the
 * brand's server, sets its title, resolves brand maps and overrides, and derives from the catalog the
 * `ErrorIdentifier` enum and `x-enumDescriptions`, a named example per identifier, the shared 400 responses and the
 * code samples; it also spells out the enums the API takes in either case.
 */
import { applyBrandOverrides, brandIdsOf, brandsOf, resolveForBrand } from '../brand-view.ts';
import { type BrandBundle, type Operation, operationsOf, requestExampleOf } from '../bundle.ts';
import { catalogForBrand, ERROR_SCHEMA, IDENTIFIER_SCHEMA, identifiersReturnedBy } from '../catalog.ts';
import { errorDocsUrl } from '../site-routes.ts';
import { codeSamplesFor } from './code-samples.ts';
import { spellAlsoInLowerCase } from './enum-spellings.ts';
import type { Node, VisitContext, Visitors } from './redocly-api.ts';

/** The response every operation's 400 references in the sources; in a bundle, the set every operation returns. */
export const STANDARD_RESPONSE = 'StandardError';
export const STANDARD_RESPONSE_REF = `#/components/responses/${STANDARD_RESPONSE}`;

interface Response {
  content: Record<string, { schema: unknown; examples?: unknown }>;
  [keyword: string]: unknown;
}

/**
 * Gives each operation's 400 the examples of the identifiers it can return, as one response component per distinct
 * set of identifiers, which the operations that can return that set reference. A copy per operation would make the
 * bundle grow with operations × identifiers; shared, it grows with distinct sets × identifiers, and operations
 * mostly share the general identifiers plus a few of their own. `StandardError` is the set every operation
 * can return; a set with more is named after the rest (`StandardError.TOKEN_NOT_VALID`). The catalog's `operations`
 * stays the machine-readable source; these examples are how Redoc shows it on each operation.
 */
function shareErrorResponses(
  root: BrandBundle,
  catalog: Readonly<Record<string, { operations?: readonly string[] }>>,
  operations: Operation[],
): void {
  const responses = root.components.responses as Record<string, Response>;
  const { [STANDARD_RESPONSE]: standardResponse, ...otherResponses } = responses;
  if (!standardResponse) throw new Error(`The spec has no components.responses.${STANDARD_RESPONSE}.`);
  const [mediaType, media] = Object.entries(standardResponse.content)[0] ?? [];
  if (!mediaType || !media) throw new Error(`${STANDARD_RESPONSE} has no content.`);
  const returnable = new Map(
    operations
      .filter((operation) => (operation.responses['400'] as { $ref?: string })?.$ref === STANDARD_RESPONSE_REF)
      .map((operation) => [operation, identifiersReturnedBy(catalog, operation.operationId)]),
  );
  const sets = [...returnable.values()];
  const returnedByAll = Object.keys(catalog).filter((identifier) => sets.every((set) => set.includes(identifier)));
  const shared: Record<string, Response> = {};
  for (const [operation, identifiers] of returnable) {
    const beyondAll = identifiers.filter((identifier) => !returnedByAll.includes(identifier));
    const name = [STANDARD_RESPONSE, ...beyondAll].join('.');
    shared[name] ??= {
      ...structuredClone(standardResponse),
      content: {
        [mediaType]: {
          schema: structuredClone(media.schema),
          examples: Object.fromEntries(
            identifiers.map((identifier) => [identifier, { $ref: `#/components/examples/${identifier}` }]),
          ),
        },
      },
    };
    operation.responses['400'] = { $ref: `#/components/responses/${name}` };
  }
  const byName = Object.keys(shared)
    .sort()
    .map((name) => [name, shared[name]]);
  root.components.responses = { ...otherResponses, ...Object.fromEntries(byName) };
  if (Object.keys(root.components.responses as object).length === 0) delete root.components.responses;
}

/** Publishes the brand: its server and title, its catalog and everything the catalog and operations give. */
function publishBrand(root: BrandBundle, brand: string): void {
  const published = brandsOf(root).find((declared) => declared.id === brand);
  if (!published) throw new Error(`Unknown brand "${brand}".`);
  const brandIds = brandIdsOf(root);
  root.info.title = published.title;
  const schemas = root.components.schemas as Record<string, Node>;
  spellAlsoInLowerCase(schemas);
  const identifierSchema = schemas[IDENTIFIER_SCHEMA];
  const catalog = catalogForBrand(identifierSchema['x-error-catalog'], brand, brandIds);
  applyBrandOverrides(root.externalDocs, brand);
  // Each identifier's handbook entry, where the reference links back to (the clients' docsUrl).
  const entryLink = (identifier: string) =>
    `[How to handle ${identifier}](${errorDocsUrl(root.externalDocs.url, brand, catalog[identifier]?.docsAnchor ?? identifier)})`;

  root.servers = root.servers.filter((server) => server['x-brand'] === brand);
  const { 'x-error-catalog': _canonical, ...identifierKeywords } = identifierSchema;
  schemas[IDENTIFIER_SCHEMA] = {
    ...identifierKeywords,
    enum: Object.keys(catalog),
    'x-enumDescriptions': Object.fromEntries(
      Object.entries(catalog).map(([identifier, entry]) => [
        identifier,
        `${entry.explanation} ${entryLink(identifier)}`,
      ]),
    ),
    'x-error-catalog': catalog,
  };
  schemas[ERROR_SCHEMA] = resolveForBrand(schemas[ERROR_SCHEMA], brand, brandIds);

  root.components.examples ??= {};
  for (const [identifier, entry] of Object.entries(catalog)) {
    root.components.examples[identifier] = {
      summary: identifier,
      description: `${entry.explanation} ${entryLink(identifier)}`,
      value: { identifier, ...entry.example },
    };
  }

  const operations = operationsOf(root);
  shareErrorResponses(root, catalog, operations);
  const serverUrl = published.serverUrl;
  for (const { path, method, operationId } of operations) {
    const operation = root.paths[path]?.[method] as Operation;
    operation['x-codeSamples'] = codeSamplesFor({
      operationId,
      path,
      serverUrl,
      requestExample: requestExampleOf(root, operation),
      client: { module: published.packages.client, factory: published.clientFactory },
    });
  }
  applyBrandOverrides(root, brand);
}

/** Options: `brand`, the `x-brand` of the server that declares the brand to publish. */
export function BrandDecorator(options: { brand: string }): Visitors {
  return {
    Root: {
      // On leave, the bundler has already moved every $ref into components.
      leave(root: BrandBundle, { report }: VisitContext) {
        if (!brandIdsOf(root).includes(options.brand)) {
          report({ message: `Unknown brand "${options.brand}": no server has \`x-brand: ${options.brand}\`.` });
          return;
        }
        try {
          publishBrand(root, options.brand);
        } catch (error) {
          report({ message: (error as Error).message });
        }
      },
    },
  };
}
