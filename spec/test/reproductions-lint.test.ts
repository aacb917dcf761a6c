import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySpec, type FixtureSpec, type YamlDocument } from './support/fixture-spec.ts';

let fixture: FixtureSpec;
afterEach(() => fixture?.remove());

const RULE = 'error-contract/reproductions-complete';

const cases: Array<[name: string, { given: (fixture: FixtureSpec) => void; want: string }]> = [
  [
    'an identifier of the catalog without a reproduction',
    {
      given: (copy) => rmSync(join(copy.dir, 'spec/reproductions/JSON_ERROR.yaml')),
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
    'a reproduction of an identifier the catalog does not have',
    {
      given: (copy) =>
        writeFileSync(join(copy.dir, 'spec/reproductions/NOT_AN_IDENTIFIER.yaml'), '- summary: Anything.\n'),
      want: '"NOT_AN_IDENTIFIER" is not an identifier of the catalog',
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
      want: 'reproductions/UNAUTHORIZED.yaml: /0/role must be equal to one of the allowed values',
    },
  ],
];

describe('the reproductions-complete rule', () => {
  it.each(cases)('rejects %s', async (_name, { given, want }) => {
    fixture = copySpec();
    given(fixture);
    const result = await fixture.check();
    expect(result.ok).toBe(false);
    expect(result.output).toContain(RULE);
    expect(result.output).toContain(want);
  });
});
