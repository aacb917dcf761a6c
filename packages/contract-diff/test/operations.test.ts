import { describe, expect, test } from 'vitest';
import { diffBrands, diffBundle } from '../src/diff-bundles.ts';
import { severityOf } from '../src/policy.ts';
import { type Editable, edited, realBundle } from './support/bundles.ts';

describe('operation changes', () => {
  test.each<
    [string, { given: (bundle: Editable) => void; want: Array<{ kind: string; subject: string; severity: string }> }]
  >([
    [
      'a new operation is a minor addition',
      {
        given: (b) => {
          b.paths['/api/v2/status'].get = { ...b.paths['/api/v2/status'].post, operationId: 'readVerificationStatus' };
        },
        want: [{ kind: 'operation-added', subject: 'readVerificationStatus (GET /api/v2/status)', severity: 'minor' }],
      },
    ],
    [
      'a removed operation is breaking',
      {
        given: (b) => {
          delete b.paths['/api/v2/delete'];
        },
        want: [
          { kind: 'operation-removed', subject: 'deleteVerificationData (POST /api/v2/delete)', severity: 'breaking' },
        ],
      },
    ],
    [
      'an operation moved to another path is a removal and an addition',
      {
        given: (b) => {
          b.paths['/api/v3/delete'] = b.paths['/api/v2/delete'];
          delete b.paths['/api/v2/delete'];
        },
        want: [
          { kind: 'operation-removed', subject: 'deleteVerificationData (POST /api/v2/delete)', severity: 'breaking' },
          { kind: 'operation-added', subject: 'deleteVerificationData (POST /api/v3/delete)', severity: 'minor' },
        ],
      },
    ],
    [
      'a renamed operationId is a removal and an addition',
      {
        given: (b) => {
          b.paths['/api/v2/data'].post.operationId = 'getData';
        },
        want: [
          { kind: 'operation-removed', subject: 'getVerificationData (POST /api/v2/data)', severity: 'breaking' },
          { kind: 'operation-added', subject: 'getData (POST /api/v2/data)', severity: 'minor' },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    const changes = diffBundle('idenfy', realBundle(), edited(given));
    expect(
      changes.map((change) => ({ kind: change.kind, subject: change.subject, severity: severityOf(change) })),
    ).toEqual(want);
  });
});

describe('brand changes', () => {
  test('a brand only in the working tree is added, one only at the base is removed', () => {
    const base = new Map([['idenfy', realBundle()]]);
    const head = new Map([['markid', realBundle()]]);
    expect(diffBrands(base, head).map(({ brand, kind }) => ({ brand, kind }))).toEqual([
      { brand: 'idenfy', kind: 'brand-removed' },
      { brand: 'markid', kind: 'brand-added' },
    ]);
  });

  test('each brand is diffed on its own', () => {
    const base = new Map([
      ['idenfy', realBundle()],
      ['markid', realBundle()],
    ]);
    const head = new Map([
      ['idenfy', realBundle()],
      ['markid', edited((b) => delete b.paths['/api/v2/delete'])],
    ]);
    expect(diffBrands(base, head).map(({ brand, kind }) => ({ brand, kind }))).toEqual([
      { brand: 'markid', kind: 'operation-removed' },
    ]);
  });
});
