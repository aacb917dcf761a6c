import { expect, test } from 'vitest';
import { CredentialCheck } from '../src/credentials.ts';
import { Refusal } from '../src/refusal.ts';

const check = new CredentialCheck([
  { apiKey: 'first', apiSecret: 'one' },
  { apiKey: 'second', apiSecret: 'two:with:colons' },
]);
const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

test.each([
  ['accepts a known key with its secret', { given: basic('first:one'), want: 'first' }],
  ['accepts a secret that contains colons', { given: basic('second:two:with:colons'), want: 'second' }],
  [
    'accepts the scheme in any case and extra spaces',
    { given: `  basic   ${Buffer.from('first:one').toString('base64')}`, want: 'first' },
  ],
  ['rejects a known key with the secret of another', { given: basic('first:two:with:colons'), want: undefined }],
  ['rejects an unknown key', { given: basic('third:one'), want: undefined }],
  ['rejects an empty secret', { given: basic('first:'), want: undefined }],
  ['rejects credentials without a colon', { given: basic('firstone'), want: undefined }],
  ['rejects a header that is not base64', { given: 'Basic %%%', want: undefined }],
  // Characters the base64 decoder skips make the header longer than the buffer the sandbox decodes into.
  [
    'accepts a known pair whose base64 carries thousands of characters the decoder skips',
    { given: `Basic ${Buffer.from('first:one').toString('base64')}${'.'.repeat(5000)}`, want: 'first' },
  ],
  [
    'rejects a pair longer than the buffer it is decoded into',
    { given: basic(`first:${'x'.repeat(5000)}`), want: undefined },
  ],
  ['rejects another scheme', { given: 'Bearer first:one', want: undefined }],
  ['rejects a missing header', { given: undefined, want: undefined }],
])('%s', (_name, { given, want }) => {
  if (want === undefined) {
    expect(() => check.authenticate(given)).toThrow(Refusal);
  } else {
    expect(check.authenticate(given)).toBe(want);
  }
});

test.each([
  ['rejects a pair that only starts like a known one', { given: basic('first:one-and-more'), want: undefined }],
  ['rejects a prefix of a known pair', { given: basic('second:two'), want: undefined }],
  ['rejects a pair padded with zero bytes', { given: basic('first:one\0\0'), want: undefined }],
  ['rejects a pair far longer than any known one', { given: basic(`first:${'x'.repeat(1000)}`), want: undefined }],
])('%s', (_name, { given }) => {
  expect(() => check.authenticate(given)).toThrow(Refusal);
});

test('compares each pair on its own bytes, whatever the pair checked before it', () => {
  // The presented pair is decoded into a buffer reused by every request: nothing of a longer one may stay behind.
  const sequence = [
    [basic('second:two:with:colons'), 'second'],
    [basic('second:two'), undefined],
    [basic('first:one'), 'first'],
    [basic('firstone'), undefined],
    [basic(`first:one${'x'.repeat(2000)}`), undefined],
    [basic('first:one'), 'first'],
  ] as const;
  for (const [given, want] of sequence) {
    if (want === undefined) expect(() => check.authenticate(given)).toThrow(Refusal);
    else expect(check.authenticate(given)).toBe(want);
  }
});
