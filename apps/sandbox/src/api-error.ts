/** A request the sandbox refuses on purpose: a trigger and the message to send. The brand picks the identifier. */
import type { TriggerName } from './triggers.ts';

export class ApiError extends Error {
  constructor(
    readonly trigger: TriggerName,
    message: string,
    /** Extra response headers, e.g. `Allow` for a wrong method. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
