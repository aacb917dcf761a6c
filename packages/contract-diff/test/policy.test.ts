import { describe, expect, test } from 'vitest';
import type { ChangeKind } from '../src/change.ts';
import { FLAGS, requiredBump, SEVERITY, type Severity } from '../src/policy.ts';

describe('the versioning policy of the issue', () => {
  test.each<[string, { given: ChangeKind; want: Severity }]>([
    ['removing an identifier is breaking', { given: 'identifier-removed', want: 'breaking' }],
    ['renaming an identifier is breaking', { given: 'identifier-renamed', want: 'breaking' }],
    ['tightening a request is breaking', { given: 'request-tightened', want: 'breaking' }],
    ['tightening the error schema is breaking', { given: 'error-schema-tightened', want: 'breaking' }],
    ['making an error field required is breaking', { given: 'error-field-made-required', want: 'breaking' }],
    ['removing an error field is breaking', { given: 'error-field-removed', want: 'breaking' }],
    ['removing an operation is breaking', { given: 'operation-removed', want: 'breaking' }],
    [
      'adding an identifier is breaking: exhaustive handlers stop compiling',
      { given: 'identifier-added', want: 'breaking' },
    ],
    ['a response that can carry more values is breaking', { given: 'response-loosened', want: 'breaking' }],
    ['a response that can carry fewer values is minor', { given: 'response-tightened', want: 'minor' }],
    ['removing an exported type name is breaking', { given: 'type-name-removed', want: 'breaking' }],
    ['a new required error field is breaking', { given: 'required-error-field-added', want: 'breaking' }],
    ['a new optional error field is minor', { given: 'error-field-added', want: 'minor' }],
    ['adding an operation is minor', { given: 'operation-added', want: 'minor' }],
    ['loosening a request is minor', { given: 'request-loosened', want: 'minor' }],
    ['rewording an explanation is a patch', { given: 'explanation-changed', want: 'patch' }],
  ])('%s', (_name, { given, want }) => {
    expect(SEVERITY[given]).toBe(want);
  });

  test('an added identifier is flagged for exhaustive handlers', () => {
    expect(FLAGS['identifier-added']).toBe('exhaustive handlers need a new case');
  });

  test.each<[string, { given: ChangeKind[]; want: string | undefined }]>([
    ['no change needs no bump', { given: [], want: undefined }],
    ['a wording change needs a patch', { given: ['explanation-changed'], want: 'patch' }],
    [
      'an addition and a wording change need a minor',
      { given: ['explanation-changed', 'operation-added'], want: 'minor' },
    ],
    ['one breaking change needs a major', { given: ['operation-added', 'identifier-removed'], want: 'major' }],
  ])('%s', (_name, { given, want }) => {
    expect(requiredBump(given.map((kind) => ({ brand: 'idenfy', kind, subject: 'X' })))).toBe(want);
  });
});
