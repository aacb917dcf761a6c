/**
 * Turns one HTTP response, or the failure to get one, into one typed result. The body decides, never the
 * Content-Type alone: it is checked against the spec's `ErrorResponse` (the generated `isErrorBody`) and the brand's
 * catalog, so a type is never claimed for a body that was not checked.
 */
import { type BrandDefinition, type ErrorCatalogEntry, isJsonObject } from './brand.ts';
import { TEXT_LIMIT } from './generated/limits.ts';
import type { Result, TransportError, UnexpectedResponse } from './result.ts';

/** A response and what was read of its body: its text (UTF-8), or `tooLarge` past the read limit. */
export interface ResponseRead {
  readonly response: Response;
  readonly text: string;
  readonly tooLarge: boolean;
}

/** What an attempt ended with: a reply, or the transport error when none arrived. */
export type AttemptEnd = ResponseRead | TransportError;

/** One decoder for every reply: each body is decoded in one call, after it was read, so none shares its state. */
const decoder = new TextDecoder();

/**
 * Reads at most `limit` bytes of the body, as fetch decoded them (gzip, deflate, br), and decodes them as UTF-8 the
 * way `TextDecoder` does: one leading byte order mark dropped, each maximal bad sequence one U+FFFD. Past the limit
 * it stops reading, cancels the body and says `tooLarge`, keeping the text of the first `limit` bytes.
 */
export async function readReply(response: Response, limit: number): Promise<ResponseRead> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader && size <= limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > limit) reader.cancel().catch(() => {});
  }
  return {
    response,
    // Most bodies arrive in one chunk, decoded as it is; the chunks of a longer one are joined first.
    text: decoder.decode(
      chunks[1] ? await new Blob(chunks).slice(0, limit).arrayBuffer() : chunks[0]?.subarray(0, limit),
    ),
    tooLarge: size > limit,
  };
}

/** A header's value without the spaces and tabs around it (RFC 9110's optional whitespace), or undefined. */
const headerOf = (response: Response, name: string) =>
  response.headers.get(name)?.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

/**
 * The reader of one client's results: the one place where what a server or a fetch sent becomes a result. The body's
 * text is masked (`mask`) before it is parsed, so no form of a secret reaches `data`, and every text of the result is
 * masked and cut to TEXT_LIMIT here, whatever field it lands in. `catalog` is the brand's catalog with the docs URLs
 * of this client.
 */
export function resultReader<Id extends string>(
  brand: BrandDefinition<Id>,
  catalog: Readonly<Record<Id, ErrorCatalogEntry>>,
  mask: (text: string) => string,
): (operation: string, json: boolean, ended: AttemptEnd) => Result<unknown, Id> {
  /** `json`: whether the operation's success has a JSON body. */
  function classifyReply(
    operation: string,
    json: boolean,
    { response, text, tooLarge }: ResponseRead,
  ): Result<unknown, Id> {
    const status = response.status;
    const requestId = headerOf(response, brand.requestIdHeader);
    const body = mask(text);
    const unexpected = (reason: UnexpectedResponse['reason']): UnexpectedResponse => ({
      ok: false,
      kind: 'unexpected-response',
      operation,
      status,
      reason,
      contentType: headerOf(response, 'content-type'),
      requestId,
      body,
    });

    if (tooLarge) return unexpected('too-large');
    if (response.ok && !json) return { ok: true, kind: 'success', operation, status, requestId, data: undefined };
    if (!body) return unexpected('empty-body');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return unexpected('not-json');
    }
    if (response.ok) {
      return isJsonObject(parsed)
        ? { ok: true, kind: 'success', operation, status, requestId, data: parsed }
        : unexpected('wrong-shape');
    }
    // A JSON string is text, as a plain text body is: not JSON, or empty.
    if (typeof parsed === 'string') return unexpected(parsed ? 'not-json' : 'empty-body');
    if (!brand.isErrorBody(parsed)) return unexpected('wrong-shape');
    const { identifier, message } = parsed;
    if (!Object.hasOwn(catalog, identifier)) {
      return { ok: false, kind: 'unknown-api-error', operation, status, identifier, message, requestId, body };
    }
    const { explanation, retryable, docsUrl } = catalog[identifier as Id];
    return {
      ok: false,
      kind: 'api-error',
      operation,
      status,
      identifier,
      message,
      explanation,
      retryable,
      docsUrl,
      requestId,
      body,
    } as Result<unknown, Id>;
  }

  return (operation, json, ended) => {
    const result = ('response' in ended ? classifyReply(operation, json, ended) : ended) as Result<unknown, Id> &
      Record<string, unknown>;
    // Every string field, whatever the kind: a text reaches a result masked here or not at all.
    for (const field in result) {
      const value = result[field];
      if (typeof value === 'string') result[field] = mask(value).slice(0, TEXT_LIMIT);
    }
    return result;
  };
}

/**
 * A failure before a response arrived, described from what was thrown. The thrown value is not kept: a fetch implementation may attach the request, and with it the Authorization
 * header, to what it throws. Its name, message, its cause's message and a system error code are enough to act on.
 */
export function transportError(operation: string, reason: TransportError['reason'], thrown: unknown): TransportError {
  let message = '(unprintable)';
  let code: unknown;
  try {
    const { cause, code: own } = (thrown ?? {}) as { code?: unknown; cause?: { message?: unknown; code?: unknown } };
    code = typeof own === 'string' ? own : cause?.code;
    message =
      thrown instanceof Error
        ? `${thrown.name}: ${thrown.message}${cause?.message ? ` (${cause.message})` : ''}`
        : String(thrown);
  } catch {
    // A getter or toString that throws: the message stays '(unprintable)'.
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
