import { describe, expect, test } from 'vitest';
import { diffBundle } from '../src/diff-bundles.ts';
import { compareSchemas, type Direction, type JsonSchema } from '../src/schema-compare.ts';
import { type Editable, edited, realBundle, schemaIn } from './support/bundles.ts';

type Want = Array<[keyword: string, direction: Direction]>;

/** Each side's `$ref`s resolve inside its own little document. */
function compare(base: JsonSchema, head: JsonSchema, definitions: { base?: object; head?: object } = {}) {
  const sides = {
    base: { $defs: definitions.base ?? {} },
    head: { $defs: definitions.head ?? {} },
  };
  return compareSchemas(base, head, 'body', sides);
}

describe('request constraints, keyword by keyword', () => {
  test.each<[string, { given: [JsonSchema, JsonSchema]; want: Want }]>([
    [
      'a higher minLength tightens',
      { given: [{ minLength: 1 }, { minLength: 2 }], want: [['minLength', 'tightened']] },
    ],
    ['a lower minLength loosens', { given: [{ minLength: 2 }, { minLength: 1 }], want: [['minLength', 'loosened']] }],
    [
      'a lower maxLength tightens',
      { given: [{ maxLength: 40 }, { maxLength: 20 }], want: [['maxLength', 'tightened']] },
    ],
    [
      'a higher maxLength loosens',
      { given: [{ maxLength: 20 }, { maxLength: 40 }], want: [['maxLength', 'loosened']] },
    ],
    ['a new maxLength tightens', { given: [{}, { maxLength: 40 }], want: [['maxLength', 'tightened']] }],
    ['a dropped maxLength loosens', { given: [{ maxLength: 40 }, {}], want: [['maxLength', 'loosened']] }],
    ['a higher minimum tightens', { given: [{ minimum: 0 }, { minimum: 1 }], want: [['minimum', 'tightened']] }],
    ['a higher maximum loosens', { given: [{ maximum: 10 }, { maximum: 11 }], want: [['maximum', 'loosened']] }],
    [
      'a higher exclusiveMinimum tightens',
      { given: [{ exclusiveMinimum: 60 }, { exclusiveMinimum: 120 }], want: [['exclusiveMinimum', 'tightened']] },
    ],
    [
      'a higher exclusiveMaximum loosens',
      { given: [{ exclusiveMaximum: 3600 }, { exclusiveMaximum: 7200 }], want: [['exclusiveMaximum', 'loosened']] },
    ],
    ['a lower maxItems tightens', { given: [{ maxItems: 5 }, { maxItems: 3 }], want: [['maxItems', 'tightened']] }],
    ['a changed pattern tightens', { given: [{ pattern: '^a' }, { pattern: '^b' }], want: [['pattern', 'tightened']] }],
    ['a new pattern tightens', { given: [{}, { pattern: '^https://' }], want: [['pattern', 'tightened']] }],
    ['a dropped pattern loosens', { given: [{ pattern: '^https://' }, {}], want: [['pattern', 'loosened']] }],
    ['a new format tightens', { given: [{}, { format: 'uri' }], want: [['format', 'tightened']] }],
    ['enum values removed tighten', { given: [{ enum: ['A', 'B'] }, { enum: ['A'] }], want: [['enum', 'tightened']] }],
    ['enum values added loosen', { given: [{ enum: ['A'] }, { enum: ['A', 'B'] }], want: [['enum', 'loosened']] }],
    [
      'enum values swapped tighten and loosen',
      {
        given: [{ enum: ['A', 'B'] }, { enum: ['A', 'C'] }],
        want: [
          ['enum', 'tightened'],
          ['enum', 'loosened'],
        ],
      },
    ],
    ['reordered enum values change nothing', { given: [{ enum: ['A', 'B'] }, { enum: ['B', 'A'] }], want: [] }],
    [
      'a new enum tightens',
      { given: [{ type: 'string' }, { type: 'string', enum: ['A'] }], want: [['enum', 'tightened']] },
    ],
    [
      'a newly required property tightens',
      { given: [{ required: ['a'] }, { required: ['a', 'b'] }], want: [['required', 'tightened']] },
    ],
    [
      'a property no longer required loosens',
      { given: [{ required: ['a', 'b'] }, { required: ['a'] }], want: [['required', 'loosened']] },
    ],
    [
      'rejecting unlisted properties tightens',
      {
        given: [{ type: 'object' }, { type: 'object', additionalProperties: false }],
        want: [['additionalProperties', 'tightened']],
      },
    ],
    [
      'accepting unlisted properties loosens',
      {
        given: [{ additionalProperties: false }, { additionalProperties: true }],
        want: [['additionalProperties', 'loosened']],
      },
    ],
    [
      'a property added to a closed object loosens',
      {
        given: [
          { additionalProperties: false, properties: { a: { type: 'string' } } },
          { additionalProperties: false, properties: { a: { type: 'string' }, b: { type: 'string' } } },
        ],
        want: [['properties', 'loosened']],
      },
    ],
    [
      'a required property added to a closed object is one change, tightened',
      {
        given: [
          { additionalProperties: false, required: ['a'], properties: { a: { type: 'string' } } },
          {
            additionalProperties: false,
            required: ['a', 'b'],
            properties: { a: { type: 'string' }, b: { type: 'string' } },
          },
        ],
        want: [['required property added', 'tightened']],
      },
    ],
    [
      'a required property removed from an open object is one change, loosened',
      {
        given: [
          { required: ['a', 'b'], properties: { a: { type: 'string' }, b: { type: 'string' } } },
          { required: ['a'], properties: { a: { type: 'string' } } },
        ],
        want: [['required property removed', 'loosened']],
      },
    ],
    [
      'a property removed from a closed object tightens',
      {
        given: [
          { additionalProperties: false, properties: { a: { type: 'string' }, b: { type: 'string' } } },
          { additionalProperties: false, properties: { a: { type: 'string' } } },
        ],
        want: [['properties', 'tightened']],
      },
    ],
    [
      'a constrained property added to an open object tightens',
      { given: [{ properties: {} }, { properties: { b: { type: 'string' } } }], want: [['properties', 'tightened']] },
    ],
    [
      'a narrower type tightens',
      { given: [{ type: ['string', 'null'] }, { type: 'string' }], want: [['type', 'tightened']] },
    ],
    [
      'a wider type loosens',
      { given: [{ type: 'string' }, { type: ['string', 'null'] }], want: [['type', 'loosened']] },
    ],
    ['integer to number loosens', { given: [{ type: 'integer' }, { type: 'number' }], want: [['type', 'loosened']] }],
    ['number to integer tightens', { given: [{ type: 'number' }, { type: 'integer' }], want: [['type', 'tightened']] }],
    [
      'a changed type tightens and loosens',
      {
        given: [{ type: 'string' }, { type: 'integer' }],
        want: [
          ['type', 'tightened'],
          ['type', 'loosened'],
        ],
      },
    ],
    [
      'uniqueItems turned on tightens',
      { given: [{ type: 'array' }, { type: 'array', uniqueItems: true }], want: [['uniqueItems', 'tightened']] },
    ],
    [
      'array items are compared',
      { given: [{ items: { maxLength: 5 } }, { items: { maxLength: 4 } }], want: [['maxLength', 'tightened']] },
    ],
    [
      'an extra oneOf branch loosens',
      {
        given: [{ oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'null' }] }],
        want: [['oneOf', 'loosened']],
      },
    ],
    [
      'an extra allOf branch tightens',
      {
        given: [{ allOf: [{ type: 'string' }] }, { allOf: [{ type: 'string' }, { minLength: 1 }] }],
        want: [['allOf', 'tightened']],
      },
    ],
    [
      'annotations change nothing',
      {
        given: [
          { description: 'a', examples: [1] },
          { description: 'b', title: 'c' },
        ],
        want: [],
      },
    ],
  ])('%s', (_name, { given: [base, head], want }) => {
    expect(compare(base, head).map((change) => [change.keyword, change.direction])).toEqual(want);
  });

  test('refs are followed on each side', () => {
    const schema = { properties: { name: { $ref: '#/$defs/Name' } } };
    const changes = compare(schema, schema, { base: { Name: { maxLength: 40 } }, head: { Name: { maxLength: 20 } } });
    expect(changes).toEqual([
      { location: 'body.name', keyword: 'maxLength', direction: 'tightened', detail: 'maxLength 40 → 20' },
    ]);
  });

  test('a recursive schema is compared once per pair of definitions', () => {
    const tree = { $ref: '#/$defs/Node' };
    const node = (limit: number) => ({
      Node: { maxItems: limit, properties: { children: { items: { $ref: '#/$defs/Node' } } } },
    });
    const changes = compare(tree, tree, { base: { ...node(3) }, head: { ...node(2) } });
    expect(changes.map((change) => change.location)).toEqual(['body']);
  });
});

