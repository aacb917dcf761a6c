/** A request the sandbox refuses on purpose: a trigger and the message to send. The brand picks the identifier. */
import type { TriggerName } from './triggers.ts';

export class ApiError extends Error {
  constructor(
    readonly trigger: TriggerName,
    message: string,
    /** Extra response headers, e.g. `Allow` for a wrong method. */
    readonly headers: Record<string, string> = {},
  ) {
    // A refusal is an answer, not a bug: skip capturing a stack trace, by far the costliest part of an Error.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'ApiError';
  }
}
