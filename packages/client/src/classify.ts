/**
 * Turns one HTTP response into one typed outcome. The body decides, never the Content-Type alone: it is checked
 * against the spec's `ErrorResponse` (the generated `isErrorBody`) and the brand's catalog, so a type is never
 * claimed for a body that was not checked.
 */
import type { BrandDefinition } from './brand.ts';
import type { Result, UnexpectedResponse } from './result.ts';

/** How much of a failed response's body a failure keeps. */
export const BODY_LIMIT = 4096;

export interface ResponseContext<Id extends string> {
  readonly brand: BrandDefinition<Id>;
  readonly operation: string;
  /** Whether the operation's success has a JSON body. */
  readonly json: boolean;
  readonly docsUrl: (identifier: Id) => string;
  readonly redact: (text: string) => string;
}

/**
 * `data` and `error` are what openapi-fetch returns with `parseAs: 'text'`: for a 2xx the body text (undefined
 * when empty), otherwise the body parsed as JSON when it parses, else its text.
 */
export function classifyResponse<Id extends string>(
  { brand, operation, json, docsUrl, redact }: ResponseContext<Id>,
  response: Response,
  data: unknown,
  error: unknown,
): Result<unknown, Id> {
  const status = response.status;
  const header = response.headers.get(brand.requestIdHeader);
  const requestId = header === null ? undefined : redact(header);

  const unexpected = (reason: UnexpectedResponse['reason'], body: unknown): UnexpectedResponse => ({
    ok: false,
    kind: 'unexpected-response',
    operation,
    status,
    reason,
    contentType: response.headers.get('content-type') ?? undefined,
    requestId,
    body: keep(body, redact),
  });

  if (response.ok) {
    let parsed: unknown;
    if (json) {
      if (!data) return unexpected('empty-body', '');
      try {
        parsed = JSON.parse(data as string);
      } catch {
        return unexpected('not-json', data);
      }
      if (typeof parsed !== 'object' || !parsed || Array.isArray(parsed)) return unexpected('wrong-shape', data);
    }
    return { ok: true, kind: 'success', operation, status, requestId, data: parsed };
  }

  if (typeof error === 'string' || error === undefined)
    return unexpected(error ? 'not-json' : 'empty-body', error ?? '');
  if (!brand.isErrorBody(error)) return unexpected('wrong-shape', error);
  const { identifier } = error;
  const message = redact(error.message);
  const body = keep(error, redact);
  if (!Object.hasOwn(brand.catalog, identifier)) {
    return { ok: false, kind: 'unknown-api-error', operation, status, identifier, message, requestId, body };
  }
  const { explanation, retryable } = brand.catalog[identifier as Id];
  return {
    ok: false,
    kind: 'api-error',
    operation,
    status,
    identifier,
    message,
    explanation,
    retryable,
    docsUrl: docsUrl(identifier as Id),
    requestId,
    body,
  } as Result<unknown, Id>;
}

/** The body as text, masked, cut to BODY_LIMIT characters. */
function keep(body: unknown, redact: (text: string) => string): string {
  let text: string;
  try {
    text = typeof body === 'string' ? body : JSON.stringify(body);
  } catch {
    text = '(unprintable JSON)';
  }
  return redact(text.slice(0, 2 * BODY_LIMIT)).slice(0, BODY_LIMIT);
}
