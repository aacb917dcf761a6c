import { describe, expect, test } from 'vitest';
import type { ChangeKind } from '../src/change.ts';
import { diffBundle } from '../src/diff-bundles.ts';
import { catalogIn, type Editable, edited, realBundle } from './support/bundles.ts';

const tooManyRequests = {
  explanation: 'Too many requests were sent in a given amount of time.',
  retryable: true,
  docsAnchor: 'TOO_MANY_REQUESTS',
  example: { message: 'Request was throttled.' },
};

/** Renames a catalog entry, declaring the rename as the spec does (`renamedFrom`), then applies `change` to it. */
function rename(catalog: Editable, from: string, to: string, change: (entry: Editable) => void = () => {}): void {
  const entry = catalog[from];
  delete catalog[from];
  catalog[to] = { ...entry, renamedFrom: from };
  change(catalog[to]);
}

describe('identifier changes', () => {
  test.each<[string, { given: (bundle: Editable) => void; want: Array<{ kind: string; subject: string }> }]>([
    [
      'an identifier added to the catalog is reported as added',
      {
        given: (b) => Object.assign(catalogIn(b), { TOO_MANY_REQUESTS: tooManyRequests }),
        want: [{ kind: 'identifier-added', subject: 'TOO_MANY_REQUESTS' }],
      },
    ],
    [
      'an identifier dropped from the catalog is reported as removed',
      {
        given: (b) => delete catalogIn(b).TOKEN_NOT_VALID,
        want: [{ kind: 'identifier-removed', subject: 'TOKEN_NOT_VALID' }],
      },
    ],
    [
      'a rename declared by the new entry is one rename',
      {
        given: (b) => rename(catalogIn(b), 'TOKEN_NOT_VALID', 'TOKEN_INVALID'),
        want: [{ kind: 'identifier-renamed', subject: 'TOKEN_NOT_VALID' }],
      },
    ],
    [
      'a declared rename whose entry also changed its retry hint is a rename and a retry hint change',
      {
        given: (b) =>
          rename(catalogIn(b), 'JSON_ERROR', 'MALFORMED_JSON', (entry) => {
            entry.retryable = true;
          }),
        want: [
          { kind: 'identifier-renamed', subject: 'JSON_ERROR' },
          { kind: 'retry-hint-changed', subject: 'MALFORMED_JSON' },
        ],
      },
    ],
    [
      'a removed and an added identifier with the same explanation, undeclared, are a removal and an addition',
      {
        given: (b) => {
          catalogIn(b).TOKEN_EXPIRED = catalogIn(b).TOKEN_NOT_VALID;
          delete catalogIn(b).TOKEN_NOT_VALID;
        },
        want: [
          { kind: 'identifier-removed', subject: 'TOKEN_NOT_VALID' },
          { kind: 'identifier-added', subject: 'TOKEN_EXPIRED' },
        ],
      },
    ],
    [
      'a rename declared from an identifier that is still in the catalog is an addition',
      {
        given: (b) => {
          catalogIn(b).TOO_MANY_REQUESTS = { ...tooManyRequests, renamedFrom: 'BAD_VALUE' };
        },
        want: [{ kind: 'identifier-added', subject: 'TOO_MANY_REQUESTS' }],
      },
    ],
    [
      'a removed and an added identifier that share nothing are a removal and an addition',
      {
        given: (b) => {
          delete catalogIn(b).JSON_ERROR;
          catalogIn(b).TOO_MANY_REQUESTS = tooManyRequests;
        },
        want: [
          { kind: 'identifier-removed', subject: 'JSON_ERROR' },
          { kind: 'identifier-added', subject: 'TOO_MANY_REQUESTS' },
        ],
      },
    ],
    ['an unchanged catalog reports nothing', { given: () => {}, want: [] }],
  ])('%s', (_name, { given, want }) => {
    const changes = diffBundle('idenfy', realBundle(), edited(given));
    expect(changes.map(({ kind, subject }) => ({ kind, subject }))).toEqual(want);
  });

  test.each<[string, { given: [identifier: string, field: string, value: unknown]; want: ChangeKind }]>([
    [
      'explanation reworded',
      { given: ['BAD_VALUE', 'explanation', 'Supplied value is invalid.'], want: 'explanation-changed' },
    ],
    ['retry hint flipped', { given: ['INTERNAL_ERROR', 'retryable', false], want: 'retry-hint-changed' }],
    ['docs anchor moved', { given: ['BAD_VALUE', 'docsAnchor', 'bad-value'], want: 'docs-anchor-changed' }],
    [
      'returned by other operations',
      {
        given: ['TOKEN_NOT_VALID', 'operations', ['processVerification', 'createToken']],
        want: 'identifier-scope-changed',
      },
    ],
  ])('an identifier whose %s is reported as that change', (_name, { given: [identifier, field, value], want }) => {
    const head = edited((b) => {
      catalogIn(b)[identifier][field] = value;
    });
    const changes = diffBundle('idenfy', realBundle(), head);
    expect(changes.map(({ kind, subject }) => ({ kind, subject }))).toEqual([{ kind: want, subject: identifier }]);
  });

  test('a rename names the new identifier and quotes its explanation and retry hint as they are now', () => {
    const head = edited((b) =>
      rename(catalogIn(b), 'JSON_ERROR', 'MALFORMED_JSON', (entry) => {
        entry.explanation = 'The request body is not well-formed JSON.';
      }),
    );
    const changes = diffBundle('idenfy', realBundle(), head);
    expect(changes).toEqual([
      {
        brand: 'idenfy',
        kind: 'identifier-renamed',
        subject: 'JSON_ERROR',
        detail: 'renamed to MALFORMED_JSON',
        before: 'JSON_ERROR',
        after: 'MALFORMED_JSON',
        explanation: 'The request body is not well-formed JSON.',
        retryable: false,
      },
    ]);
  });

  test('an added identifier carries its explanation and retry hint', () => {
    const head = edited((b) => Object.assign(catalogIn(b), { TOO_MANY_REQUESTS: tooManyRequests }));
    expect(diffBundle('idenfy', realBundle(), head)).toMatchObject([
      { kind: 'identifier-added', explanation: tooManyRequests.explanation, retryable: true },
    ]);
  });

  test('an explanation change carries both wordings', () => {
    const head = edited((b) => {
      catalogIn(b).BAD_VALUE.explanation = 'Supplied value is invalid.';
    });
    const [change] = diffBundle('idenfy', realBundle(), head);
    expect(change).toMatchObject({ before: 'Supplied value is not valid.', after: 'Supplied value is invalid.' });
  });
});
