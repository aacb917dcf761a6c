import { publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { ignoredFieldsValue } from '../src/handle-request.ts';
import { authorizations, jsonHeaders, requestExample } from './support/fixtures.ts';
import { useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();

describe.each(publishedBrands())('the %s sandbox, given fields nobody documented', (brand) => {
  const status = requestExample(brand, 'getVerificationStatus');
  const process = requestExample(brand, 'processVerification');
  const cases: Array<
    [string, { given: { path: string; body: unknown; as?: string }; want: { status: number; ignored?: string } }]
  > = [
    [
      'accepts a token request with a field it does not list, and names the field',
      {
        given: { path: '/api/v2/token', body: { clientId: 'user-1', nickname: 'J' } },
        want: { status: 201, ignored: 'nickname' },
      },
    ],
    [
      'accepts a read with a field it does not list',
      {
        given: { path: '/api/v2/status', body: { ...status, clientId: 'user-1' } },
        want: { status: 200, ignored: 'clientId' },
      },
    ],
    [
      'names a field nested where the schema lists the members, in the order sent',
      {
        given: { path: '/api/v2/process', body: { ...process, images: { ...process.images, SELFIE: 'c' }, note: 1 } },
        want: { status: 200, ignored: 'images.SELFIE, note' },
      },
    ],
    [
      'names a field inside an additional step, but not its languages, which are keys of a map',
      {
        given: {
          path: '/api/v2/token',
          body: {
            clientId: 'user-1',
            additionalSteps: { ALL: { ALL: { SELFIE: { texts: { lt: { name: 'Asmenukė' } }, colour: 'red' } } } },
          },
        },
        want: { status: 201, ignored: 'additionalSteps.ALL.ALL.SELFIE.colour' },
      },
    ],
    [
      'says nothing when every field is listed, null ones included',
      {
        given: { path: '/api/v2/token', body: { clientId: 'user-1', country: null, additionalSteps: null } },
        want: { status: 201 },
      },
    ],
    [
      "still names the fields when the operation's own rules refuse the request",
      {
        given: {
          path: '/api/v2/token',
          body: { clientId: 'user-1', generateDigitString: true, nickname: 'J' },
          as: authorizations.basic,
        },
        want: { status: 400, ignored: 'nickname' },
      },
    ],
  ];

  test.each(cases)('%s', async (_name, { given, want }) => {
    const reply = await sandbox.send(brand, {
      path: given.path,
      headers: jsonHeaders(given.as),
      body: JSON.stringify(given.body),
    });
    expect(reply.status).toBe(want.status);
    expect(reply.headers['x-sandbox-ignored-fields']).toBe(want.ignored);
  });
});

test.each([
  ['lists field names as they are', { given: ['nickname', 'images.SELFIE'], want: 'nickname, images.SELFIE' }],
  [
    'percent-encodes what a header cannot carry, and the list separators',
    { given: ['fïrst name', 'a,b', '100%', '\ud800'], want: 'f%C3%AFrst%20name, a%2Cb, 100%25, %EF%BF%BD' },
  ],
  [
    'names twenty fields and counts the rest',
    {
      given: Array.from({ length: 23 }, (_, index) => `f${index}`),
      want: `${Array.from({ length: 20 }, (_, index) => `f${index}`).join(', ')} (and 3 more)`,
    },
  ],
] as Array<[string, { given: string[]; want: string }]>)('the ignored-fields header %s', (_name, { given, want }) => {
  expect(ignoredFieldsValue(given)).toBe(want);
});
