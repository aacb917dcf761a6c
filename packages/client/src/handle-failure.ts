/**
 * Exhaustive handling of a failure: one handler per identifier of the brand (leaving one out does not compile),
 * a required fallback for identifiers the brand does not know, and one handler for each other kind of failure.
 */
import type { ApiError, Failure, TransportError, UnexpectedResponse, UnknownApiError } from './result.ts';

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
