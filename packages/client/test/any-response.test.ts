import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TEXT_LIMIT } from '../src/generated/limits.ts';
import type { Result } from '../src/result.ts';
import { RequestError } from '../src/result.ts';
import { brands, callOperation, operationIds, TEST_KEY, TEST_SECRET, testClient } from './support/brands.ts';
import { fakeClock } from './support/clock.ts';
import { type StubReply, stubFetch } from './support/stub-fetch.ts';

/** The fields of each outcome: a result has exactly the fields of its kind, no more, no fewer. */
const FIELDS: Record<Result<unknown>['kind'], string[]> = {
  success: ['ok', 'kind', 'operation', 'status', 'requestId', 'data'],
  'api-error': [
    'ok',
    'kind',
    'operation',
    'status',
    'identifier',
    'message',
    'explanation',
    'retryable',
    'docsUrl',
    'requestId',
    'body',
  ],
  'unknown-api-error': ['ok', 'kind', 'operation', 'status', 'identifier', 'message', 'requestId', 'body'],
  'unexpected-response': ['ok', 'kind', 'operation', 'status', 'reason', 'contentType', 'requestId', 'body'],
  'transport-error': ['ok', 'kind', 'operation', 'reason', 'message', 'code'],
};

const encoder = new TextEncoder();
const TOKEN = btoa(`${TEST_KEY}:${TEST_SECRET}`);
/** What an echoing server may repeat; none of it may appear in a result or an error. */
const CANARIES = [TEST_SECRET, TOKEN];

/** Text of the given kind, sometimes with the API secret or the Authorization value inside it. */
const withCanary = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: text },
    fc
      .tuple(text, fc.constantFrom(TEST_SECRET, TOKEN, `Basic ${TOKEN}`), text)
      .map(([before, canary, after]) => `${before}${canary}${after}`),
  );
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
const headerValue = withCanary(printable).map((value) => value.trim());
const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,12}$/);
const anyText = withCanary(fc.string({ maxLength: 40 }));
/** JSON values whose strings and keys, at any depth, may carry the canary. */
const { json: anyJson } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    anyText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(anyText, tie('json'), { maxKeys: 3 }),
  ),
}));
const anyIdentifier = fc.oneof(
  fc.constantFrom(
    'INTERNAL_ERROR',
    'BAD_VALUE',
    'PERMISSIONS_ERROR',
    'TOKEN_NOT_VALID',
    'PARTNER_ERROR',
    'TOO_MANY_REQUESTS',
  ),
  anyText,
  anyJson,
);
const jsonBody = fc.oneof(
  fc.record({ identifier: anyIdentifier, message: fc.oneof(anyText, anyJson), detail: anyJson }, { requiredKeys: [] }),
  fc.record({ status: fc.constantFrom('APPROVED', 'DENIED'), scanRef: anyText, clientId: anyText, extra: anyJson }),
  anyJson,
);
/** JSON text as servers write it: plain, or with `/` escaped as `\/` (PHP's default), which hides a literal match. */
const jsonText = fc.tuple(jsonBody, fc.boolean()).map(([value, escapeSlashes]) => {
  const text = JSON.stringify(value) ?? 'null';
  return escapeSlashes ? text.replaceAll('/', '\\/') : text;
});
const body = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  withCanary(fc.string({ unit: 'grapheme', maxLength: 200 })).map((text) => encoder.encode(text)),
  jsonText.map((text) => encoder.encode(text)),
  fc.constant(new Uint8Array()),
);
const reply = fc.record({
  status: fc.oneof(fc.integer({ min: 200, max: 599 }), fc.constantFrom(200, 201, 204, 400, 401, 403, 429, 500, 502)),
  statusText: headerValue,
  contentType: fc.option(
    fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/html',
        'text/plain',
        'application/octet-stream',
        '',
      ),
      headerValue.map((value) => `application/json; echo=${value}`),
    ),
  ),
  contentLength: fc.option(fc.oneof(fc.nat(400).map(String), fc.constant('0'), headerValue)),
  requestId: fc.option(headerValue),
  retryAfter: fc.option(
    fc.oneof(
      fc.nat(120).map(String),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
      headerValue,
    ),
  ),
  extra: fc.dictionary(headerName, headerValue, { maxKeys: 3 }),
  body,
});

