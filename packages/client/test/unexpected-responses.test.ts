import { describe, expect, it } from 'vitest';
import { brands, callOperation, type OperationId, testClient } from './support/brands.ts';
import { json, type StubReply, stubFetch } from './support/stub-fetch.ts';

interface Case {
  given: { operation: OperationId; reply: StubReply };
  want: Record<string, unknown>;
}

const html502 = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

const unexpected: Array<[string, Case]> = [
  [
    'an HTML 502 page from a proxy',
    {
      given: {
        operation: 'createToken',
        reply: { status: 502, body: html502, headers: { 'content-type': 'text/html' } },
      },
      want: { kind: 'unexpected-response', status: 502, reason: 'not-json', contentType: 'text/html', body: html502 },
    },
  ],
  [
    'a 400 with an empty body',
    {
      given: { operation: 'createToken', reply: { status: 400, body: '' } },
      want: { kind: 'unexpected-response', status: 400, reason: 'empty-body', body: '' },
    },
  ],
  [
    'a bare 401 without a body',
    {
      given: { operation: 'deleteVerificationData', reply: { status: 401 } },
      want: { kind: 'unexpected-response', status: 401, reason: 'empty-body' },
    },
  ],
  [
    'a bare 402 with a plain text body',
    {
      given: { operation: 'createToken', reply: { status: 402, body: 'Payment Required' } },
      want: { kind: 'unexpected-response', status: 402, reason: 'not-json', body: 'Payment Required' },
    },
  ],
  [
    'a bare 403 with JSON that has no identifier',
    {
      given: { operation: 'processVerification', reply: json(403, { detail: 'Forbidden' }) },
      want: { kind: 'unexpected-response', status: 403, reason: 'wrong-shape', body: '{"detail":"Forbidden"}' },
    },
  ],
  [
    'an error body whose identifier is not a string',
    {
      given: { operation: 'createToken', reply: json(400, { identifier: 42, message: 'Bad.' }) },
      want: { kind: 'unexpected-response', status: 400, reason: 'wrong-shape' },
    },
  ],
  [
    'an error body without a message',
    {
      given: { operation: 'createToken', reply: json(400, { identifier: 'BAD_VALUE' }) },
      want: { kind: 'unexpected-response', status: 400, reason: 'wrong-shape' },
    },
  ],
  [
    'an error body that is a JSON array',
    {
      given: { operation: 'createToken', reply: json(400, [{ identifier: 'BAD_VALUE', message: 'Bad.' }]) },
      want: { kind: 'unexpected-response', status: 400, reason: 'wrong-shape' },
    },
  ],
  [
    'an error body that is JSON null',
    {
      given: { operation: 'createToken', reply: json(400, null) },
      want: { kind: 'unexpected-response', status: 400, reason: 'wrong-shape', body: 'null' },
    },
  ],
  [
    'a truncated JSON error body',
    {
      given: { operation: 'createToken', reply: { status: 400, body: '{"identifier":"BAD_VA' } },
      want: { kind: 'unexpected-response', status: 400, reason: 'not-json', body: '{"identifier":"BAD_VA' },
    },
  ],
  [
    'a success that is an HTML page',
    {
      given: {
        operation: 'getVerificationStatus',
        reply: { status: 200, body: html502, headers: { 'content-type': 'text/html' } },
      },
      want: { kind: 'unexpected-response', status: 200, reason: 'not-json', contentType: 'text/html' },
    },
  ],
  [
    'a token creation answered with an empty 201',
    {
      given: { operation: 'createToken', reply: { status: 201, body: '' } },
      want: { kind: 'unexpected-response', status: 201, reason: 'empty-body' },
    },
  ],
  [
    'a status answered with 204 No Content',
    {
      given: { operation: 'getVerificationStatus', reply: { status: 204 } },
      want: { kind: 'unexpected-response', status: 204, reason: 'empty-body' },
    },
  ],
  [
    'a success whose JSON is an array',
    {
      given: { operation: 'getVerificationData', reply: json(200, ['APPROVED']) },
      want: { kind: 'unexpected-response', status: 200, reason: 'wrong-shape', body: '["APPROVED"]' },
    },
  ],
];

const unknownIdentifiers: Array<[string, Case]> = [
  [
    'PARTNER_ERROR with the extra fields of the documented delete failure',
    {
      given: {
        operation: 'deleteVerificationData',
        reply: json(400, {
          message: 'Token has not expired yet.',
          identifier: 'PARTNER_ERROR',
          documentation: 'https://documentation.example',
          severity: 'NOT_SEVERE',
        }),
      },
      want: {
        kind: 'unknown-api-error',
        status: 400,
        identifier: 'PARTNER_ERROR',
        message: 'Token has not expired yet.',
      },
    },
  ],
  [
    'TOO_MANY_REQUESTS with status 429',
    {
      given: {
        operation: 'createToken',
        reply: json(429, { identifier: 'TOO_MANY_REQUESTS', message: 'Limit of 10000 requests per hour reached.' }),
      },
      want: { kind: 'unknown-api-error', status: 429, identifier: 'TOO_MANY_REQUESTS' },
    },
  ],
  [
    'VALIDATION_ERROR',
    {
      given: { operation: 'createToken', reply: json(400, { identifier: 'VALIDATION_ERROR', message: 'Malformed.' }) },
      want: { kind: 'unknown-api-error', status: 400, identifier: 'VALIDATION_ERROR', message: 'Malformed.' },
    },
  ],
  [
    'an identifier in lower case, which is not the known one',
    {
      given: { operation: 'createToken', reply: json(400, { identifier: 'bad_value', message: 'Bad.' }) },
      want: { kind: 'unknown-api-error', identifier: 'bad_value' },
    },
  ],
];

