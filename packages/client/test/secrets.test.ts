import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallOptions } from '../src/options.ts';
import { RequestError, unwrap } from '../src/request-error.ts';
import type { Result } from '../src/result.ts';
import { type AnyClient, brands, callOperation, clientFor, type OperationId } from './support/brands.ts';
import { fakeRuntime } from './support/runtime.ts';
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

const cases: Array<[string, Case]> = [
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
    const client: AnyClient = clientFor(
      brand,
      { apiSecret: CANARY, fetch, timeoutMs: given.timeoutMs, log: (line) => lines.push(line) },
      fakeRuntime(),
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
