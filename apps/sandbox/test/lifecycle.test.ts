import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle } from '@error-contract/spec/catalog';
import { describe, expect, test } from 'vitest';
import { imageLimit, jsonHeaders, partners, processBody } from './support/fixtures.ts';
import { useSandbox } from './support/sandbox.ts';

let clock = Date.parse('2030-01-01T00:00:00Z');
const sandbox = useSandbox({ now: () => clock });

describe.each(publishedBrands())('the %s sandbox', (brand) => {
  const post = async (path: string, body: unknown, authorization: string = partners.full) => {
    const reply = await sandbox.send(brand, { path, headers: jsonHeaders(authorization), body: JSON.stringify(body) });
    return { status: reply.status, body: reply.text === '' ? undefined : JSON.parse(reply.text) };
  };

  test('creates a token, processes it once, reads the result and deletes it', async () => {
    const created = await post('/api/v2/token', {
      clientId: 'user-1',
      firstName: 'Jonas',
      lastName: 'Jonaitis',
      dateOfBirth: '1990-04-17',
      generateDigitString: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      clientId: 'user-1',
      firstName: 'Jonas',
      expiryTime: 3600,
      sessionLength: 600,
      tokenType: 'IDENTIFICATION',
      digitString: expect.stringMatching(/^\d+$/),
      redirectUrl: expect.stringContaining(`${sandbox.current.brandUrl(brand)}/`),
    });
    const { authToken, scanRef } = created.body;

    expect((await post('/api/v2/status', { scanRef })).body.status).toBe('ACTIVE');
    expect((await post('/api/v2/data', { scanRef })).body.docFirstName).toBeNull();

    expect(await post('/api/v2/process', JSON.parse(processBody(authToken)))).toEqual({ status: 200 });
    expect((await post('/api/v2/status', { scanRef })).body.status).toBe('APPROVED');
    expect((await post('/api/v2/data', { scanRef })).body).toMatchObject({
      scanRef,
      clientId: 'user-1',
      docFirstName: 'JONAS',
      docLastName: 'JONAITIS',
      docType: 'ID_CARD',
      docIssuingCountry: 'LT',
      docDob: '1990-04-17',
    });
    expect((await post('/api/v2/process', JSON.parse(processBody(authToken)))).body.identifier).toBe('TOKEN_NOT_VALID');

    expect(await post('/api/v2/delete', { scanRef })).toEqual({ status: 200 });
    expect((await post('/api/v2/status', { scanRef })).body.status).toBe('DELETED');
    expect((await post('/api/v2/data', { scanRef })).body.docFirstName).toBeNull();
  });

  test('leaves out the digit string unless asked for it', async () => {
    const created = await post('/api/v2/token', { clientId: 'user-2' }, partners.basic);
    expect(created.body.digitString).toBeNull();
  });

  test("accepts an image at the brand's size limit", async () => {
    const { authToken } = (await post('/api/v2/token', { clientId: 'user-3' })).body;
    const largest = 'A'.repeat(imageLimit(loadBundle(brand)));
    expect(await post('/api/v2/process', JSON.parse(processBody(authToken, { FRONT: largest })))).toEqual({
      status: 200,
    });
  });

  test('expires a token after its expiryTime', async () => {
    const { authToken, scanRef } = (await post('/api/v2/token', { clientId: 'user-4', expiryTime: 60 })).body;
    clock += 61_000;
    const processed = await post('/api/v2/process', JSON.parse(processBody(authToken)));
    expect(processed.body).toEqual({ identifier: 'TOKEN_NOT_VALID', message: 'Token has expired.' });
    expect((await post('/api/v2/status', { scanRef })).body.status).toBe('EXPIRED');
    await post('/api/v2/delete', { scanRef });
    expect((await post('/api/v2/status', { scanRef })).body.status).toBe('EXPIRED-DELETED');
  });

  test('makes the token of a deleted verification unusable', async () => {
    const { authToken, scanRef } = (await post('/api/v2/token', { clientId: 'user-5' })).body;
    await post('/api/v2/delete', { scanRef });
    const processed = await post('/api/v2/process', JSON.parse(processBody(authToken)));
    expect(processed.body.identifier).toBe('TOKEN_NOT_VALID');
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
    expect((await post('/api/v2/status', { scanRef: given })).body.status).toBe(want.status);
    expect((await post('/api/v2/data', { scanRef: given })).body.docLastName).toBe(want.docLastName);
  });
});

test('keeps each brand in its own state', async () => {
  const created = await sandbox.send('idenfy', {
    path: '/api/v2/token',
    headers: jsonHeaders(),
    body: '{"clientId": "user-6"}',
  });
  const { scanRef } = JSON.parse(created.text);
  const elsewhere = await sandbox.send('markid', {
    path: '/api/v2/status',
    headers: jsonHeaders(),
    body: JSON.stringify({ scanRef }),
  });
  expect(JSON.parse(elsewhere.text).identifier).toBe('BAD_VALUE');
});
