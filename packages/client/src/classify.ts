/**
 * Turns one HTTP response into one typed outcome. The body decides, never the Content-Type alone: it is checked
 * against the spec's `ErrorResponse` (the generated `isErrorBody`) and the brand's catalog, so a type is never
 * claimed for a body that was not checked.
 */
import type { BrandDefinition } from './brand.ts';
import type { Result } from './result.ts';

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
  context: ResponseContext<Id>,
  response: Response,
  data: unknown,
  error: unknown,
): Result<unknown, Id> {
  const { brand, operation, redact } = context;
  const status = response.status;
  const header = response.headers.get(brand.requestIdHeader);
  const requestId = header === null ? undefined : redact(header);

  const unexpected = (reason: 'empty-body' | 'not-json' | 'wrong-shape', body: unknown) =>
    ({
      ok: false,
      kind: 'unexpected-response',
      operation,
      status,
      reason,
      contentType: response.headers.get('content-type') ?? undefined,
      requestId,
      body: keep(body, redact),
    }) as const;

  if (response.ok) {
    if (!context.json) return { ok: true, kind: 'success', operation, status, requestId, data: undefined };
    const text = typeof data === 'string' ? data : '';
    if (text === '') return unexpected('empty-body', text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return unexpected('not-json', text);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unexpected('wrong-shape', text);
    return { ok: true, kind: 'success', operation, status, requestId, data: parsed };
  }

  if (error === undefined || error === '') return unexpected('empty-body', '');
  if (typeof error === 'string') return unexpected('not-json', error);
  if (!brand.isErrorBody(error)) return unexpected('wrong-shape', error);

  const identifier = error.identifier;
  const message = redact(error.message);
  const body = keep(error, redact);
  if (!Object.hasOwn(brand.catalog, identifier)) {
    return { ok: false, kind: 'unknown-api-error', operation, status, identifier, message, requestId, body };
  }
  const known = identifier as Id;
  const entry = brand.catalog[known];
  return {
    ok: false,
    kind: 'api-error',
    operation,
    status,
    identifier: known,
    message,
    explanation: entry.explanation,
    retryable: entry.retryable,
    docsUrl: context.docsUrl(known),
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
    text = '[a JSON body too deeply nested to print]';
  }
  return redact(text.length > 2 * BODY_LIMIT ? text.slice(0, 2 * BODY_LIMIT) : text).slice(0, BODY_LIMIT);
}
