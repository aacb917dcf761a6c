import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySpec, type FixtureSpec, type YamlDocument } from './support/fixture-spec.ts';

let fixture: FixtureSpec;
afterEach(() => fixture?.remove());

const RULE = 'error-contract/reproductions-complete';

const cases: Array<[name: string, { given: (fixture: FixtureSpec) => void; rule?: string; want: string }]> = [
  [
    'an identifier of the catalog without reproductions',
    {
      given: (copy) =>
        copy.edit('components/schemas/ErrorIdentifier.yaml', (schema: YamlDocument) => {
          delete schema['x-error-catalog'].JSON_ERROR.reproductions;
        }),
      rule: 'struct',
      want: 'The field `reproductions` must be present on this level.',
    },
  ],
  [
    'an identifier with an empty list of reproductions',
    {
      given: (copy) => writeFileSync(join(copy.dir, 'spec/reproductions/JSON_ERROR.yaml'), '[]\n'),
      want: 'JSON_ERROR on createToken has no reproduction',
    },
  ],
  [
    'an operation that can return an identifier but has no reproduction of it',
    {
      given: (copy) =>
        copy.edit('reproductions/BAD_VALUE.yaml', (list: YamlDocument) => (list[0].operations = ['createToken'])),
      want: 'BAD_VALUE on processVerification has no reproduction',
    },
  ],
  [
    'a reproduction file no identifier references',
    {
      given: (copy) =>
        writeFileSync(join(copy.dir, 'spec/reproductions/NOT_AN_IDENTIFIER.yaml'), '- summary: Anything.\n'),
      rule: 'reproductions/NOT_AN_IDENTIFIER.yaml',
      want: 'no catalog entry references it',
    },
  ],
  [
    'a reproduction naming an unknown operation',
    {
      given: (copy) =>
        copy.edit('reproductions/TOKEN_NOT_VALID.yaml', (list: YamlDocument) => (list[0].operations = ['verifyAll'])),
      want: 'unknown operation "verifyAll"',
    },
  ],
  [
    'a step naming an unknown operation',
    {
      given: (copy) =>
        copy.edit(
          'reproductions/PERMISSIONS_ERROR.yaml',
          (list: YamlDocument) => (list[0].before[0].operation = 'buyTokens'),
        ),
      want: 'unknown operation "buyTokens"',
    },
  ],
  [
    'a reproduction on an operation the catalog says cannot return the identifier',
    {
      given: (copy) =>
        copy.edit('reproductions/TOKEN_NOT_VALID.yaml', (list: YamlDocument) => list[0].operations.push('createToken')),
      want: 'the catalog says createToken cannot return TOKEN_NOT_VALID',
    },
  ],
  [
    'two reproductions of one cell',
    {
      given: (copy) =>
        copy.edit('reproductions/UNAUTHORIZED.yaml', (list: YamlDocument) =>
          list.push({ summary: 'No credentials.', role: 'none' }),
        ),
      want: 'UNAUTHORIZED on createToken is already reproduced by #1',
    },
  ],
  [
    'a reproduction with an unknown credential role',
    {
      given: (copy) => copy.edit('reproductions/UNAUTHORIZED.yaml', (list: YamlDocument) => (list[0].role = 'admin')),
      rule: 'struct',
      want: '`role` can be one of the following only: "partner", "partnerWithoutOption"',
    },
  ],
  [
    'a request with a method that is not an HTTP method',
    {
      given: (copy) =>
        copy.edit('reproductions/BAD_VALUE.yaml', (list: YamlDocument) => (list[0].request.method = 'BREW')),
      rule: 'struct',
      want: '`method` can be one of the following only: "GET", "PUT", "POST", "DELETE", "PATCH".',
    },
  ],
  [
    'a request field the format does not have',
    {
      given: (copy) => copy.edit('reproductions/BAD_VALUE.yaml', (list: YamlDocument) => (list[0].request.body = '{}')),
      rule: 'struct',
      want: 'Property `body` is not expected here.',
    },
  ],
  [
    'a request that sets a member by something other than a JSON pointer',
    {
      given: (copy) =>
        copy.edit('reproductions/BAD_VALUE.yaml', (list: YamlDocument) => (list[0].request.set = { country: 'XX' })),
      want: '"country" is not a JSON pointer into the request body',
    },
  ],
  [
    'a request with raw bytes and members to set',
    {
      given: (copy) =>
        copy.edit('reproductions/JSON_ERROR.yaml', (list: YamlDocument) => (list[0].request.set = { '/a': 1 })),
      want: 'raw bytes or no body exclude any other body',
    },
  ],
];

describe('the reproductions-complete rule', () => {
  it.each(cases)('rejects %s', async (_name, { given, rule = RULE, want }) => {
    fixture = copySpec();
    given(fixture);
    const result = await fixture.check();
    expect(result.ok).toBe(false);
    expect(result.output).toContain(rule);
    expect(result.output).toContain(want);
  });
});
