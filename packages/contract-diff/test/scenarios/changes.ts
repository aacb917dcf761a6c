/**
 * The changes the scenario suite makes to the spec, one per kind of change the API team makes, each with the bump
 * the gate must call for, per brand. The suite builds each into bundles, diffs them with the gate, regenerates the
 * client, compiles the consumer against it and runs oasdiff on the bundles.
 */
import type { Bump } from '../../src/policy.ts';
import type { SpecCopy, YamlDocument } from './spec-copy.ts';

export type Verdict = Bump | 'none';

export interface Scenario {
  /** A short id, the scenario's folder name. */
  id: string;
  /** The change, as the README's table names it. */
  change: string;
  edit(spec: SpecCopy): void;
  /** The bump the gate calls for, per brand (one value: both brands). */
  want: Verdict | Readonly<Record<'idenfy' | 'markid', Verdict>>;
}

const CATALOG = ['x-error-catalog'];
const TOKEN_RESPONSE = 'components/schemas/CreateTokenResponse.yaml';
const TOKEN_REQUEST = 'components/schemas/CreateTokenRequest.yaml';
const ERROR_RESPONSE = 'components/schemas/ErrorResponse.yaml';

const TOO_MANY_REQUESTS = {
  explanation: 'Too many requests were sent in a given amount of time.',
  retryable: true,
  causes: { default: "More requests in the last hour than your account's hourly limit." },
  fix: 'Wait until the hour is over, or spread your requests out.',
  example: { message: 'Request was throttled. Expected available in 30 seconds.' },
  reproductions: { $ref: '../../reproductions/INTERNAL_ERROR.yaml' },
};

function addEntry(document: YamlDocument, identifier: string, entry: object): void {
  document.setIn([...CATALOG, identifier], document.createNode(entry));
}

/** Renames a catalog entry in place (same position in the docs' order), declaring the rename. */
export function renameEntry(document: YamlDocument, from: string, to: string): void {
  const entry = document.getIn([...CATALOG, from], true) as { set(key: string, value: unknown): void };
  entry.set('renamedFrom', from);
  const catalog = document.getIn(CATALOG, true) as { items: Array<{ key: { value: string } }> };
  const pair = catalog.items.find((item) => item.key.value === from);
  if (!pair) throw new Error(`No catalog entry ${from}.`);
  pair.key.value = to;
}

function removeRequired(document: YamlDocument, field: string): void {
  const required = (document.get('required') as { items: Array<{ value: string }> }).items;
  required.splice(
    required.findIndex((item) => item.value === field),
    1,
  );
}

