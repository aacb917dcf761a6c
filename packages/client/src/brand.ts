/** What the runtime knows about one brand of the API, all of it generated from the brand's bundle. */

/** The operation's `x-effect`: only `read` operations are safe to send twice. */
export type Effect = 'read' | 'create' | 'consume' | 'delete';

/** One identifier of the brand's `x-error-catalog`. */
export interface CatalogEntry {
  readonly explanation: string;
  /** Can sending the same request again succeed? */
  readonly retryable: boolean;
  readonly docsAnchor: string;
  /** The identifier's entry on the brand's hosted errors page. */
  readonly docsUrl: string;
}

export interface OperationInfo {
  readonly path: string;
  readonly effect: Effect;
  /** Whether the success response has a JSON body (otherwise it is empty). */
  readonly json: boolean;
}

/** The shape the spec's `ErrorResponse` schema requires; extra properties are allowed. */
export interface ErrorBody {
  identifier: string;
  message: string;
}

export interface BrandDefinition<Id extends string = string> {
  readonly id: string;
  /** The brand's production server. */
  readonly baseUrl: string;
  /** The root of the brand's hosted docs site, which every catalog `docsUrl` starts with. */
  readonly docsRoot: string;
  /** The response header that carries the request id. */
  readonly requestIdHeader: string;
  readonly catalog: Readonly<Record<Id, CatalogEntry>>;
  readonly operations: Readonly<Record<string, OperationInfo>>;
  readonly isErrorBody: (value: unknown) => value is ErrorBody;
}
