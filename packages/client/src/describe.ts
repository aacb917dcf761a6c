/** One line that says what went wrong in a call, for error messages and log lines. Built only from masked fields. */
import type { Failure } from './result.ts';

export function describeFailure(failure: Failure): string {
  const requestId = 'requestId' in failure && failure.requestId ? `, request id ${failure.requestId}` : '';
  switch (failure.kind) {
    case 'api-error':
      return `${failure.operation} failed with ${failure.identifier} (HTTP ${failure.status}${requestId}): ${failure.message} See ${failure.docsUrl}`;
    case 'unknown-api-error':
      return `${failure.operation} failed with ${failure.identifier}, an identifier this client does not know (HTTP ${failure.status}${requestId}): ${failure.message}`;
    case 'unexpected-response':
      return `${failure.operation} got an unexpected response (HTTP ${failure.status}, ${failure.reason}${failure.contentType ? `, ${failure.contentType}` : ''}${requestId}).`;
    case 'transport-error':
      return `${failure.operation} got no response (${failure.reason}): ${failure.message}`;
  }
}