function addProperty(document: YamlDocument, field: string, schema: object, required: boolean): void {
  document.setIn(['properties', field], document.createNode(schema));
  if (required) document.addIn(['required'], field);
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'identifier-added',
    change: 'identifier added (`TOO_MANY_REQUESTS`, retryable)',
    edit: (spec) => spec.editCatalog((document) => addEntry(document, 'TOO_MANY_REQUESTS', TOO_MANY_REQUESTS)),
    want: 'major',
  },
  {
    id: 'identifier-removed',
    change: 'identifier removed (`TOKEN_NOT_VALID`)',
    edit: (spec) => spec.editCatalog((document) => document.deleteIn([...CATALOG, 'TOKEN_NOT_VALID'])),
    want: 'major',
  },
  {
    id: 'identifier-renamed',
    change: 'identifier renamed, declared (`TOKEN_NOT_VALID` → `TOKEN_INVALID`, `renamedFrom`)',
    edit: (spec) => spec.editCatalog((document) => renameEntry(document, 'TOKEN_NOT_VALID', 'TOKEN_INVALID')),
    want: 'major',
  },
  {
    id: 'identifier-renamed-reworded',
    change: 'identifier renamed and reworded (`JSON_ERROR` → `MALFORMED_JSON`)',
    edit: (spec) =>
      spec.editCatalog((document) => {
        renameEntry(document, 'JSON_ERROR', 'MALFORMED_JSON');
        document.setIn([...CATALOG, 'MALFORMED_JSON', 'explanation'], 'The request body is not well-formed JSON.');
      }),
    want: 'major',
  },
  {
    id: 'identifier-replaced',
    change:
      'identifier removed and another added with the same explanation, undeclared (`TOKEN_NOT_VALID`, `TOKEN_EXPIRED`)',
    edit: (spec) =>
      spec.editCatalog((document) => {
        const entry = (document.getIn([...CATALOG, 'TOKEN_NOT_VALID'], true) as { clone(): unknown }).clone();
        document.deleteIn([...CATALOG, 'TOKEN_NOT_VALID']);
        document.setIn([...CATALOG, 'TOKEN_EXPIRED'], entry);
      }),
    want: 'major',
  },
  {
    id: 'explanation-reworded',
    change: 'explanation reworded (`BAD_VALUE`)',
    edit: (spec) =>
      spec.editCatalog((document) =>
        document.setIn([...CATALOG, 'BAD_VALUE', 'explanation'], 'A supplied value breaks its constraint.'),
      ),
    want: 'patch',
  },
  {
    id: 'retry-hint-changed',
    change: 'retry hint changed (`INTERNAL_ERROR` no longer retryable)',
    edit: (spec) => spec.editCatalog((document) => document.setIn([...CATALOG, 'INTERNAL_ERROR', 'retryable'], false)),
    want: 'minor',
  },
  {
    id: 'docs-anchor-moved',
    change: 'docs anchor moved (`BAD_VALUE` → `#bad-value`)',
    edit: (spec) =>
      spec.editCatalog((document) => document.setIn([...CATALOG, 'BAD_VALUE', 'docsAnchor'], 'bad-value')),
    want: 'patch',
  },
  {
    id: 'brand-gains-identifier',
    change: 'brand availability: `PERMISSIONS_ERROR` (Mark ID only) given to iDenfy too',
    edit: (spec) =>
      spec.editCatalog((document) => {
        document.deleteIn([...CATALOG, 'PERMISSIONS_ERROR', 'brands']);
        document.setIn([...CATALOG, 'PERMISSIONS_ERROR', 'fix'], 'Contact the support team to add tokens.');
        document.setIn([...CATALOG, 'PERMISSIONS_ERROR', 'note', 'idenfy'], null);
      }),
    want: { idenfy: 'major', markid: 'none' },
  },
  {
    id: 'brand-loses-identifier',
    change: 'brand availability: `TOKEN_NOT_VALID` withdrawn from iDenfy',
    edit: (spec) =>
      spec.editCatalog((document) => document.setIn([...CATALOG, 'TOKEN_NOT_VALID', 'brands'], ['markid'])),
    want: { idenfy: 'major', markid: 'none' },
  },
  {
    id: 'identifier-allowed-on-operation',
    change: 'identifier allowed on another operation (`TOKEN_NOT_VALID` on `getVerificationStatus`)',
    edit: (spec) =>
      spec.editCatalog((document) => {
        document.addIn([...CATALOG, 'TOKEN_NOT_VALID', 'operations'], 'getVerificationStatus');
        document.setIn(
          [...CATALOG, 'TOKEN_NOT_VALID', 'causes', 'getVerificationStatus'],
          'The `scanRef` belongs to a token that has expired.',
        );
      }),
    want: 'patch',
  },
  {
    id: 'identifier-disallowed-on-operation',
    change: 'identifier disallowed on operations (`BAD_VALUE` only on `createToken` and `processVerification`)',
    edit: (spec) =>
      spec.editCatalog((document) => {
        document.setIn([...CATALOG, 'BAD_VALUE', 'operations'], ['createToken', 'processVerification']);
        for (const operation of ['getVerificationStatus', 'getVerificationData', 'deleteVerificationData']) {
          document.deleteIn([...CATALOG, 'BAD_VALUE', 'causes', operation]);
        }
      }),
    want: 'patch',
  },
  {
    id: 'operation-added',
    change: 'operation added (`getVerificationSummary`)',
    edit: (spec) => {
      spec.edit('openapi.yaml', (document) =>
        document.setIn(['paths', '/api/v2/summary'], document.createNode({ $ref: 'paths/api_v2_summary.yaml' })),
      );
      spec.write(
        'paths/api_v2_summary.yaml',
        spec
          .read('paths/api_v2_status.yaml')
          .replace('operationId: getVerificationStatus', 'operationId: getVerificationSummary'),
      );
    },
    want: 'minor',
  },
  {
    id: 'operation-removed',
    change: 'operation removed (`deleteVerificationData`)',
    edit: (spec) => {
      spec.edit('openapi.yaml', (document) => document.deleteIn(['paths', '/api/v2/delete']));
      spec.editCatalog((document) => document.deleteIn([...CATALOG, 'BAD_VALUE', 'causes', 'deleteVerificationData']));
    },
    want: 'major',
  },
  {
    id: 'request-field-required',
    change: 'new required request field (`createToken`: `purpose`)',
    edit: (spec) =>
      spec.edit(TOKEN_REQUEST, (document) => addProperty(document, 'purpose', { type: 'string', maxLength: 40 }, true)),
    want: 'major',
  },
  {
    id: 'request-field-optional',
    change: 'new optional request field (`createToken`: `purpose`)',
    edit: (spec) =>
      spec.edit(TOKEN_REQUEST, (document) =>
        addProperty(document, 'purpose', { type: 'string', maxLength: 40 }, false),
      ),
    // The request schema is open: `purpose` was accepted with any value and ignored; now only a short string is.
    want: 'major',
  },
  {
    id: 'request-constraint-tightened',
    change: 'request constraint tightened (`clientId` `maxLength` 100 → 64)',
    edit: (spec) => spec.edit('components/schemas/ClientId.yaml', (document) => document.set('maxLength', 64)),
    want: 'major',
  },
  {
    id: 'request-constraint-loosened',
    change: 'request constraint loosened (`Image` `minLength` 4 → 1)',
    edit: (spec) => spec.edit('components/schemas/Image.yaml', (document) => document.set('minLength', 1)),
    want: 'minor',
  },
  {
    id: 'shared-constraint-loosened',
    change: 'constraint loosened on a schema the success response carries too (`externalRef` `maxLength` 40 → 80)',
    edit: (spec) => spec.edit('components/schemas/ExternalRef.yaml', (document) => document.set('maxLength', 80)),
    want: 'major',
  },
  {
    id: 'error-message-optional',
    change: "the error's `message` made optional",
    edit: (spec) => spec.edit(ERROR_RESPONSE, (document) => removeRequired(document, 'message')),
    want: 'major',
  },
  {
    id: 'error-field-optional',
    change: 'new optional error field (`documentation`)',
    edit: (spec) =>
      spec.edit(ERROR_RESPONSE, (document) => addProperty(document, 'documentation', { type: 'string' }, false)),
    want: 'minor',
  },
  {
    id: 'error-field-required',
    change: 'new required error field (`severity`)',
    edit: (spec) =>
      spec.edit(ERROR_RESPONSE, (document) => addProperty(document, 'severity', { type: 'string' }, true)),
    want: 'major',
  },
  {
    id: 'success-field-optional',
    change: 'success field made optional (`createToken` 201: `scanRef`)',
    edit: (spec) => spec.edit(TOKEN_RESPONSE, (document) => removeRequired(document, 'scanRef')),
    want: 'major',
  },
  {
    id: 'success-field-removed',
    change: 'success field removed (`createToken` 201: `digitString`)',
    edit: (spec) =>
      spec.edit(TOKEN_RESPONSE, (document) => {
        removeRequired(document, 'digitString');
        document.deleteIn(['properties', 'digitString']);
      }),
    want: 'major',
  },
  {
    id: 'success-field-added',
    change: 'success field added (`getVerificationStatus` 200: `reviewedAt`)',
    edit: (spec) =>
      spec.edit('components/schemas/StatusResponse.yaml', (document) =>
        addProperty(document, 'reviewedAt', { type: 'string', format: 'date-time' }, false),
      ),
    want: 'minor',
  },
  {
    id: 'response-enum-value-added',
    change: 'response enum value added (`VerificationStatus`: `ON_HOLD`)',
    edit: (spec) =>
      spec.edit('components/schemas/VerificationStatus.yaml', (document) => document.addIn(['enum'], 'ON_HOLD')),
    want: 'major',
  },
];
