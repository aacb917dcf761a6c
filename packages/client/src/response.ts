/**
 * Turns one HTTP response, or the failure to get one, into one typed result. The body decides, never the
 * Content-Type alone: it is checked against the spec's `ErrorResponse` (the generated `isErrorBody`) and the brand's
 * catalog, so a type is never claimed for a body that was not checked.
 */
import { type BrandDefinition, type ErrorCatalogEntry, isJsonObject } from './brand.ts';
import { TEXT_LIMIT } from './generated/text-limit.ts';
import type { Result, TransportError, UnexpectedResponse } from './result.ts';

/**
 * What an attempt ended with: a response, or the transport error when none arrived. `data` and `error` are what
 * openapi-fetch returns with `parseAs: 'text'`: for a 2xx the body text (undefined when empty), otherwise the body
 * parsed as JSON when it parses, else its text.
 */
export type AttemptEnd =
  | { readonly response: Response; readonly data?: unknown; readonly error?: unknown }
  | TransportError;

/**
 * The reader of one client's results: the one place where what a server or a fetch sent becomes a result. Every text
 * of the result is masked (`redact`) and cut to TEXT_LIMIT here, whatever field it lands in; a success's data is
 * masked as it is parsed. `catalog` is the brand's catalog with the docs URLs of this client.
 */
export function resultReader<Id extends string>(
  brand: BrandDefinition<Id>,
  catalog: Readonly<Record<Id, ErrorCatalogEntry>>,
  redact: (text: string) => string,
): (operation: string, json: boolean, ended: AttemptEnd) => Result<unknown, Id> {
  /** `json`: whether the operation's success has a JSON body. */
  function classifyResponse(
    operation: string,
    json: boolean,
    { response, data, error }: Exclude<AttemptEnd, TransportError>,
  ): Result<unknown, Id> {
    const status = response.status;
    const requestId = response.headers.get(brand.requestIdHeader) ?? undefined;

    const unexpected = (reason: UnexpectedResponse['reason'], body: unknown): UnexpectedResponse => ({
      ok: false,
      kind: 'unexpected-response',
      operation,
      status,
      reason,
      contentType: response.headers.get('content-type') ?? undefined,
      requestId,
      body: textOf(body),
    });

    if (response.ok) {
      let parsed: unknown;
      if (json) {
        const text = data as string | undefined;
        if (!text) return unexpected('empty-body', '');
        try {
          parsed = parseMasked(text, redact);
        } catch {
          return unexpected('not-json', text);
        }
        if (!isJsonObject(parsed)) return unexpected('wrong-shape', text);
      }
      return { ok: true, kind: 'success', operation, status, requestId, data: parsed };
    }

    if (typeof error === 'string' || error === undefined)
      return unexpected(error ? 'not-json' : 'empty-body', error ?? '');
    if (!brand.isErrorBody(error)) return unexpected('wrong-shape', error);
    const { identifier, message } = error;
    const body = textOf(error);
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
    const result = 'response' in ended ? classifyResponse(operation, json, ended) : ended;
    const fields = result as unknown as Record<string, unknown>;
    for (const field in fields) {
      const value = fields[field];
      if (typeof value === 'string') fields[field] = redact(value).slice(0, TEXT_LIMIT);
    }
    return result;
  };
}

/**
 * JSON with the secret masked in every string and key, however the server escaped it (`\/`, `\u0061`): text with
 * escapes is masked in its canonical form and parsed again. Throws when the text is not JSON, or too deep to mask.
 */
function parseMasked(text: string, redact: (text: string) => string): unknown {
  const value: unknown = JSON.parse(text);
  if (!text.includes('\\') && redact(text) === text) return value;
  return JSON.parse(redact(JSON.stringify(value)));
}

/** A body as text: as it came, or a JSON body in its parsed and re-serialised form. */
function textOf(body: unknown): string {
  try {
    return typeof body === 'string' ? body : JSON.stringify(body);
  } catch {
    return '(unprintable)';
  }
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
