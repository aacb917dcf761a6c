import { describe, expect, test } from 'vitest';
import { diffBundle } from '../src/diff-bundles.ts';
import { severityOf } from '../src/policy.ts';
import { type Editable, edited, realBundle, schemaIn } from './support/bundles.ts';

const tokenResponse = (bundle: Editable): Editable => schemaIn(bundle, 'CreateTokenResponse');
const without = (list: string[], item: string) => list.filter((entry) => entry !== item);

describe('response changes', () => {
  test.each<
    [string, { given: (bundle: Editable) => void; want: Array<{ kind: string; subject: string; severity: string }> }]
  >([
    [
      'a success field made optional widens the response: readers of the field break',
      {
        given: (b) => {
          tokenResponse(b).required = without(tokenResponse(b).required, 'scanRef');
        },
        want: [{ kind: 'response-loosened', subject: 'createToken 201 response body', severity: 'breaking' }],
      },
    ],
    [
      'a required success field removed is one breaking change',
      {
        given: (b) => {
          tokenResponse(b).required = without(tokenResponse(b).required, 'redirectUrl');
          delete tokenResponse(b).properties.redirectUrl;
        },
        want: [
          { kind: 'response-loosened', subject: 'createToken 201 response body.redirectUrl', severity: 'breaking' },
        ],
      },
    ],
    [
      'a success field added narrows the response: a minor addition',
      {
        given: (b) => {
          schemaIn(b, 'StatusResponse').properties.reviewedAt = { type: 'string', format: 'date-time' };
        },
        want: [
          {
            kind: 'response-tightened',
            subject: 'getVerificationStatus 200 response body.reviewedAt',
            severity: 'minor',
          },
        ],
      },
    ],
    [
      'a new value of a response enum widens the response: exhaustive switches break',
      {
        given: (b) => {
          schemaIn(b, 'VerificationStatus').enum.push('ON_HOLD');
        },
        want: [
          {
            kind: 'response-loosened',
            subject: 'getVerificationStatus 200 response body.status',
            severity: 'breaking',
          },
        ],
      },
    ],
    [
      'the request id header removed from the error responses breaks readers of it, once per operation',
      {
        given: (b) => {
          for (const response of Object.values(b.components.responses as Editable)) delete response.headers;
        },
        want: [
          'createToken',
          'getVerificationStatus',
          'getVerificationData',
          'processVerification',
          'deleteVerificationData',
        ].map((operation) => ({
          kind: 'response-loosened',
          subject: `${operation} 400 response header X-Request-Id`,
          severity: 'breaking',
        })),
      },
    ],
    [
      'a second success status makes the success data a union: breaking',
      {
        given: (b) => {
          const post = b.paths['/api/v2/token'].post;
          post.responses['200'] = post.responses['201'];
        },
        want: [{ kind: 'success-response-added', subject: 'createToken 200 response', severity: 'breaking' }],
      },
    ],
    [
      'a new error status is a minor addition',
      {
        given: (b) => {
          const post = b.paths['/api/v2/status'].post;
          post.responses['429'] = post.responses['400'];
        },
        want: [{ kind: 'response-added', subject: 'getVerificationStatus 429 response', severity: 'minor' }],
      },
    ],
    [
      'a status removed is breaking',
      {
        given: (b) => {
          delete b.paths['/api/v2/data'].post.responses['200'];
        },
        want: [{ kind: 'response-removed', subject: 'getVerificationData 200 response', severity: 'breaking' }],
      },
    ],
    [
      'an identifier allowed on another operation changes which shared 400 it references, not its contract',
      {
        given: (b) => {
          b.paths['/api/v2/status'].post.responses['400'] = {
            $ref: '#/components/responses/StandardError.TOKEN_NOT_VALID',
          };
        },
        want: [],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    const changes = diffBundle('idenfy', realBundle(), edited(given));
    expect(
      changes.map((change) => ({ kind: change.kind, subject: change.subject, severity: severityOf(change) })),
    ).toEqual(want);
  });
});

describe('exported type names', () => {
  test.each<[string, { given: (bundle: Editable) => void; want: Array<{ kind: string; subject: string }> }]>([
    [
      'a schema renamed removes one name the client exports and adds another',
      {
        given: (b) => {
          b.components.schemas.TokenRequest = b.components.schemas.ScanRefRequest;
          delete b.components.schemas.ScanRefRequest;
          for (const path of ['/api/v2/status', '/api/v2/data', '/api/v2/delete']) {
            b.paths[path].post.requestBody.content['application/json'].schema = {
              $ref: '#/components/schemas/TokenRequest',
            };
          }
        },
        want: [
          { kind: 'type-name-removed', subject: "components['schemas']['ScanRefRequest']" },
          { kind: 'type-name-added', subject: "components['schemas']['TokenRequest']" },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    const changes = diffBundle('idenfy', realBundle(), edited(given));
    expect(changes.map(({ kind, subject }) => ({ kind, subject }))).toEqual(want);
  });
});
