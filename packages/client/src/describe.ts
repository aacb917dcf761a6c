/** One line that says what went wrong in a call, for error messages and log lines. Built only from masked fields. */
import type { Failure } from './result.ts';

export function describeFailure(failure: Failure): string {
  if (failure.kind === 'transport-error')
    return `${failure.operation}: no response (${failure.reason}): ${failure.message}`;
  const http = `HTTP ${failure.status}${failure.requestId ? `, request id ${failure.requestId}` : ''}`;
  switch (failure.kind) {
    case 'api-error':
      return `${failure.operation}: ${failure.identifier} (${http}): ${failure.message} See ${failure.docsUrl}`;
    case 'unknown-api-error':
      return `${failure.operation}: ${failure.identifier}, an identifier this client does not know (${http}): ${failure.message}`;
    default:
      return `${failure.operation}: unexpected response (${http}, ${failure.reason}${failure.contentType ? `, ${failure.contentType}` : ''})`;
  }
}
