import { IDENTIFIER_SCHEMA } from '@error-contract/spec/catalog';
import { describe, expect, test } from 'vitest';
import { diffBundle } from '../src/diff-bundles.ts';
import { severityOf } from '../src/policy.ts';
import { type Editable, edited, schemaIn } from './support/bundles.ts';

const errorSchema = (bundle: Editable): Editable => schemaIn(bundle, 'ErrorResponse');

/** Both sides start from the real bundle, or from this edit of it where a case needs another starting point. */
const withDocumentation = (bundle: Editable): void => {
  errorSchema(bundle).properties.documentation = { type: 'string' };
};

type Edit = (bundle: Editable) => void;

describe('error schema changes', () => {
  test.each<[string, { given: Edit; base?: Edit; want: Array<{ kind: string; subject: string; severity: string }> }]>([
    [
      'an optional field added to the error body is a minor addition',
      {
        given: (b) => {
          errorSchema(b).properties.documentation = { type: 'string', format: 'uri' };
        },
        want: [{ kind: 'error-field-added', subject: 'ErrorResponse.documentation', severity: 'minor' }],
      },
    ],
    [
      'a required field added to the error body is one breaking change',
      {
        given: (b) => {
          errorSchema(b).properties.severity = { type: 'string' };
          errorSchema(b).required.push('severity');
        },
        want: [{ kind: 'required-error-field-added', subject: 'ErrorResponse.severity', severity: 'breaking' }],
      },
    ],
    [
      'a field removed from the error body is breaking',
      {
        given: (b) => {
          delete errorSchema(b).properties.message;
          errorSchema(b).required = ['identifier'];
        },
        want: [{ kind: 'error-field-removed', subject: 'ErrorResponse.message', severity: 'breaking' }],
      },
    ],
    [
      'a field made optional is breaking',
      {
        given: (b) => {
          errorSchema(b).required = ['identifier'];
        },
        want: [{ kind: 'error-field-made-optional', subject: 'ErrorResponse.message', severity: 'breaking' }],
      },
    ],
    [
      'an optional field made required is breaking',
      {
        given: (b) => {
          errorSchema(b).required.push('documentation');
        },
        base: withDocumentation,
        want: [{ kind: 'error-field-made-required', subject: 'ErrorResponse.documentation', severity: 'breaking' }],
      },
    ],
    [
      'a constraint added to a field tightens the error schema',
      {
        given: (b) => {
          errorSchema(b).properties.message.maxLength = 200;
        },
        want: [{ kind: 'error-schema-tightened', subject: 'ErrorResponse.message', severity: 'breaking' }],
      },
    ],
    [
      'a widened field type is breaking for code that reads it',
      {
        given: (b) => {
          errorSchema(b).properties.message.type = ['string', 'null'];
        },
        want: [{ kind: 'error-field-type-widened', subject: 'ErrorResponse.message', severity: 'breaking' }],
      },
    ],
    [
      'a loosened field constraint is minor',
      {
        given: (b) => {
          errorSchema(b).properties.message.maxLength = 2000;
        },
        base: (b) => {
          errorSchema(b).properties.message.maxLength = 200;
        },
        want: [{ kind: 'error-schema-loosened', subject: 'ErrorResponse.message', severity: 'minor' }],
      },
    ],
    [
      'closing the error body to unlisted fields tightens it',
      {
        given: (b) => {
          errorSchema(b).additionalProperties = false;
        },
        want: [{ kind: 'error-schema-tightened', subject: 'ErrorResponse.*', severity: 'breaking' }],
      },
    ],
    [
      'the identifier enum is left to the catalog: an added identifier is no error schema change',
      {
        given: (b) => {
          schemaIn(b, IDENTIFIER_SCHEMA).enum.push('TOO_MANY_REQUESTS');
        },
        want: [],
      },
    ],
  ])('%s', (_name, { given, base = () => {}, want }) => {
    const changes = diffBundle(
      'idenfy',
      edited(base),
      edited((bundle) => {
        base(bundle);
        given(bundle);
      }),
    );
    expect(
      changes.map((change) => ({ kind: change.kind, subject: change.subject, severity: severityOf(change) })),
    ).toEqual(want);
  });
});
