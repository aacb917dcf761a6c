import { describe, expect, it } from 'vitest';
import { createMarkIdClient, handleFailure, type MarkIdFailure } from '../src/generated/markid/index.ts';
import { brandById, TEST_KEY, TEST_SECRET, validBody } from './support/brands.ts';
import { json, type StubReply, stubFetch } from './support/stub-fetch.ts';

const handlers = {
  INTERNAL_ERROR: () => 'try again later',
  BAD_VALUE: (failure: { message: string }) => `fix the input: ${failure.message}`,
  MISSING_VALUE: () => 'fix the input',
  UNAUTHORIZED: () => 'check the API key',
  ENCODING_ERROR: () => 'send UTF-8',
  JSON_ERROR: () => 'send JSON',
  TOKEN_NOT_VALID: () => 'create a new token',
  PARTNER_CONTRACT_ERROR: () => 'ask for the contract option',
  METHOD_NOT_ALLOWED: () => 'use POST',
  PERMISSIONS_ERROR: () => 'buy more tokens',
  unknownApiError: (failure: { identifier: string }) => `unknown: ${failure.identifier}`,
  unexpectedResponse: (failure: { status: number }) => `unexpected HTTP ${failure.status}`,
  transportError: (failure: { reason: string }) => `no response: ${failure.reason}`,
};

const cases: Array<[string, { given: StubReply | Error; want: string }]> = [
  [
    'a known identifier goes to its handler',
    { given: json(400, { identifier: 'BAD_VALUE', message: 'Bad country.' }), want: 'fix the input: Bad country.' },
  ],
  [
    "Mark ID's own identifier goes to its handler",
    {
      given: json(400, { identifier: 'PERMISSIONS_ERROR', message: 'Partner reached token limit.' }),
      want: 'buy more tokens',
    },
  ],
  [
    'an unknown identifier goes to the fallback',
    { given: json(400, { identifier: 'VALIDATION_ERROR', message: 'Malformed.' }), want: 'unknown: VALIDATION_ERROR' },
  ],
  ['an unexpected response goes to its handler', { given: { status: 403 }, want: 'unexpected HTTP 403' }],
  ['a transport error goes to its handler', { given: new TypeError('fetch failed'), want: 'no response: network' }],
];

describe('handleFailure', () => {
  it.each(cases)('%s', async (_name, { given, want }) => {
    const client = createMarkIdClient({ apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch: stubFetch(given) });
    const result = await client.createToken(validBody(brandById('markid'), 'createToken'));
    if (result.ok) throw new Error('expected a failure');
    expect(handleFailure(result, handlers)).toBe(want);
  });

  it('sends a known identifier without a handler, possible only in untyped code, to the fallback', () => {
    const failure = { ok: false, kind: 'api-error', identifier: 'BAD_VALUE' } as unknown as MarkIdFailure;
    const { BAD_VALUE: _left, ...incomplete } = handlers;
    expect(handleFailure(failure, incomplete as never)).toBe('unknown: BAD_VALUE');
  });
});