describe.each(brands)('$id responses outside the contract', (brand) => {
  it.each(unexpected)('%s is an unexpected response', async (_name, { given, want }) => {
    const fetch = stubFetch(given.reply);
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), given.operation);
    expect(result).toMatchObject({ ok: false, operation: given.operation, ...want });
  });

  it.each(unknownIdentifiers)('%s is an unknown API error, kept verbatim', async (_name, { given, want }) => {
    const fetch = stubFetch(given.reply);
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), given.operation);
    expect(result).toMatchObject({ ok: false, operation: given.operation, ...want });
    expect(result).not.toHaveProperty('docsUrl');
  });
});

describe('the read limit', () => {
  const brand = brands[0] as (typeof brands)[number];
  it.each([
    ['a body of exactly maxBodyBytes is classified', 46, { kind: 'api-error', identifier: 'BAD_VALUE' }],
    [
      'a body one byte longer is too-large, with the text of its first maxBodyBytes bytes',
      45,
      { kind: 'unexpected-response', reason: 'too-large', body: '{"identifier":"BAD_VALUE","message":"Bad.   "' },
    ],
  ])('%s', async (_name, maxBodyBytes, want) => {
    const fetch = stubFetch({ status: 400, body: '{"identifier":"BAD_VALUE","message":"Bad.   "}' });
    const result = await callOperation(testClient(brand, { fetch, maxBodyBytes }), 'createToken');
    expect(result).toMatchObject(want);
  });

  it('reads no further than the limit of a body that never ends, and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch = stubFetch(async () => new Response(endless, { status: 502 }));
    const result = await callOperation(testClient(brand, { fetch, maxBodyBytes: 10_000 }), 'createToken');
    expect(result).toMatchObject({ kind: 'unexpected-response', reason: 'too-large' });
    expect(pulled).toBeLessThanOrEqual(12);
    expect(cancelled).toBe(true);
  });
});

describe('a body that arrives in chunks', () => {
  const brand = brands[0] as (typeof brands)[number];
  // A byte order mark, then a two-byte and a three-byte character, so that chunks can end inside each of them.
  const bytes = new TextEncoder().encode('\uFEFF{"identifier":"BAD_VALUE","message":"Café ☕"}');
  /** A reply whose body arrives as the bytes cut at these offsets, one chunk per read. */
  const cutAt = (offsets: number[]) =>
    stubFetch(async () => {
      const ends = [...offsets, bytes.length];
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const [index, end] of ends.entries()) controller.enqueue(bytes.slice(ends[index - 1] ?? 0, end));
          controller.close();
        },
      });
      return new Response(body, { status: 400, headers: { 'content-type': 'application/json' } });
    });
  const insideCharacters = [1, bytes.indexOf(0xc3) + 1, bytes.indexOf(0xe2) + 2];

  it.each([
    ['one chunk', []],
    ['chunks that end inside the byte order mark and inside characters', insideCharacters],
    ['one byte at a time', Array.from(bytes.keys()).slice(1)],
  ])('reads the same text from %s', async (_name, offsets) => {
    const result = await callOperation(testClient(brand, { fetch: cutAt(offsets) }), 'createToken');
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'BAD_VALUE', message: 'Café ☕' });
  });

  it.each([
    ['inside one chunk', [], 30],
    ['inside a character of a later chunk', insideCharacters, bytes.indexOf(0xe2) + 1],
  ])(
    'cuts a body past the read limit %s, as TextDecoder decodes its first bytes',
    async (_name, offsets, maxBodyBytes) => {
      const result = await callOperation(testClient(brand, { fetch: cutAt(offsets), maxBodyBytes }), 'createToken');
      expect(result).toMatchObject({
        kind: 'unexpected-response',
        reason: 'too-large',
        body: new TextDecoder().decode(bytes.subarray(0, maxBodyBytes)),
      });
    },
  );
});

it('reports PERMISSIONS_ERROR as an unknown identifier from iDenfy and as a standard error from Mark ID', async () => {
  const reply = json(400, { identifier: 'PERMISSIONS_ERROR', message: 'Partner reached token limit.' });
  const [idenfy, markid] = await Promise.all(
    brands.map((brand) => callOperation(testClient(brand, { fetch: stubFetch(reply) }), 'createToken')),
  );
  expect(idenfy).toMatchObject({ kind: 'unknown-api-error', identifier: 'PERMISSIONS_ERROR' });
  expect(markid).toMatchObject({ kind: 'api-error', identifier: 'PERMISSIONS_ERROR' });
});
