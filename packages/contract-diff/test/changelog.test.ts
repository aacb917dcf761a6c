import { describe, expect, test } from 'vitest';
import type { Change } from '../src/change.ts';
import { changelogEntries } from '../src/changelog.ts';

const both = (change: Omit<Change, 'brand'>): Change[] => [
  { brand: 'idenfy', ...change },
  { brand: 'markid', ...change },
];

describe('changelog entries', () => {
  test.each<[string, { given: Change[]; want: string[] }]>([
    [
      'an identifier added to both brands reads once, with its explanation, its retry hint and the flag',
      {
        given: both({
          kind: 'identifier-added',
          subject: 'TOO_MANY_REQUESTS',
          explanation: 'Too many requests.',
          retryable: true,
        }),
        want: [
          '- **Breaking:** New error identifier `TOO_MANY_REQUESTS` (idenfy, markid): Too many requests. Retryable: the clients retry it on read operations. Exhaustive handlers need a case for it.',
        ],
      },
    ],
    [
      'an identifier that is not retryable says so',
      {
        given: both({
          kind: 'identifier-added',
          subject: 'QUOTA_SPENT',
          explanation: 'No tokens left.',
          retryable: false,
        }),
        want: [
          '- **Breaking:** New error identifier `QUOTA_SPENT` (idenfy, markid): No tokens left. Not retryable. Exhaustive handlers need a case for it.',
        ],
      },
    ],
    [
      'a rename quotes the explanation under the new name',
      {
        given: both({
          kind: 'identifier-renamed',
          subject: 'JSON_ERROR',
          after: 'MALFORMED_JSON',
          explanation: 'The request body is not well-formed JSON.',
          retryable: false,
        }),
        want: [
          '- **Breaking:** Error identifier `JSON_ERROR` renamed to `MALFORMED_JSON` (idenfy, markid): The request body is not well-formed JSON. Rename its case in your handlers.',
        ],
      },
    ],
    [
      'a new required error field reads once and says what the clients do',
      {
        given: both({ kind: 'required-error-field-added', subject: 'ErrorResponse.severity' }),
        want: [
          '- **Breaking:** Required error body field `ErrorResponse.severity` added (idenfy, markid): the clients report an error body without it as an unexpected response.',
        ],
      },
    ],
    [
      'a brand-specific wording gives one entry per wording',
      {
        given: [
          { brand: 'idenfy', kind: 'explanation-changed', subject: 'INTERNAL_ERROR', after: 'At iDenfy.' },
          { brand: 'markid', kind: 'explanation-changed', subject: 'INTERNAL_ERROR', after: 'At Mark ID.' },
        ],
        want: [
          '- Reworded the explanation of `INTERNAL_ERROR` (idenfy): At iDenfy.',
          '- Reworded the explanation of `INTERNAL_ERROR` (markid): At Mark ID.',
        ],
      },
    ],
    [
      'a removed identifier tells integrators what to do',
      {
        given: both({ kind: 'identifier-removed', subject: 'TOKEN_NOT_VALID' }),
        want: [
          '- **Breaking:** Error identifier `TOKEN_NOT_VALID` removed (idenfy, markid). Remove its case from your handlers.',
        ],
      },
    ],
    [
      'a request change quotes the constraint',
      {
        given: both({
          kind: 'request-tightened',
          subject: 'createToken request body.externalRef',
          detail: 'maxLength 40 → 20',
        }),
        want: [
          '- **Breaking:** Request tightened at `createToken request body.externalRef` (idenfy, markid): maxLength 40 → 20.',
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(changelogEntries(given)).toEqual(want);
  });

  test('puts the breaking entries first and says so, whatever the order of the changes', () => {
    const reworded: Change = { brand: 'idenfy', kind: 'explanation-changed', subject: 'BAD_VALUE', after: 'Invalid.' };
    const renamed: Change = {
      brand: 'idenfy',
      kind: 'identifier-renamed',
      subject: 'TOKEN_NOT_VALID',
      after: 'TOKEN_INVALID',
      explanation: 'The token is not valid.',
    };
    const want = [
      '- **Breaking:** Error identifier `TOKEN_NOT_VALID` renamed to `TOKEN_INVALID` (idenfy): The token is not valid. Rename its case in your handlers.',
      '- Reworded the explanation of `BAD_VALUE` (idenfy): Invalid.',
    ];
    expect(changelogEntries([reworded, renamed])).toEqual(want);
    expect(changelogEntries([renamed, reworded])).toEqual(want);
  });
});
