import { connect } from 'node:net';
import type { Result } from '@error-contract/client/idenfy';
import { catalogOf } from '@error-contract/spec/catalog';
import { roles } from '@error-contract/spec/local-sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test, vi } from 'vitest';
import { BrandState } from '../src/brand-state.ts';
import { type ClientSettings, checkedClientFor } from './support/client.ts';
import { contractOf } from './support/contract.ts';
import { imageLimit, jsonHeaders, processRequest, requestExample, requestExampleBody } from './support/fixtures.ts';
import type { RawRequest } from './support/raw-request.ts';
import { useSandbox } from './support/sandbox.ts';

interface Want {
  identifier: string;
  message?: string | RegExp;
  headers?: Record<string, string>;
}

const sandbox = useSandbox();

function expectError(identifier: string, message: string, want: Want): void {
  expect(identifier).toBe(want.identifier);
  if (typeof want.message === 'string') expect(message).toBe(want.message);
  if (want.message instanceof RegExp) expect(message).toMatch(want.message);
}

describe.each(publishedBrands())('the %s sandbox', (brand) => {
  const bundle = loadBundle(brand);
  const catalog = new Set(catalogOf(bundle).map(({ identifier }) => identifier));
  const seen = new Set<string>();
  const quotaIdentifier = catalog.has('PERMISSIONS_ERROR') ? 'PERMISSIONS_ERROR' : 'PARTNER_CONTRACT_ERROR';
  const internalMessage = catalogOf(bundle).find(({ identifier }) => identifier === 'INTERNAL_ERROR')?.example.message;
  const client = (as: ClientSettings['as'] = 'partner') => checkedClientFor(sandbox, brand, { as });

  async function newToken(): Promise<string> {
    const created = await client().createToken(requestExample(brand, 'createToken'));
    if (!created.ok) throw new Error(`createToken failed: ${created.kind}`);
    return created.data.authToken;
  }

  // Requests a client library would never send: raw HTTP.
  const malformed: Array<[string, { given: RawRequest; want: Want }]> = [
    [
      'answers malformed JSON with JSON_ERROR',
      {
        given: { path: '/api/v2/token', headers: jsonHeaders(), body: '{"clientId": ' },
        want: { identifier: 'JSON_ERROR', message: /^Request body is not valid JSON: / },
      },
    ],
    [
      'answers an empty body with JSON_ERROR',
      { given: { path: '/api/v2/status', headers: jsonHeaders() }, want: { identifier: 'JSON_ERROR' } },
    ],
    [
      'answers a body that is not UTF-8 with ENCODING_ERROR',
      {
        given: {
          path: '/api/v2/token',
          headers: jsonHeaders(),
          body: Buffer.from('{"clientId": "\xff\xfe"}', 'latin1'),
        },
        want: { identifier: 'ENCODING_ERROR', message: 'Request body is not valid UTF-8.' },
      },
    ],
    [
      'answers a missing required field with MISSING_VALUE naming it',
      {
        given: { path: '/api/v2/token', headers: jsonHeaders(), body: '{}' },
        want: { identifier: 'MISSING_VALUE', message: "Field 'clientId' is required." },
      },
    ],
    [
      'answers a value breaking its constraint with BAD_VALUE naming the field',
      {
        given: { path: '/api/v2/token', headers: jsonHeaders(), body: '{"clientId": "user-1", "country": "XX"}' },
        want: { identifier: 'BAD_VALUE', message: /^Field 'country' must be / },
      },
    ],
    [
      'answers a utility bill asked for together with additional steps with BAD_VALUE naming both',
      {
        given: {
          path: '/api/v2/token',
          headers: jsonHeaders(),
          body: '{"clientId": "user-1", "utilityBill": true, "additionalSteps": {"ALL": {}}}',
        },
        want: {
          identifier: 'BAD_VALUE',
          message: 'Request body must NOT be valid (`utilityBill: true` together with `additionalSteps`).',
        },
      },
    ],
    [
      'answers additional data without additional steps with MISSING_VALUE naming the steps',
      {
        given: {
          path: '/api/v2/token',
          headers: jsonHeaders(),
          body: '{"clientId": "user-1", "additionalData": {"UTILITY_BILL": {"ssn": "1"}}}',
        },
        want: { identifier: 'MISSING_VALUE', message: "Field 'additionalSteps' is required." },
      },
    ],
    [
      'answers an unknown path with BAD_VALUE',
      {
        given: { path: '/api/v2/nothing', headers: jsonHeaders(), body: '{}' },
        want: { identifier: 'BAD_VALUE', message: /^No operation at this path\./ },
      },
    ],
    [
      'answers a request without credentials with UNAUTHORIZED',
      {
        given: { path: '/api/v2/status', body: requestExampleBody(brand, 'getVerificationStatus') },
        want: { identifier: 'UNAUTHORIZED', message: /^Missing API key and secret/ },
      },
    ],
    [
      'answers credentials in another scheme with UNAUTHORIZED',
      {
        given: { path: '/api/v2/status', headers: jsonHeaders('Bearer sandbox-key'), body: '{"scanRef": "x"}' },
        want: { identifier: 'UNAUTHORIZED' },
      },
    ],
    [
      'answers GET on a known path with METHOD_NOT_ALLOWED',
      {
        given: { method: 'GET', path: '/api/v2/token', headers: jsonHeaders() },
        want: { identifier: 'METHOD_NOT_ALLOWED', message: 'Method "GET" not allowed.', headers: { allow: 'POST' } },
      },
    ],
    [
      'answers PUT with a body on a known path with METHOD_NOT_ALLOWED',
      {
        given: { method: 'PUT', path: '/api/v2/status', headers: jsonHeaders(), body: '{"scanRef": "x"}' },
        want: { identifier: 'METHOD_NOT_ALLOWED', headers: { allow: 'POST' } },
      },
    ],
  ];

  test.each(malformed)('%s', async (_name, { given, want }) => {
    const reply = await sandbox.send(brand, given);
    const body = JSON.parse(reply.text) as { identifier: string; message: string };
    seen.add(body.identifier);
    expect(reply.status).toBe(400);
    expectError(body.identifier, body.message, want);
    for (const [name, value] of Object.entries(want.headers ?? {})) expect(reply.headers[name]).toBe(value);
  });

  // Requests a partner's code sends: through the generated client.
  const wellFormed: Array<[string, { given: () => Promise<Result<unknown>>; want: Want }]> = [
    [
      'answers an ID card without its back image with MISSING_VALUE naming the image',
      {
        given: async () => {
          const { images, ...request } = processRequest(brand, await newToken());
          const { BACK: _, ...front } = images;
          return client().processVerification({ ...request, documentType: 'ID_CARD', images: front });
        },
        want: { identifier: 'MISSING_VALUE', message: "Field 'images.BACK' is required." },
      },
    ],
    [
      'answers an ID card whose back image is null with MISSING_VALUE, as if it were left out',
      {
        given: async () => {
          const request = processRequest(brand, await newToken());
          return client().processVerification({
            ...request,
            documentType: 'ID_CARD',
            images: { ...request.images, BACK: null },
          });
        },
        want: { identifier: 'MISSING_VALUE', message: "Field 'images.BACK' is required." },
      },
    ],
    [
      "answers an image over the brand's size limit with BAD_VALUE",
      {
        given: async () =>
          client().processVerification(
            processRequest(brand, await newToken(), { FRONT: 'A'.repeat(imageLimit(bundle) + 1) }),
          ),
        want: { identifier: 'BAD_VALUE', message: /^Field 'images.FRONT' must NOT have more than \d+ characters\.$/ },
      },
    ],
    [
      'answers a scanRef the partner has no verification for with BAD_VALUE',
      {
        given: () => client().getVerificationStatus({ scanRef: 'no-such-scan' }),
        want: { identifier: 'BAD_VALUE', message: "No verification has scanRef 'no-such-scan'." },
      },
    ],
    [
      "answers another partner's scanRef as if it did not exist",
      {
        given: () => client('partnerWithoutOption').getVerificationData({ scanRef: 'sandbox-approved' }),
        want: { identifier: 'BAD_VALUE', message: "No verification has scanRef 'sandbox-approved'." },
      },
    ],
    [
      'answers a wrong secret with UNAUTHORIZED',
      {
        given: () => client('wrongSecret').getVerificationStatus(requestExample(brand, 'getVerificationStatus')),
        want: { identifier: 'UNAUTHORIZED', message: 'Invalid API key or secret.' },
      },
    ],
    [
      'answers an unknown API key with UNAUTHORIZED',
      {
        given: () =>
          client({ apiKey: 'nobody', apiSecret: roles.partner.seeded.apiSecret }).getVerificationStatus(
            requestExample(brand, 'getVerificationStatus'),
          ),
        want: { identifier: 'UNAUTHORIZED', message: 'Invalid API key or secret.' },
      },
    ],
    [
      'answers an unknown authToken with TOKEN_NOT_VALID',
      {
        given: () => client().processVerification(processRequest(brand, 'no-such-token')),
        want: { identifier: 'TOKEN_NOT_VALID', message: 'Token is not valid.' },
      },
    ],
    [
      'answers an expired authToken with TOKEN_NOT_VALID',
      {
        given: () => client().processVerification(processRequest(brand, 'sandbox-expired-token')),
        want: { identifier: 'TOKEN_NOT_VALID', message: 'Token has expired.' },
      },
    ],
    [
      'answers a used authToken with TOKEN_NOT_VALID',
      {
        given: () => client().processVerification(processRequest(brand, 'sandbox-used-token')),
        want: { identifier: 'TOKEN_NOT_VALID', message: 'Token was already used.' },
      },
    ],
    [
      'answers a second process with the same token with TOKEN_NOT_VALID',
      {
        given: async () => {
          const request = processRequest(brand, await newToken());
          expect((await client().processVerification(request)).ok).toBe(true);
          return client().processVerification(request);
        },
        want: { identifier: 'TOKEN_NOT_VALID', message: 'Token was already used.' },
      },
    ],
    [
      "answers another partner's authToken with TOKEN_NOT_VALID",
      {
        given: async () => client('partnerWithoutOption').processVerification(processRequest(brand, await newToken())),
        want: { identifier: 'TOKEN_NOT_VALID', message: 'Token is not valid.' },
      },
    ],
    [
      'answers an option outside the contract with PARTNER_CONTRACT_ERROR',
      {
        given: () => client('partnerWithoutOption').createToken({ clientId: 'user-1', generateDigitString: true }),
        want: { identifier: 'PARTNER_CONTRACT_ERROR', message: "Your contract does not allow 'generateDigitString'." },
      },
    ],
    [
      `answers a token request past the quota with ${quotaIdentifier}`,
      {
        given: async () => {
          expect((await client('partnerQuotaSpent').createToken({ clientId: 'user-1' })).ok).toBe(true);
          return client('partnerQuotaSpent').createToken({ clientId: 'user-1' });
        },
        want: { identifier: quotaIdentifier, message: 'Partner reached token limit.' },
      },
    ],
    [
      'answers the fault switch with INTERNAL_ERROR and the catalog message',
      {
        given: () =>
          checkedClientFor(sandbox, brand, { headers: { 'x-sandbox-fault': 'internal-error' } }).getVerificationStatus(
            requestExample(brand, 'getVerificationStatus'),
          ),
        want: { identifier: 'INTERNAL_ERROR', message: internalMessage },
      },
    ],
  ];

  test.each(wellFormed)('%s', async (_name, { given, want }) => {
    const result = await given();
    if (result.ok || result.kind !== 'api-error') throw new Error(`Expected an api-error, got ${result.kind}.`);
    seen.add(result.identifier);
    expect(result.status).toBe(400);
    expectError(result.identifier, result.message, want);
  });

  test('answers an unexpected exception with INTERNAL_ERROR and no detail of it', async () => {
    const spy = vi.spyOn(BrandState.prototype, 'verificationOf').mockImplementation(() => {
      throw new TypeError('secret detail at /srv/sandbox/src/brand-state.ts:42');
    });
    try {
      const reply = await sandbox.send(brand, {
        path: '/api/v2/status',
        headers: jsonHeaders(),
        body: requestExampleBody(brand, 'getVerificationStatus'),
      });
      expect(reply.text).not.toMatch(/secret|TypeError|\.ts|\bat\b/);
      expect(JSON.parse(reply.text)).toEqual({ identifier: 'INTERNAL_ERROR', message: internalMessage });
    } finally {
      spy.mockRestore();
    }
  });

  test('answers a request that is not HTTP with BAD_VALUE before closing', async () => {
    const { port } = new URL(sandbox.current.url);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk)).on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    const [head = '', body = ''] = text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    const problems = contractOf(brand).problemsOf('POST', '/not-http', {
      status: 400,
      headers: { 'content-type': 'application/json', 'x-request-id': /x-request-id: (.*)/i.exec(head)?.[1] },
      text: body,
    });
    expect(problems).toEqual([]);
    expect(JSON.parse(body).identifier).toBe('BAD_VALUE');
  });

  test("has a test above for every identifier in the brand's catalog", () => {
    expect([...seen].sort()).toEqual([...catalog].sort());
  });
});

describe('a sandbox with a 1 KiB body cap', () => {
  const small = useSandbox({ maxBodyBytes: 1024 });
  const big = JSON.stringify({ clientId: 'user-1', externalRef: 'x'.repeat(2000) });

  test.each([
    ['answers a body declared too large with BAD_VALUE', { 'content-length': String(Buffer.byteLength(big)) }],
    ['answers a chunked body that grows too large with BAD_VALUE', { 'transfer-encoding': 'chunked' }],
  ])('%s', async (_name, framing) => {
    const reply = await small.send('idenfy', {
      path: '/api/v2/token',
      headers: { ...jsonHeaders(), ...framing },
      body: big,
    });
    expect(JSON.parse(reply.text)).toEqual({
      identifier: 'BAD_VALUE',
      message: 'Request body is larger than 1024 bytes.',
    });
    expect(reply.headers.connection).toBe('close');
  });

  test('still answers after refusing large bodies', async () => {
    const reply = await small.send('idenfy', {
      path: '/api/v2/status',
      headers: jsonHeaders(),
      body: requestExampleBody('idenfy', 'getVerificationStatus'),
    });
    expect(reply.status).toBe(200);
  });
});
