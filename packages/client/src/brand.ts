/**
 * What the runtime knows about one brand of the API, all of it generated from the brand's bundle, and the public
 * types both brand entry points share.
 */

import type { Effect } from './generated/effect.ts';

export type { Effect } from './generated/effect.ts';

/** One identifier of a brand's error catalog (`idenfyErrorCatalog`, `markIdErrorCatalog`). */
export interface ErrorCatalogEntry {
  readonly explanation: string;
  /** Can sending the same request again succeed? */
  readonly retryable: boolean;
  readonly docsAnchor: string;
  /** The identifier's entry on the brand's hosted errors page. */
  readonly docsUrl: string;
}

/** An identifier's entry as generated, one row of the brand's table: what the contract says about it. */
export type CatalogRow = readonly [explanation: string, retryable: boolean, docsAnchor?: string];

/** An operation as generated: its path, its `x-effect`, and whether its success has a JSON body (else none). */
export type OperationInfo<Path extends string = string> = readonly [path: Path, effect: Effect, json: boolean];

/** A JSON object: not null and not an array. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape the spec's `ErrorResponse` schema requires; extra properties are allowed. */
export interface ErrorBody {
  identifier: string;
  message: string;
}

export interface BrandDefinition<Id extends string = string> {
  readonly id: string;
  /** The brand's production server. */
  readonly baseUrl: string;
  /** The public root of the brand's hosted docs site (the spec's `externalDocs.url`). */
  readonly docsRoot: string;
  /** The route of the page with the brand's error entries (its handbook), relative to the site root: `idenfy/handbook.html`. */
  readonly errorsPage: string;
  /** The response header that carries the request id. */
  readonly requestIdHeader: string;
  /** Each identifier's row; its `docsUrl` is joined when a catalog is made for a docs root. */
  readonly catalog: Readonly<Record<Id, CatalogRow>>;
  readonly operations: Readonly<Record<string, OperationInfo>>;
  readonly isErrorBody: (value: unknown) => value is ErrorBody;
}

/**
 * The brand's catalog with each identifier's `docsUrl` under `docsRoot` (default: the brand's public docs site):
 * the one place a docs URL is built, from the root, the handbook route and the anchor.
 */
export function errorCatalogUnder<Id extends string>(
  brand: Pick<BrandDefinition<Id>, 'docsRoot' | 'errorsPage' | 'catalog'>,
  docsRoot = brand.docsRoot,
): Readonly<Record<Id, ErrorCatalogEntry>> {
  const pageUrl = `${docsRoot.replace(/\/?$/, '/')}${brand.errorsPage}#`;
  const catalog = {} as Record<Id, ErrorCatalogEntry>;
  for (const identifier in brand.catalog) {
    const [explanation, retryable, docsAnchor = identifier] = brand.catalog[identifier];
    catalog[identifier] = { explanation, retryable, docsAnchor, docsUrl: pageUrl + docsAnchor };
  }
  return catalog;
}
