import { operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { checkConfig, defaultMaxBodyBytes, loadConfig, type SandboxConfig } from '../src/config.ts';
import { startSandbox } from '../src/server.ts';
import { imageLimit } from './support/fixtures.ts';

const partner = { apiKey: 'k', apiSecret: 's' };

describe('the config check', () => {
  test('accepts the package sandbox.config.json', () => {
    expect(loadConfig().partners.map(({ apiKey }) => apiKey)).toEqual(['sandbox-key', 'basic-key', 'quota-key']);
  });

  test.each([
    ['rejects a config without partners', { given: {}, want: /must have required property 'partners'/ }],
    ['rejects an unknown setting', { given: { partners: [], port: 1 }, want: /must NOT have additional properties/ }],
    [
      'rejects an API key with a colon, which Basic authentication cannot carry',
      { given: { partners: [{ apiKey: 'a:b', apiSecret: 's' }] }, want: /must match pattern/ },
    ],
    [
      'rejects a partner listed twice',
      { given: { partners: [partner, partner] }, want: /partner "k" is listed twice/ },
    ],
    [
      'rejects a verification of no partner',
      {
        given: { partners: [partner], verifications: [{ scanRef: 'v', apiKey: 'x', clientId: 'c', status: 'ACTIVE' }] },
        want: /verification "v" names no partner "x"/,
      },
    ],
    [
      'rejects a token of no verification',
      {
        given: { partners: [partner], tokens: [{ authToken: 't', scanRef: 'v' }] },
        want: /token "t" names no verification "v"/,
      },
    ],
    [
      'rejects specExamplesFor naming no partner',
      { given: { partners: [partner], specExamplesFor: 'x' }, want: /specExamplesFor names no partner "x"/ },
    ],
    [
      'rejects an expiry that is not a date-time',
      {
        given: {
          partners: [partner],
          verifications: [{ scanRef: 'v', apiKey: 'k', clientId: 'c', status: 'ACTIVE' }],
          tokens: [{ authToken: 't', scanRef: 'v', expiresAt: 'tomorrow' }],
        },
        want: /must match format "date-time"/,
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(() => checkConfig(given)).toThrow(want);
  });
});

test.each<[string, { given: SandboxConfig; want: RegExp }]>([
  [
    "refuses to start with a seeded status the brand's spec does not have",
    {
      given: { partners: [partner], verifications: [{ scanRef: 'v', apiKey: 'k', clientId: 'c', status: 'LOST' }] },
      want: /seeded verification "v" is not valid for getVerificationStatus/,
    },
  ],
  [
    "refuses to start with seeded data the brand's spec does not allow",
    {
      given: {
        partners: [partner],
        verifications: [{ scanRef: 'v', apiKey: 'k', clientId: 'c', status: 'APPROVED', data: { docSex: 'X' } }],
      },
      want: /seeded verification "v" is not valid for getVerificationData/,
    },
  ],
  [
    "refuses to start when the config seeds the spec's example scanRef itself",
    {
      given: {
        partners: [partner],
        specExamplesFor: 'k',
        verifications: [{ scanRef: exampleScanRef(), apiKey: 'k', clientId: 'c', status: 'ACTIVE' }],
      },
      want: /The config seeds the spec's example scanRef/,
    },
  ],
])('%s', async (_name, { given, want }) => {
  await expect(startSandbox({ port: 0, config: given })).rejects.toThrow(want);
});

function exampleScanRef(): string {
  const bundle = loadBundle(publishedBrands()[0] ?? '');
  return String(requestExampleOf(bundle, operationById(bundle, 'getVerificationStatus')).scanRef);
}

test.each(publishedBrands())(
  "lets the default body cap carry a %s process request with every image at the spec's limit",
  (brand) => {
    const bundle = loadBundle(brand);
    const largest = 'A'.repeat(imageLimit(bundle));
    const body = JSON.stringify({
      ...requestExampleOf(bundle, operationById(bundle, 'processVerification')),
      documentType: 'ID_CARD',
      images: { FRONT: largest, BACK: largest, FACE: largest, UTILITY_BILL: largest },
    });
    expect(Buffer.byteLength(body)).toBeLessThan(defaultMaxBodyBytes);
  },
);
