import type { CredentialRole } from '@error-contract/spec/local-sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { checkedClientFor } from './support/client.ts';
import { imageLimit, processRequest } from './support/fixtures.ts';
import { useSandbox } from './support/sandbox.ts';

let clock = Date.parse('2030-01-01T00:00:00Z');
const sandbox = useSandbox({ now: () => clock });

/** The data of a success, or the test fails with what came instead. */
function dataOf<T>(result: { ok: true; data: T } | { ok: false; kind: string }): T {
  if (!result.ok) throw new Error(`Expected a success, got ${JSON.stringify(result)}.`);
  return result.data;
}

function identifierOf(result: { ok: boolean; kind: string; identifier?: string }): string | undefined {
  return result.ok ? undefined : result.identifier;
}

describe.each(publishedBrands())('the %s sandbox', (brand) => {
  const client = (as: CredentialRole = 'partner') => checkedClientFor(sandbox, brand, { as });

  test('creates a token, processes it once, reads the result and deletes it', async () => {
    const api = client();
    const created = await api.createToken({
      clientId: 'user-1',
      firstName: 'Jonas',
      lastName: 'Jonaitis',
      dateOfBirth: '1990-04-17',
      generateDigitString: true,
    });
    expect(created.ok && created.status).toBe(201);
    const token = dataOf(created);
    const { schemas } = loadBundle(brand).components;
    expect(token).toMatchObject({
      clientId: 'user-1',
      personScanRef: 'user-1',
      firstName: 'JONAS',
      lastName: 'JONAITIS',
      dateOfBirth: '1990-04-17',
      expiryTime: schemas.ExpiryTime?.default,
      sessionLength: schemas.SessionLength?.default,
      tokenType: 'IDENTIFICATION',
      documents: ['ID_CARD', 'PASSPORT'],
      allowedDocuments: { ALL: ['ID_CARD', 'PASSPORT'] },
      country: null,
      successUrl: null,
      additionalSteps: null,
      digitString: expect.stringMatching(/^\d+$/),
      redirectUrl: expect.stringContaining(`${sandbox.current.brandUrl(brand)}/`),
    });
    const { authToken, scanRef } = token;

    expect(dataOf(await api.getVerificationStatus({ scanRef })).status).toBe('ACTIVE');
    expect(dataOf(await api.getVerificationData({ scanRef })).docFirstName).toBeNull();

    expect(dataOf(await api.processVerification(processRequest(brand, authToken)))).toBeUndefined();
    expect(dataOf(await api.getVerificationStatus({ scanRef })).status).toBe('APPROVED');
    expect(dataOf(await api.getVerificationData({ scanRef }))).toMatchObject({
      scanRef,
      clientId: 'user-1',
      docFirstName: 'JONAS',
      docLastName: 'JONAITIS',
      docType: processRequest(brand, authToken).documentType,
      docIssuingCountry: 'LT',
      selectedCountry: 'LT',
      docDob: '1990-04-17',
      birthPlace: null,
    });
    expect(identifierOf(await api.processVerification(processRequest(brand, authToken)))).toBe('TOKEN_NOT_VALID');

    expect(dataOf(await api.deleteVerificationData({ scanRef }))).toBeUndefined();
    expect(dataOf(await api.getVerificationStatus({ scanRef })).status).toBe('DELETED');
    expect(dataOf(await api.getVerificationData({ scanRef })).docFirstName).toBeNull();
  });

  test('gives a dummy session its automatic result at once', async () => {
    const { scanRef } = dataOf(await client().createToken({ clientId: 'user-7', dummyStatus: 'SUSPECTED' }));
    expect(dataOf(await client().getVerificationStatus({ scanRef })).status).toBe('SUSPECTED');
  });

  test('leaves out the digit string unless asked for it', async () => {
    expect(dataOf(await client('partnerWithoutOption').createToken({ clientId: 'user-2' })).digitString).toBeNull();
  });

  test("accepts an image at the brand's size limit", async () => {
    const { authToken } = dataOf(await client().createToken({ clientId: 'user-3' }));
    const largest = 'A'.repeat(imageLimit(loadBundle(brand)));
    const processed = await client().processVerification(processRequest(brand, authToken, { FRONT: largest }));
    expect(processed.ok).toBe(true);
  });

  test('expires a token after its expiryTime', async () => {
    const api = client();
    const { authToken, scanRef } = dataOf(await api.createToken({ clientId: 'user-4', expiryTime: 60 }));
    clock += 61_000;
    const processed = await api.processVerification(processRequest(brand, authToken));
    expect(processed.ok || [processed.kind, processed.kind === 'api-error' && processed.message]).toEqual([
      'api-error',
      'Token has expired.',
    ]);
    expect(dataOf(await api.getVerificationStatus({ scanRef })).status).toBe('EXPIRED');
    await api.deleteVerificationData({ scanRef });
    expect(dataOf(await api.getVerificationStatus({ scanRef })).status).toBe('EXPIRED-DELETED');
  });

  test('makes the token of a deleted verification unusable', async () => {
    const api = client();
    const { authToken, scanRef } = dataOf(await api.createToken({ clientId: 'user-5' }));
    await api.deleteVerificationData({ scanRef });
    expect(identifierOf(await api.processVerification(processRequest(brand, authToken)))).toBe('TOKEN_NOT_VALID');
  });

  test.each([
    ['reads a seeded verification', { given: 'sandbox-approved', want: { status: 'APPROVED', docLastName: 'SMITH' } }],
    [
      'reads a seeded verification with no document data',
      { given: 'sandbox-denied', want: { status: 'DENIED', docLastName: null } },
    ],
    [
      'reads a seeded verification whose token expired',
      { given: 'sandbox-expired', want: { status: 'EXPIRED', docLastName: null } },
    ],
  ])('%s', async (_name, { given, want }) => {
    expect(dataOf(await client().getVerificationStatus({ scanRef: given })).status).toBe(want.status);
    expect(dataOf(await client().getVerificationData({ scanRef: given })).docLastName).toBe(want.docLastName);
  });
});

test('keeps each brand in its own state', async () => {
  const [first, second] = publishedBrands();
  if (!first || !second) return;
  const { scanRef } = dataOf(await checkedClientFor(sandbox, first).createToken({ clientId: 'user-6' }));
  expect(identifierOf(await checkedClientFor(sandbox, second).getVerificationStatus({ scanRef }))).toBe('BAD_VALUE');
});