function toReply(generated: typeof reply extends fc.Arbitrary<infer T> ? T : never): StubReply {
  const headers: Record<string, string> = { ...generated.extra };
  if (generated.contentType !== null) headers['content-type'] = generated.contentType;
  if (generated.contentLength !== null) headers['content-length'] = generated.contentLength;
  if (generated.requestId !== null) headers['x-request-id'] = generated.requestId;
  if (generated.retryAfter !== null) headers['retry-after'] = generated.retryAfter;
  return { status: generated.status, statusText: generated.statusText, body: generated.body, headers };
}

/** One client per brand, whose fetch is the current run's stub. */
let current = stubFetch({ status: 200 });
const clients = new Map(
  brands.map((brand) => [
    brand.id,
    testClient(
      brand,
      { fetch: (request, init) => current(request, init), timeoutMs: 5_000 },
      fakeClock({ random: 0.3 }),
    ),
  ]),
);
function clientOf(brandId: string) {
  const client = clients.get(brandId);
  if (!client) throw new Error(`No client for ${brandId}.`);
  return client;
}

function brandOf(brandId: string) {
  const brand = brands.find((candidate) => candidate.id === brandId);
  if (!brand) throw new Error(`No brand ${brandId}.`);
  return brand;
}

it('turns any status, headers, content type and body into exactly one typed outcome, without throwing or hanging', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...brands.map((brand) => brand.id)),
      fc.constantFrom(...operationIds),
      fc.integer({ min: 0, max: 2 }),
      reply,
      async (brandId, operation, maxRetries, generated) => {
        const brand = brandOf(brandId);
        const fetch = stubFetch(toReply(generated));
        current = fetch;
        const result = await callOperation(clientOf(brandId), operation, { maxRetries });

        expect(Object.keys(result).sort()).toEqual([...FIELDS[result.kind]].sort());
        const shown = [JSON.stringify(result)];
        if (!result.ok) shown.push(new RequestError(result).message);
        for (const text of shown) for (const canary of CANARIES) expect(text).not.toContain(canary);
        expect(result.ok).toBe(result.kind === 'success');
        expect(result.operation).toBe(operation);
        const calls = fetch.requests.length;
        expect(calls).toBeGreaterThanOrEqual(1);
        expect(calls).toBeLessThanOrEqual(brand.definition.operations[operation]?.[1] === 'read' ? maxRetries + 1 : 1);
        switch (result.kind) {
          case 'success':
            expect(result.status).toBeGreaterThanOrEqual(200);
            expect(result.status).toBeLessThan(300);
            break;
          case 'api-error':
            expect(Object.hasOwn(brand.definition.catalog, result.identifier)).toBe(true);
            expect(result.docsUrl).toBe(brand.docsUrl(result.identifier));
            expect(result.status).toBeGreaterThanOrEqual(300);
            expect(result.body.length).toBeLessThanOrEqual(TEXT_LIMIT);
            expect(result.message.length).toBeLessThanOrEqual(TEXT_LIMIT);
            break;
          case 'unknown-api-error':
            expect(typeof result.identifier).toBe('string');
            expect(Object.hasOwn(brand.definition.catalog, result.identifier)).toBe(false);
            expect(result.body.length).toBeLessThanOrEqual(TEXT_LIMIT);
            expect(result.message.length).toBeLessThanOrEqual(TEXT_LIMIT);
            expect(result.identifier.length).toBeLessThanOrEqual(TEXT_LIMIT);
            break;
          case 'unexpected-response':
            expect(['empty-body', 'not-json', 'wrong-shape', 'too-large']).toContain(result.reason);
            expect(result.body.length).toBeLessThanOrEqual(TEXT_LIMIT);
            break;
          case 'transport-error':
            throw new Error(`a response was misread as a transport error: ${result.message}`);
        }
      },
    ),
    { numRuns: 10_000, timeout: 2_000 },
  );
}, 300_000); // 10,000 runs: about 10 s alone, several times that when every package tests at once
