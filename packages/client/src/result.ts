/**
 * What every call resolves to: a success, or exactly one of four failures, told apart by `kind`.
 * None of them throws; `unwrap` turns a failure into a `RequestError` for code that prefers exceptions.
 */

interface Outcome {
  /** The operationId that was called, e.g. `createToken`. */
  readonly operation: string;
}

interface FromResponse extends Outcome {
  readonly ok: false;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response's request id header (`X-Request-Id`), to quote to support. */
  readonly requestId: string | undefined;
  /** The response body as text, at most 4,096 characters (a JSON body in its parsed and re-serialised form). */
  readonly body: string;
}

export interface Success<T> extends Outcome {
  readonly ok: true;
  readonly kind: 'success';
  readonly status: number;
  readonly requestId: string | undefined;
  /** The response body, typed from the spec; `undefined` for operations whose success has no body. */
  readonly data: T;
}

/** A standard API error: the body matched the spec's `ErrorResponse` and the identifier is one this brand knows. */
export interface ApiError<Id extends string = string> extends FromResponse {
  readonly kind: 'api-error';
  readonly identifier: Id;
  /** The server's message, for people, at most 4,096 characters. Act on `identifier`, not on this text. */
  readonly message: string;
  /** The identifier's explanation from the brand's docs. */
  readonly explanation: string;
  /** Whether sending the same request again can succeed. */
  readonly retryable: boolean;
  /** The identifier's entry on the brand's hosted errors page. */
  readonly docsUrl: string;
}

/** A well-formed error body whose identifier this brand's catalog does not know; the identifier is kept verbatim. */
export interface UnknownApiError extends FromResponse {
  readonly kind: 'unknown-api-error';
  readonly identifier: string;
  readonly message: string;
}

/** A response the contract does not describe: an empty body, a body that is not JSON, or JSON of the wrong shape. */
export interface UnexpectedResponse extends FromResponse {
  readonly kind: 'unexpected-response';
  readonly reason: 'empty-body' | 'not-json' | 'wrong-shape';
  readonly contentType: string | undefined;
}

/** No response arrived: the network failed, the timeout elapsed, or the caller's signal aborted the call. */
export interface TransportError extends Outcome {
  readonly ok: false;
  readonly kind: 'transport-error';
  readonly reason: 'network' | 'timeout' | 'abort';
  /** What went wrong, with the API secret and the Authorization header masked. */
  readonly message: string;
  /** The system error code when there is one, e.g. `ECONNREFUSED`. */
  readonly code: string | undefined;
}

export type Failure<Id extends string = string> = ApiError<Id> | UnknownApiError | UnexpectedResponse | TransportError;

export type Result<T, Id extends string = string> = Success<T> | Failure<Id>;
