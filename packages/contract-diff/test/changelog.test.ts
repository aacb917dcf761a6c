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
      'an identifier added to both brands reads once, with its explanation and the flag',
      {
        given: both({ kind: 'identifier-added', subject: 'TOO_MANY_REQUESTS', after: 'Too many requests.' }),
        want: [
          '- New error identifier `TOO_MANY_REQUESTS` (idenfy, markid): Too many requests. Exhaustive handlers need a case for it.',
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
    };
    const want = [
      '- **Breaking:** Error identifier `TOKEN_NOT_VALID` renamed to `TOKEN_INVALID` (idenfy). Rename its case in your handlers.',
      '- Reworded the explanation of `BAD_VALUE` (idenfy): Invalid.',
    ];
    expect(changelogEntries([reworded, renamed])).toEqual(want);
    expect(changelogEntries([renamed, reworded])).toEqual(want);
  });
});