describe('request constraints in the bundle', () => {
  test.each<[string, { given: (bundle: Editable) => void; want: Array<{ kind: string; subject: string }> }]>([
    [
      'a country code removed tightens every request that sends one and narrows every response that carries one',
      {
        // As the bundle has it after `LT` leaves the one list: CountryCode, and CountryCodeAnyCase derived from it.
        given: (b) => {
          const removals: Array<[string, string[]]> = [
            ['CountryCode', ['LT']],
            ['CountryCodeAnyCase', ['LT', 'lt']],
          ];
          for (const [name, removed] of removals) {
            schemaIn(b, name).enum = schemaIn(b, name).enum.filter((code: string) => !removed.includes(code));
          }
        },
        want: [
          { kind: 'request-tightened', subject: 'createToken request body.country (oneOf 1)' },
          { kind: 'request-tightened', subject: 'createToken request body.nationality (oneOf 1)' },
          { kind: 'response-tightened', subject: 'createToken 201 response body.country (oneOf 1)' },
          { kind: 'response-tightened', subject: 'createToken 201 response body.nationality (oneOf 1)' },
          { kind: 'response-tightened', subject: 'getVerificationData 200 response body.docNationality (oneOf 1)' },
          { kind: 'response-tightened', subject: 'getVerificationData 200 response body.docIssuingCountry (oneOf 1)' },
          { kind: 'response-tightened', subject: 'getVerificationData 200 response body.selectedCountry (oneOf 1)' },
          { kind: 'request-tightened', subject: 'processVerification request body.country' },
        ],
      },
    ],
    [
      'a document type added loosens the requests that send one and widens the responses that carry one',
      {
        given: (b) => {
          schemaIn(b, 'DocumentType').enum.push('HEALTH_CARD');
        },
        want: [
          { kind: 'request-loosened', subject: 'createToken request body.documents[]' },
          { kind: 'response-loosened', subject: 'createToken 201 response body.documents[]' },
          { kind: 'response-loosened', subject: 'createToken 201 response body.allowedDocuments.*[]' },
          { kind: 'response-loosened', subject: 'getVerificationData 200 response body.docType (oneOf 1)' },
          { kind: 'request-loosened', subject: 'processVerification request body.documentType' },
        ],
      },
    ],
    [
      'a larger image limit loosens the images of processVerification',
      {
        given: (b) => {
          schemaIn(b, 'Image').maxLength = 8_388_608;
        },
        want: ['FRONT', 'BACK', 'FACE', 'UTILITY_BILL', 'PASSPORT_COVER', 'BACK'].map((image, index) => ({
          kind: 'request-loosened',
          subject: `processVerification request body${index === 5 ? ' (then)' : ''}.images.${image} (oneOf 1)`,
        })),
      },
    ],
    [
      'a newly required request field tightens',
      {
        given: (b) => {
          schemaIn(b, 'CreateTokenRequest').required.push('country');
        },
        want: [{ kind: 'request-tightened', subject: 'createToken request body' }],
      },
    ],
    [
      'an optional request body loosens',
      {
        given: (b) => {
          b.paths['/api/v2/status'].post.requestBody.required = false;
        },
        want: [{ kind: 'request-loosened', subject: 'getVerificationStatus request body' }],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    const changes = diffBundle('idenfy', realBundle(), edited(given));
    expect(changes.map(({ kind, subject }) => ({ kind, subject }))).toEqual(want);
  });
});
