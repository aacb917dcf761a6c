import { describe, expect, it } from 'vitest';
import { brands, callOperation, testClient } from './support/brands.ts';
import { fakeClock } from './support/clock.ts';
import { hangingFetch, json, stubFetch } from './support/stub-fetch.ts';

const [brand] = brands;
if (!brand) throw new Error('No brand to test.');

function connectionRefused(): TypeError {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
  return new TypeError('fetch failed', { cause });
}

describe('transport errors', () => {
  it('reports a network error with its system error code', async () => {
    const fetch = stubFetch(connectionRefused());
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), 'createToken');
    expect(result).toEqual({
      ok: false,
      kind: 'transport-error',
      operation: 'createToken',
      reason: 'network',
      message: 'TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:9)',
      code: 'ECONNREFUSED',
    });
  });

  it('reports a timeout when no response arrives in timeoutMs', async () => {
    const result = await callOperation(testClient(brand, { fetch: hangingFetch(), timeoutMs: 20 }), 'createToken');
    expect(result).toMatchObject({
      kind: 'transport-error',
      reason: 'timeout',
      message: expect.stringMatching(/20 ms/),
    });
  });

  it('times out while the body is still arriving', async () => {
    const fetch = stubFetch(
      async (_request, init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"status":'));
              init.signal.addEventListener('abort', () => controller.error(init.signal.reason));
            },
          }),
          { status: 200 },
        ),
    );
    const result = await callOperation(testClient(brand, { fetch, timeoutMs: 20 }), 'createToken');
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'timeout' });
  });

  it("reports an abort when the caller's signal aborts during the request", async () => {
    const controller = new AbortController();
    const pending = callOperation(testClient(brand, { fetch: hangingFetch() }), 'getVerificationStatus', {
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'transport-error', reason: 'abort' });
  });

  it('does not send anything when the signal has already aborted', async () => {
    const fetch = stubFetch(json(200, {}));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken', { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'abort' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('stops retrying when the signal aborts during the wait before a retry', async () => {
    const controller = new AbortController();
    const runtime = fakeClock();
    runtime.sleep = async () => controller.abort();
    const fetch = stubFetch(json(500, { identifier: 'INTERNAL_ERROR', message: 'Boom.' }));
    const result = await callOperation(testClient(brand, { fetch }, runtime), 'getVerificationStatus', {
      signal: controller.signal,
    });
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'abort' });
    expect(fetch.requests).toHaveLength(1);
  });

  it('describes a thrown value that is not an Error', async () => {
    const fetch = stubFetch(() => Promise.reject('socket hang up'));
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), 'createToken');
    expect(result).toMatchObject({
      kind: 'transport-error',
      reason: 'network',
      message: 'socket hang up',
      code: undefined,
    });
  });
});
