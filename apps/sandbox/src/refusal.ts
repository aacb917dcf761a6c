/** A request the sandbox refuses on purpose: a trigger and the message to send. The brand picks the identifier. */
import type { TriggerName } from './triggers.ts';

/**
 * Thrown like an error but deliberately not an `Error`: a refusal is an answer, not a bug, and capturing a stack
 * trace for every refused request was the costliest part of answering one.
 */
export class Refusal {
  constructor(
    readonly trigger: TriggerName,
    readonly message: string,
    /** Extra response headers, e.g. `Allow` for a wrong method. */
    readonly headers: Record<string, string> = {},
  ) {}
}
