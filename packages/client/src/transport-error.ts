/** A failure before any response arrived, described from what was thrown without keeping the thrown value itself. */
import type { TransportError } from './result.ts';

function describeThrown(thrown: unknown): string {
  try {
    if (!(thrown instanceof Error)) return String(thrown);
    const cause = thrown.cause instanceof Error ? ` (${thrown.cause.message})` : '';
    return `${thrown.name}: ${thrown.message}${cause}`;
  } catch {
    return 'an error that cannot be printed';
  }
}

/** The system error code of the error or of its cause, e.g. `ECONNREFUSED` under undici's "fetch failed". */
function codeOf(thrown: unknown): string | undefined {
  const { code, cause } = (thrown ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  const found = typeof code === 'string' ? code : cause?.code;
  return typeof found === 'string' ? found : undefined;
}

/**
 * The thrown value is not kept: a fetch implementation may attach the request, and with it the Authorization
 * header, to what it throws.
 */
export function transportError(
  operation: string,
  reason: TransportError['reason'],
  thrown: unknown,
  redact: (text: string) => string,
): TransportError {
  return {
    ok: false,
    kind: 'transport-error',
    operation,
    reason,
    message: redact(describeThrown(thrown)),
    code: codeOf(thrown),
  };
}
