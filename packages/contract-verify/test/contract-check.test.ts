import { operationById } from '@error-contract/spec/bundle';
import { loadBundle } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { createContractCheck, expectationProblems } from '../src/contract-check.ts';
import type { Reply } from '../src/exchange.ts';

const json = { 'content-type': 'application/json', 'x-request-id': 'req-1' };
const error = (identifier: string) => JSON.stringify({ identifier, message: 'Something.' });

const cases: Array<[name: string, { brand: string; operationId: string; given: Reply; want: string[] }]> = [
  [
    'a standard error as the contract says',
    {
      brand: 'idenfy',
      operationId: 'createToken',
      given: { status: 400, headers: json, body: error('BAD_VALUE') },
      want: [],
    },
  ],
  [
    'a standard error with the members the real API adds',
    {
      brand: 'markid',
      operationId: 'deleteVerificationData',
      given: {
        status: 400,
        headers: json,
        body: JSON.stringify({
          message: 'Token has not expired yet.',
          identifier: 'BAD_VALUE',
          documentation: 'https://documentation.example/errors#BAD_VALUE',
          severity: 'NOT_SEVERE',
        }),
      },
      want: [],
    },
  ],
  [
    'an identifier of another brand',
    {
      brand: 'idenfy',
      operationId: 'createToken',
      given: { status: 400, headers: json, body: error('PERMISSIONS_ERROR') },
      want: [
        "identifier PERMISSIONS_ERROR is not in the brand's enum",
        'body /identifier must be equal to one of the allowed values',
      ],
    },
  ],
  [
    'a status the operation does not declare',
    {
      brand: 'markid',
      operationId: 'getVerificationStatus',
      given: { status: 500, headers: json, body: error('INTERNAL_ERROR') },
      want: ['status 500 is not a response getVerificationStatus declares (200, 400)'],
    },
  ],
  [
    'an error without its request id',
    {
      brand: 'markid',
      operationId: 'createToken',
      given: { status: 400, headers: { 'content-type': 'application/json' }, body: error('BAD_VALUE') },
      want: ['header X-Request-Id missing'],
    },
  ],
  [
    'a request id longer than the spec allows',
    {
      brand: 'markid',
      operationId: 'createToken',
      given: { status: 400, headers: { ...json, 'x-request-id': 'x'.repeat(129) }, body: error('BAD_VALUE') },
      want: ['header X-Request-Id must NOT have more than 128 characters'],
    },
  ],
  [
    'an HTML error page',
    {
      brand: 'markid',
      operationId: 'createToken',
      given: { status: 400, headers: { 'content-type': 'text/html', 'x-request-id': 'r' }, body: '<h1>Bad</h1>' },
      want: ['content type "text/html", expected application/json'],
    },
  ],
  [
    'an error body without a message',
    {
      brand: 'markid',
      operationId: 'processVerification',
      given: { status: 400, headers: json, body: '{"identifier":"TOKEN_NOT_VALID"}' },
      want: ["body / must have required property 'message'"],
    },
  ],
];

describe('the contract check of a reply', () => {
  it.each(cases)('on %s', (_name, { brand, operationId, given, want }) => {
    const bundle = loadBundle(brand);
    expect(createContractCheck(bundle)(operationById(bundle, operationId), given)).toEqual(want);
  });
});

describe("the check of a cell's own reply", () => {
  const expected = { status: 400, identifier: 'BAD_VALUE' };
  it.each([
    ['the expected status and identifier', { given: { status: 400, body: error('BAD_VALUE') }, want: [] }],
    [
      'another identifier',
      {
        given: { status: 400, body: error('MISSING_VALUE') },
        want: ['identifier "MISSING_VALUE", expected BAD_VALUE'],
      },
    ],
    [
      'another status and a body that is not JSON',
      {
        given: { status: 503, body: '<h1>Service unavailable</h1>' },
        want: ['status 503, expected 400', 'identifier null, expected BAD_VALUE'],
      },
    ],
  ])('on %s', (_name, { given, want }) => {
    expect(expectationProblems(expected, { ...given, headers: json })).toEqual(want);
  });
});
