import { expect, test } from 'vitest';
import { fieldName } from '../src/validation-error.ts';

test.each([
  ['names a top-level field', { given: ['', 'clientId'], want: 'clientId' }],
  ['names a nested field with dots', { given: ['/images', 'BACK'], want: 'images.BACK' }],
  ['names an array item with its index', { given: ['/documents/0'], want: 'documents[0]' }],
  ['unescapes JSON pointer segments', { given: ['/a~1b/c~0d'], want: 'a/b.c~d' }],
  ['shortens a field name no one could read', { given: ['', 'k'.repeat(500)], want: `${'k'.repeat(80)}…` }],
] as Array<[string, { given: [string, string?]; want: string }]>)('%s', (_name, { given, want }) => {
  expect(fieldName(...given)).toBe(want);
});
