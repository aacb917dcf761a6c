import { afterEach, describe, expect, it } from 'vitest';
import { copySpec, type FixtureSpec, type YamlDocument } from './support/fixture-spec.ts';

let fixture: FixtureSpec;
afterEach(() => fixture?.remove());

type Mutation = [file: string, change: (document: YamlDocument) => void];

const catalogEntry = (identifier: string, change: (entry: YamlDocument) => void): Mutation => [
  'components/schemas/ErrorIdentifier.yaml',
  (schema) => change(schema['x-error-catalog'][identifier]),
];

type Case = [name: string, { given: Mutation; want: string }];

const cases: Case[] = [
  [
    'an operation without the standard 400',
    {
      given: ['paths/api_v2_status.yaml', (path) => delete path.post.responses['400']],
      want: 'rule/operation-has-standard-400',
    },
  ],
  [
    'a 400 that is not the shared standard error response',
    {
      given: ['paths/api_v2_data.yaml', (path) => (path.post.responses['400'] = { description: 'Some other error.' })],
      want: 'error-contract/standard-error-response',
    },
  ],
  [
    'an operation that does not say whether it is safe to retry',
    {
      given: ['paths/api_v2_token.yaml', (path) => delete path.post['x-effect']],
      want: 'rule/operation-declares-effect',
    },
  ],
  [
    'an operation with an effect outside read, create, consume and delete',
    { given: ['paths/api_v2_token.yaml', (path) => (path.post['x-effect'] = 'maybe')], want: 'struct' },
  ],
  ...(['example', 'explanation', 'causes', 'fix'] as const).map(
    (field): Case => [
      `an identifier without its ${field}`,
      {
        given: catalogEntry('JSON_ERROR', (entry) => delete entry[field]),
        want: 'rule/identifier-has-explanation-and-example',
      },
    ],
  ),
  [
    'causes that leave out an operation that can return the identifier',
    {
      given: catalogEntry('MISSING_VALUE', (entry) => {
        entry.causes = { processVerification: 'An image is missing.' };
      }),
      want: 'MISSING_VALUE: no cause for createToken',
    },
  ],
  [
    'a cause for an operation that cannot return the identifier',
    {
      given: catalogEntry('TOKEN_NOT_VALID', (entry) => (entry.causes.createToken = 'Never.')),
      want: 'TOKEN_NOT_VALID: causes names "createToken"',
    },
  ],
  [
    "a fix missing one brand's text",
    {
      given: catalogEntry('INTERNAL_ERROR', (entry) => delete entry.fix.markid),
      want: 'x-error-catalog.INTERNAL_ERROR.fix: no entry for brand "markid"',
    },
  ],
  [
    "an identifier missing one brand's explanation",
    {
      given: catalogEntry('INTERNAL_ERROR', (entry) => delete entry.explanation.markid),
      want: 'error-contract/brand-maps-complete',
    },
  ],
  [
    "an identifier with one brand's explanation empty",
    {
      given: catalogEntry('INTERNAL_ERROR', (entry) => (entry.explanation.markid = ' ')),
      want: 'INTERNAL_ERROR: explanation: the text for brand "markid" must be a non-empty text.',
    },
  ],
  [
    'an example without a message',
    {
      given: catalogEntry('MISSING_VALUE', (entry) => (entry.example = { detail: 'x' })),
      want: 'rule/identifier-example-has-message',
    },
  ],
  [
    'an example that names another identifier',
    {
      given: catalogEntry('MISSING_VALUE', (entry) => (entry.example.identifier = 'NOT_AN_IDENTIFIER')),
      want: 'error-contract/catalog-consistent',
    },
  ],
  [
    'an error body example with an unknown identifier',
    {
      given: [
        'components/schemas/ErrorResponse.yaml',
        (schema) => (schema.examples = [{ identifier: 'NOT_AN_IDENTIFIER', message: 'Nope.' }]),
      ],
      want: 'no-invalid-schema-examples',
    },
  ],
  [
    'a request example that breaks its schema',
    {
      given: ['components/schemas/CreateTokenRequest.yaml', (schema) => (schema.examples[0].country = 'Lithuania')],
      want: 'no-invalid-schema-examples',
    },
  ],
  [
    'an identifier of an unknown brand',
    {
      given: catalogEntry('PERMISSIONS_ERROR', (entry) => (entry.brands = ['acme'])),
      want: 'error-contract/catalog-consistent',
    },
  ],
  [
    'an identifier returned by an unknown operation',
    {
      given: catalogEntry('TOKEN_NOT_VALID', (entry) => (entry.operations = ['verifyEverything'])),
      want: 'error-contract/catalog-consistent',
    },
  ],
  [
    'two identifiers sharing a docs anchor',
    {
      given: catalogEntry('BAD_VALUE', (entry) => (entry.docsAnchor = 'MISSING_VALUE')),
      want: 'error-contract/catalog-consistent',
    },
  ],
  [
    'a docs anchor stated as the identifier, which is the default',
    {
      given: catalogEntry('BAD_VALUE', (entry) => (entry.docsAnchor = 'BAD_VALUE')),
      want: 'BAD_VALUE: docsAnchor is the identifier, which is the default; leave it out.',
    },
  ],
  [
    'a docs anchor that is not usable as it is in a URL',
    {
      given: catalogEntry('BAD_VALUE', (entry) => (entry.docsAnchor = 'bad value"')),
      want: 'BAD_VALUE: docsAnchor must start with a letter',
    },
  ],
  [
    'a retry hint that is not a boolean',
    { given: catalogEntry('BAD_VALUE', (entry) => (entry.retryable = 'sometimes')), want: 'struct' },
  ],
  ['an API without a contact', { given: ['openapi.yaml', (root) => delete root.info.contact], want: 'info-contact' }],
  [
    'an API without a description',
    { given: ['openapi.yaml', (root) => delete root.info.description], want: 'rule/info-has-description' },
  ],
  [
    'an operation without a description',
    { given: ['paths/api_v2_status.yaml', (path) => delete path.post.description], want: 'operation-description' },
  ],
  [
    'an operation without a tag',
    { given: ['paths/api_v2_status.yaml', (path) => delete path.post.tags], want: 'rule/operation-has-tag' },
  ],
  [
    'an operation with a tag the spec does not declare',
    { given: ['paths/api_v2_status.yaml', (path) => (path.post.tags = ['Undeclared'])], want: 'operation-tag-defined' },
  ],
];

describe('the lint configuration', () => {
  it('accepts the unchanged spec', async () => {
    fixture = copySpec();
    const result = await fixture.check();
    expect(result.output).not.toMatch(/\d+ (errors?|warnings?)\b/);
    expect(result.ok).toBe(true);
  });

  it.each(cases)('rejects %s', async (_name, { given: [file, change], want }) => {
    fixture = copySpec();
    fixture.edit(file, change);
    const result = await fixture.check();
    expect(result.ok).toBe(false);
    expect(result.output).toContain(want);
  });
});
