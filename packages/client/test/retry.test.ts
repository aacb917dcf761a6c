import { describe, expect, it } from 'vitest';
import type { Effect } from '../src/brand.ts';
import type { Failure } from '../src/result.ts';
import { BASE_DELAY_MS, MAX_DELAY_MS, parseRetryAfter, retryDelay } from '../src/retry.ts';
import { brands, callOperation, operationIds, testClient } from './support/brands.ts';
import { fakeClock } from './support/clock.ts';
import { json, stubFetch } from './support/stub-fetch.ts';

const [brand] = brands;
if (!brand) throw new Error('No brand to test.');

const response = { ok: false, operation: 'op', requestId: undefined, body: '' } as const;
const failures = {
  internalError: {
    ...response,
    kind: 'api-error',
    status: 400,
    identifier: 'INTERNAL_ERROR',
    message: 'Boom.',
    explanation: '',
    retryable: true,
    docsUrl: '',
  },
  badValue: {
    ...response,
    kind: 'api-error',
    status: 400,
    identifier: 'BAD_VALUE',
    message: 'Bad.',
    explanation: '',
    retryable: false,
    docsUrl: '',
  },
  tooManyRequests: {
    ...response,
    kind: 'unknown-api-error',
    status: 429,
    identifier: 'TOO_MANY_REQUESTS',
    message: '',
  },
  partnerError: { ...response, kind: 'unknown-api-error', status: 400, identifier: 'PARTNER_ERROR', message: '' },
  html502: { ...response, kind: 'unexpected-response', status: 502, reason: 'not-json', contentType: 'text/html' },
  bare401: { ...response, kind: 'unexpected-response', status: 401, reason: 'empty-body', contentType: undefined },
  network: { ok: false, operation: 'op', kind: 'transport-error', reason: 'network', message: '', code: undefined },
  timeout: { ok: false, operation: 'op', kind: 'transport-error', reason: 'timeout', message: '', code: undefined },
  abort: { ok: false, operation: 'op', kind: 'transport-error', reason: 'abort', message: '', code: undefined },
} satisfies Record<string, Failure>;

interface PolicyCase {
  given: { effect: Effect; failure: Failure; retries?: number; retryAfter?: string; random?: number };
  want: number | undefined;
}

const now = Date.UTC(2026, 0, 1);

const policy: Array<[string, PolicyCase]> = [
  ['retries a read after INTERNAL_ERROR', { given: { effect: 'read', failure: failures.internalError }, want: 375 }],
  ['retries a read after a network error', { given: { effect: 'read', failure: failures.network }, want: 375 }],
  ['retries a read after a timeout', { given: { effect: 'read', failure: failures.timeout }, want: 375 }],
  ['retries a read after an HTML 502', { given: { effect: 'read', failure: failures.html502 }, want: 375 }],
  [
    'retries a read after TOO_MANY_REQUESTS with 429',
    { given: { effect: 'read', failure: failures.tooManyRequests }, want: 375 },
  ],
  ['does not retry BAD_VALUE', { given: { effect: 'read', failure: failures.badValue }, want: undefined }],
  [
    'does not retry an unknown identifier with 400',
    { given: { effect: 'read', failure: failures.partnerError }, want: undefined },
  ],
  ['does not retry a bare 401', { given: { effect: 'read', failure: failures.bare401 }, want: undefined }],
  ["does not retry the caller's abort", { given: { effect: 'read', failure: failures.abort }, want: undefined }],
  ['never retries token creation', { given: { effect: 'create', failure: failures.internalError }, want: undefined }],
  [
    'never retries process, which uses the token up',
    { given: { effect: 'consume', failure: failures.network }, want: undefined },
  ],
  ['never retries delete', { given: { effect: 'delete', failure: failures.html502 }, want: undefined }],
  [
    'stops after maxRetries retries',
    { given: { effect: 'read', failure: failures.network, retries: 2 }, want: undefined },
  ],
  [
    'doubles the wait with each retry',
    { given: { effect: 'read', failure: failures.network, retries: 1, random: 0 }, want: 500 },
  ],
  [
    'waits between half and all of the backoff',
    { given: { effect: 'read', failure: failures.network, retries: 1, random: 0.99 }, want: 995 },
  ],
  [
    'caps the backoff at 8 s',
    { given: { effect: 'read', failure: failures.network, retries: 9, random: 0.999 }, want: MAX_DELAY_MS - 4 },
  ],
  [
    'obeys Retry-After in seconds',
    { given: { effect: 'read', failure: failures.tooManyRequests, retryAfter: '3' }, want: 3000 },
  ],
  [
    'obeys Retry-After as an HTTP date',
    {
      given: { effect: 'read', failure: failures.html502, retryAfter: new Date(now + 5000).toUTCString() },
      want: 5000,
    },
  ],
  [
    'gives up when Retry-After asks for more than a minute',
    { given: { effect: 'read', failure: failures.tooManyRequests, retryAfter: '3600' }, want: undefined },
  ],
  [
    'ignores a Retry-After it cannot read',
    { given: { effect: 'read', failure: failures.tooManyRequests, retryAfter: 'soon' }, want: 375 },
  ],
  [
    'does not let Retry-After make a create retryable',
    { given: { effect: 'create', failure: failures.tooManyRequests, retryAfter: '1' }, want: undefined },
  ],
];

