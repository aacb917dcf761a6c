/** A failure before a response arrived, described from what was thrown without keeping the thrown value itself. */
import type { TransportError } from './result.ts';

/**
 * The thrown value is not kept: a fetch implementation may attach the request, and with it the Authorization
 * header, to what it throws. Its name, message, its cause's message and a system error code are enough to act on.
 */
export function transportError(operation: string, reason: TransportError['reason'], thrown: unknown): TransportError {
  let message: string;
  let code: unknown;
  try {
    const {
      name,
      message: text,
      cause,
      code: own,
    } = (thrown ?? {}) as Error & { code?: unknown; cause?: { message?: unknown; code?: unknown } };
    message =
      thrown instanceof Error ? `${name}: ${text}${cause?.message ? ` (${cause.message})` : ''}` : String(thrown);
    code = typeof own === 'string' ? own : cause?.code;
  } catch {
    message = '(unprintable)';
  }
  return {
    ok: false,
    kind: 'transport-error',
    operation,
    reason,
    message,
    code: typeof code === 'string' ? code : undefined,
  };
}
