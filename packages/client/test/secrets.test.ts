import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallOptions } from '../src/client.ts';
import type { Result } from '../src/result.ts';
import { RequestError, unwrap } from '../src/result.ts';
import { type AnyClient, brands, callOperation, type OperationId, testClient } from './support/brands.ts';
import { fakeClock } from './support/clock.ts';
import { hangingFetch, json, type Step, stubFetch } from './support/stub-fetch.ts';

const CANARY = 'canary-secret-7f3a9c1e5b2d';
const TOKEN = btoa(`test-key:${CANARY}`);
const forbidden = [CANARY, TOKEN, `Basic ${TOKEN}`];

/** A server or a fetch that repeats the request's Authorization header back, the worst case for a leak. */
const echo =
  (status: number, shape: (authorization: string) => unknown): Step =>
  async (request) => {
    const authorization = request.headers.get('authorization') ?? '';
    const body = shape(`Authorization: ${authorization} (${CANARY})`);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'X-Request-Id': `req ${authorization}` },
    });
  };

interface Case {
  given: { operation: OperationId; steps: Step[]; options?: () => CallOptions; timeoutMs?: number };
  want: Result<unknown>['kind'];
}

/** What an echoing server repeats: the API secret and the Authorization value the client sent. */
const echoOf = (request: Request) => `${CANARY} ${request.headers.get('authorization') ?? ''}`;