describe('the retry policy', () => {
  it.each(policy)('%s', (_name, { given, want }) => {
    const delay = retryDelay(
      given.effect,
      given.failure,
      given.retries ?? 0,
      given.retries === 9 ? 10 : 2,
      given.retryAfter,
      { random: () => given.random ?? 0.5, now: () => now },
    );
    expect(delay).toBe(want);
  });

  it('starts the backoff at half a second', () => {
    expect(BASE_DELAY_MS).toBe(500);
  });

  it('reads a Retry-After date in the past as no wait', () => {
    expect(parseRetryAfter(new Date(now - 10_000).toUTCString(), now)).toBe(0);
  });
});

describe('retries through the client', () => {
  it('retries a read after INTERNAL_ERROR and returns the success', async () => {
    const runtime = fakeClock();
    const fetch = stubFetch(
      json(400, { identifier: 'INTERNAL_ERROR', message: 'Boom.' }),
      json(200, { status: 'APPROVED', scanRef: 's', clientId: 'c' }),
    );
    const result = await callOperation(testClient(brand, { fetch }, runtime), 'getVerificationStatus');
    expect(result).toMatchObject({ kind: 'success', data: { status: 'APPROVED' } });
    expect(fetch.requests).toHaveLength(2);
    expect(runtime.sleeps).toEqual([375]);
  });

  it('gives up after maxRetries retries with growing waits and returns the last failure', async () => {
    const runtime = fakeClock();
    const fetch = stubFetch(connectionRefused());
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 3 }, runtime), 'getVerificationData');
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'network' });
    expect(fetch.requests).toHaveLength(4);
    expect(runtime.sleeps).toEqual([375, 750, 1500]);
  });

  it('waits as long as Retry-After says', async () => {
    const runtime = fakeClock();
    const fetch = stubFetch(
      json(429, { identifier: 'TOO_MANY_REQUESTS', message: 'Slow down.' }, { 'Retry-After': '7' }),
      json(200, { status: 'APPROVED', scanRef: 's', clientId: 'c' }),
    );
    await callOperation(testClient(brand, { fetch }, runtime), 'getVerificationStatus');
    expect(runtime.sleeps).toEqual([7000]);
  });

  it.each(operationIds.filter((operation) => brand.definition.operations[operation]?.[1] !== 'read'))(
    'never sends %s twice, whatever the failure',
    async (operation) => {
      const runtime = fakeClock();
      const fetch = stubFetch(json(500, { identifier: 'INTERNAL_ERROR', message: 'Boom.' }));
      const result = await callOperation(testClient(brand, { fetch, maxRetries: 10 }, runtime), operation);
      expect(result).toMatchObject({ kind: 'api-error', identifier: 'INTERNAL_ERROR' });
      expect(fetch.requests).toHaveLength(1);
      expect(runtime.sleeps).toEqual([]);
    },
  );

  it('lets one call turn retries off', async () => {
    const fetch = stubFetch(connectionRefused());
    await callOperation(testClient(brand, { fetch }), 'getVerificationStatus', { maxRetries: 0 });
    expect(fetch.requests).toHaveLength(1);
  });

  it('logs one line per retry', async () => {
    const lines: string[] = [];
    const fetch = stubFetch(json(503, { identifier: 'INTERNAL_ERROR', message: 'Boom.' }, { 'X-Request-Id': 'r-9' }));
    await callOperation(
      testClient(brand, { fetch, maxRetries: 1, log: (line) => lines.push(line) }),
      'getVerificationStatus',
    );
    expect(lines).toEqual([
      `Retry 1 of 1 in 375 ms after getVerificationStatus: INTERNAL_ERROR (HTTP 503, request id r-9): Boom. See ${brand.docsUrl('INTERNAL_ERROR')}`,
    ]);
  });
});

function connectionRefused(): TypeError {
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
}
