/**
 * What every call resolves to: a success, or exactly one of four failures, told apart by `kind`. None of them throws;
 * `unwrap` turns a failure into a `RequestError` for code that prefers exceptions, and `handleFailure` dispatches a
 * failure to one handler per identifier and kind.
 */

interface ResultBase {
  /** The operationId that was called, e.g. `createToken`. */
  readonly operation: string;
}

interface FromResponse extends ResultBase {
  readonly ok: false;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response's request id header (`X-Request-Id`), to quote to support. */
  readonly requestId: string | undefined;
  /** The response body as text (UTF-8, as it came), masked, at most 4,096 characters. */
  readonly body: string;
}

export interface Success<T> extends ResultBase {
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

/**
 * A response the contract does not describe: an empty body, a body that is not JSON, JSON of the wrong shape, or a
 * body longer than the read limit (`maxBodyBytes`), of which `body` keeps the first part read.
 */
export interface UnexpectedResponse extends FromResponse {
  readonly kind: 'unexpected-response';
  readonly reason: 'empty-body' | 'not-json' | 'wrong-shape' | 'too-large';
  readonly contentType: string | undefined;
}

/** No response arrived: the network failed, the timeout elapsed, or the caller's signal aborted the call. */
export interface TransportError extends ResultBase {
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

// One line that says what went wrong in a call, for error messages and log lines. Built only from masked fields.
export function describeFailure(failure: Failure): string {
  if (failure.kind === 'transport-error')
    return `${failure.operation}: no response (${failure.reason}): ${failure.message}`;
  const http = `HTTP ${failure.status}${failure.requestId ? `, request id ${failure.requestId}` : ''}`;
  switch (failure.kind) {
    case 'api-error':
      return `${failure.operation}: ${failure.identifier} (${http}): ${failure.message} See ${failure.docsUrl}`;
    case 'unknown-api-error':
      return `${failure.operation}: ${failure.identifier} (${http}, unknown identifier): ${failure.message}`;
    default:
      return `${failure.operation}: unexpected response (${http}, ${failure.reason}${failure.contentType ? `, ${failure.contentType}` : ''})`;
  }
}

// The throwing style: one error class that carries the failure, and `unwrap` to get data or throw it.
export class RequestError<Id extends string = string> extends Error {
  override readonly name = 'RequestError';
  /** The typed failure, the same object a result-style call returns; narrow it on `failure.kind`. */
  declare readonly failure: Failure<Id>;
  declare readonly kind: Failure['kind'];
  /** The HTTP status, or undefined for a transport error. */
  declare readonly status: number | undefined;
  /** The error identifier, or undefined when the response had none. */
  declare readonly identifier: string | undefined;
  declare readonly requestId: string | undefined;

  constructor(failure: Failure<Id>) {
    super(describeFailure(failure));
    const { status, identifier, requestId } = failure as Partial<{
      status: number;
      identifier: string;
      requestId: string;
    }>;
    Object.assign(this, { failure, kind: failure.kind, status, identifier, requestId });
  }

  toJSON(): { name: string; message: string } & Failure<Id> {
    return { name: this.name, message: this.message, ...this.failure };
  }
}

/** The data of a successful call, or a thrown `RequestError` carrying the failure. */
export async function unwrap<T, Id extends string>(result: Result<T, Id> | Promise<Result<T, Id>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.data;
  throw new RequestError<Id>(settled);
}

/*
 * Exhaustive handling of a failure: one handler per identifier of the brand (leaving one out does not compile),
 * a required fallback for identifiers the brand does not know, and one handler for each other kind of failure.
 */
export type FailureHandlers<Id extends string, R> = { readonly [K in Id]: (failure: ApiError<K>) => R } & {
  readonly unknownApiError: (failure: UnknownApiError) => R;
  readonly unexpectedResponse: (failure: UnexpectedResponse) => R;
  readonly transportError: (failure: TransportError) => R;
};

/** Each entry point exports it bound to its brand's identifiers, so nothing about the brand is left to inference. */
export function handleFailure<Id extends string, R>(failure: Failure<Id>, handlers: FailureHandlers<Id, R>): R {
  switch (failure.kind) {
    case 'api-error': {
      // A handler can only be missing in untyped code; the fallback then gets the failure as it is.
      const handle = (handlers as unknown as Record<string, ((failure: ApiError<Id>) => R) | undefined>)[
        failure.identifier
      ];
      return handle ? handle(failure) : handlers.unknownApiError(failure as unknown as UnknownApiError);
    }
    case 'unknown-api-error':
      return handlers.unknownApiError(failure);
    case 'unexpected-response':
      return handlers.unexpectedResponse(failure);
    case 'transport-error':
      return handlers.transportError(failure);
  }
}