/** Every JSON string escaped as \uXXXX: the text parses to the secret, but never contains it literally. */
const escapeEveryCharacter = (text: string) =>
  text.replace(/"((?:[^"\\]|\\.)*)"/g, (_quoted, inner: string) => {
    const value = JSON.parse(`"${inner}"`) as string;
    return `"${[...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
  });

/**
 * A server that puts the echo into every spot it controls: the status text, every header it sends (request id,
 * content type, Retry-After, one of its own), and the body as `body(echo)` builds it (identifier, message, nested
 * fields, keys).
 */
const echoEverywhere =
  (
    status: number,
    body: ((echo: string) => unknown) | undefined,
    options: { contentType?: string; escape?: boolean } = {},
  ): Step =>
  async (request) => {
    const echo = echoOf(request);
    const value = body?.(echo);
    let text = value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
    if (text !== null && options.escape) text = escapeEveryCharacter(text);
    return new Response(text, {
      status,
      statusText: `Echo ${echo}`,
      headers: {
        'content-type': `${options.contentType ?? 'application/json'}; echo="${echo}"`,
        'x-request-id': echo,
        'retry-after': echo,
        'x-echo': echo,
      },
    });
  };

const nested = (echo: string) => ({ detail: echo, [echo]: echo, deep: [{ list: [echo, 1, null] }] });

const cases: Array<[string, Case]> = [
  [
    'a success whose headers, status text and nested body fields echo it',
    {
      given: {
        operation: 'getVerificationStatus',
        steps: [echoEverywhere(200, (echo) => ({ status: 'APPROVED', scanRef: 's', clientId: echo, ...nested(echo) }))],
      },
      want: 'success',
    },
  ],
  [
    'a success that echoes it with every character escaped',
    {
      given: {
        operation: 'getVerificationStatus',
        steps: [
          echoEverywhere(200, (echo) => ({ status: 'APPROVED', scanRef: 's', clientId: echo, ...nested(echo) }), {
            escape: true,
          }),
        ],
      },
      want: 'success',
    },
  ],
  [
    'a standard API error whose headers, status text, message and nested fields echo it',
    {
      given: {
        operation: 'createToken',
        steps: [echoEverywhere(400, (echo) => ({ identifier: 'UNAUTHORIZED', message: echo, ...nested(echo) }))],
      },
      want: 'api-error',
    },
  ],
  [
    'a standard API error that echoes it with every character escaped',
    {
      given: {
        operation: 'createToken',
        steps: [
          echoEverywhere(400, (echo) => ({ identifier: 'UNAUTHORIZED', message: echo, ...nested(echo) }), {
            escape: true,
          }),
        ],
      },
      want: 'api-error',
    },
  ],
  [
    'an identifier that echoes it',
    {
      given: {
        operation: 'createToken',
        steps: [echoEverywhere(400, (echo) => ({ identifier: `E ${echo}`, message: echo, ...nested(echo) }))],
      },
      want: 'unknown-api-error',
    },
  ],
  [
    'an identifier that echoes it with every character escaped',
    {
      given: {
        operation: 'createToken',
        steps: [echoEverywhere(400, (echo) => ({ identifier: echo, message: echo }), { escape: true })],
      },
      want: 'unknown-api-error',
    },
  ],
  [
    'an HTML page whose headers and status text echo it',
    {
      given: {
        operation: 'createToken',
        steps: [echoEverywhere(502, (echo) => `<html><pre>${echo}</pre></html>`, { contentType: 'text/html' })],
      },
      want: 'unexpected-response',
    },
  ],
  [
    'JSON of the wrong shape with it in nested fields and headers',
    {
      given: { operation: 'createToken', steps: [echoEverywhere(403, (echo) => [nested(echo)])] },
      want: 'unexpected-response',
    },
  ],
  [
    'an empty body whose headers and status text echo it',
    { given: { operation: 'createToken', steps: [echoEverywhere(401, undefined)] }, want: 'unexpected-response' },
  ],
  [
    'a success with a body that is not JSON and headers that echo it',
    {
      given: { operation: 'getVerificationStatus', steps: [echoEverywhere(200, (echo) => `not json ${echo}`)] },
      want: 'unexpected-response',
    },
  ],
  [
    'a fetch that throws with it in the message, the cause and the code',
    {
      given: {
        operation: 'createToken',
        steps: [
          async (request) =>
            Promise.reject(
              Object.assign(
                new Error(`failed: ${echoOf(request)}`, { cause: { message: echoOf(request), code: echoOf(request) } }),
                {
                  code: echoOf(request),
                },
              ),
            ),
        ],
      },
      want: 'transport-error',
    },
  ],
  [
    'retries of a read that end in an error echoing it everywhere',
    {
      given: {
        operation: 'getVerificationData',
        steps: [echoEverywhere(503, (echo) => ({ identifier: echo, message: echo, ...nested(echo) }))],
      },
      want: 'unknown-api-error',
    },
  ],

  [
    'a standard API error',
    {
      given: {
        operation: 'createToken',
        steps: [json(400, { identifier: 'UNAUTHORIZED', message: 'Invalid API key or secret.' })],
      },
      want: 'api-error',
    },
  ],
  [
    'a standard API error whose message echoes the header',
    {
      given: {
        operation: 'createToken',
        steps: [echo(400, (text) => ({ identifier: 'UNAUTHORIZED', message: text }))],
      },
      want: 'api-error',
    },
  ],
  [
    'an unknown identifier whose message echoes the header',
    {
      given: {
        operation: 'createToken',
        steps: [echo(429, (text) => ({ identifier: 'TOO_MANY_REQUESTS', message: text }))],
      },
      want: 'unknown-api-error',
    },
  ],
  [
    'an HTML page that echoes the request headers',
    {
      given: { operation: 'createToken', steps: [echo(502, (text) => `<html><pre>${text}</pre></html>`)] },
      want: 'unexpected-response',
    },
  ],
  [
    'JSON of the wrong shape that echoes the header',
    {
      given: { operation: 'createToken', steps: [echo(403, (text) => ({ detail: text }))] },
      want: 'unexpected-response',
    },
  ],
  ['an empty 401', { given: { operation: 'createToken', steps: [{ status: 401 }] }, want: 'unexpected-response' }],
  [
    'a network error',
    { given: { operation: 'createToken', steps: [new TypeError('fetch failed')] }, want: 'transport-error' },
  ],
  [
    'a fetch whose error repeats the request',
    {
      given: {
        operation: 'createToken',
        steps: [
          async (request) =>
            Promise.reject(
              new Error(`cannot send ${inspect(request)} Authorization: ${request.headers.get('authorization')}`, {
                cause: request,
              }),
            ),
        ],
      },
      want: 'transport-error',
    },
  ],
  [
    'a timeout',
    { given: { operation: 'createToken', steps: [hangingFetch()], timeoutMs: 10 }, want: 'transport-error' },
  ],
  [
    'an abort',
    {
      given: {
        operation: 'createToken',
        steps: [hangingFetch()],
        options: () => ({ signal: AbortSignal.timeout(10) }),
      },
      want: 'transport-error',
    },
  ],
  [
    'retries that end in a standard API error',
    {
      given: {
        operation: 'getVerificationStatus',
        steps: [echo(500, (text) => ({ identifier: 'INTERNAL_ERROR', message: text }))],
      },
      want: 'api-error',
    },
  ],
  [
    'a success whose request id echoes the header',
    {
      given: {
        operation: 'getVerificationStatus',
        steps: [echo(200, () => ({ status: 'APPROVED', scanRef: 's', clientId: 'c' }))],
      },
      want: 'success',
    },
  ],
  [
    'a success',
    {
      given: {
        operation: 'getVerificationStatus',
        steps: [json(200, { status: 'APPROVED', scanRef: 's', clientId: 'c' })],
      },
      want: 'success',
    },
  ],
];

function expectNoSecret(where: string, text: string): void {
  for (const secret of forbidden) expect(text.includes(secret), `${where} contains the secret`).toBe(false);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(brands)('$id never shows the API secret or the Authorization header', (brand) => {
  it.each(cases)('in %s', async (_name, { given, want }) => {
    const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    const lines: string[] = [];
    const fetch = stubFetch(...given.steps);
    const client: AnyClient = testClient(
      brand,
      { apiSecret: CANARY, fetch, timeoutMs: given.timeoutMs, log: (line) => lines.push(line) },
      fakeClock(),
    );
    const result = await callOperation(client, given.operation, given.options?.());
    expect(result.kind).toBe(want);
    expect(fetch.requests[0]?.headers.get('authorization')).toBe(`Basic ${TOKEN}`);

    expectNoSecret('the result as JSON', JSON.stringify(result));
    expectNoSecret('the inspected result', inspect(result, { showHidden: true, depth: null }));
    expectNoSecret('the inspected client', inspect(client, { showHidden: true, depth: null }));
    expectNoSecret('a log line', lines.join('\n'));
    if (!result.ok) {
      const error = await unwrap(result).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(RequestError);
      const requestError = error as RequestError;
      expectNoSecret('the error message', requestError.message);
      expectNoSecret('the stack', requestError.stack ?? '');
      expectNoSecret('the error as JSON', JSON.stringify(requestError));
      expectNoSecret('the error as text', String(requestError));
      expectNoSecret('the inspected error', inspect(requestError, { showHidden: true, depth: null }));
    }
    for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
  });
});
