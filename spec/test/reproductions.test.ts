import { describe, expect, it } from 'vitest';
import { operationById, operationsOf } from '../src/bundle.ts';
import { catalogOf } from '../src/catalog.ts';
import { seededCredentials } from '../src/local-sandbox.ts';
import { bytesOf, curlOf, matrixOf, resolveRequest } from '../src/reproductions.ts';
import { loadBundle, publishedBrands } from '../src/workspace.ts';

describe('the reproduction declaration', () => {
  it.each(publishedBrands())('gives every cell of %s one reproduction', (brand) => {
    const bundle = loadBundle(brand);
    const matrix = matrixOf(bundle);
    const operations = operationsOf(bundle).map((operation) => operation.operationId);
    const want = catalogOf(bundle).flatMap((entry) =>
      (entry.operations ?? operations).map((operationId) => `${operationId} × ${entry.identifier}`),
    );
    expect(matrix.cells.map((cell) => `${cell.operationId} × ${cell.identifier}`).sort()).toEqual(want.sort());
    expect(matrix.cells.filter((cell) => !cell.reproduction)).toEqual([]);
  });

  it('builds requests from the operation request example with the declared changes', () => {
    const bundle = loadBundle('markid');
    const cell = matrixOf(bundle).cells.find(
      (candidate) => candidate.operationId === 'createToken' && candidate.identifier === 'PARTNER_CONTRACT_ERROR',
    );
    expect(cell?.reproduction?.request).toMatchObject({
      method: 'POST',
      role: 'partnerWithoutOption',
      body: { kind: 'json', value: { clientId: 'user-8f14e45f', generateDigitString: true } },
    });
    const missing = resolveRequest(bundle, operationById(bundle, 'createToken'), 'partner', { remove: ['/clientId'] });
    expect(missing.body).toEqual({ kind: 'json', value: expect.not.objectContaining({ clientId: expect.anything() }) });
  });

  it.each([
    ['{"clientId": "\\xff\\xfe"}', [...Buffer.from('{"clientId": "'), 0xff, 0xfe, ...Buffer.from('"}')]],
    ['{"name": "Jūratė"}', [...Buffer.from('{"name": "Jūratė"}', 'utf8')]],
    ['\\x7B', [0x7b]],
  ])('reads the raw body %s as its bytes', (raw, want) => {
    expect([...bytesOf(raw)]).toEqual(want);
  });

  it.each([
    [
      'a JSON body',
      { operationId: 'createToken', role: 'wrongSecret' as const, change: { set: { '/country': "X'X" } } },
      `curl -X POST 'https://api.example.com/api/v2/token' -u 'sandbox-key:wrong-secret' -H 'Content-Type: application/json' --data-binary '{"clientId":"user-8f14e45f","firstName":"John","lastName":"Smith","country":"X'\\''X","documents":["ID_CARD","PASSPORT"],"dateOfBirth":"1990-04-17"}'`,
    ],
    [
      'raw bytes',
      { operationId: 'createToken', role: 'partner' as const, change: { raw: '{"clientId": "\\xff"}' } },
      `printf '{"clientId": "\\377"}' | curl -X POST 'https://api.example.com/api/v2/token' -u 'sandbox-key:sandbox-secret' -H 'Content-Type: application/json' --data-binary @-`,
    ],
    [
      'another method without a body',
      { operationId: 'getVerificationStatus', role: 'none' as const, change: { method: 'GET', noBody: true as const } },
      `curl -X GET 'https://api.example.com/api/v2/status'`,
    ],
  ])('renders %s as a curl command', (_name, { operationId, role, change }, want) => {
    const bundle = loadBundle('idenfy');
    const request = resolveRequest(bundle, operationById(bundle, operationId), role, change);
    expect(curlOf(request, 'https://api.example.com', seededCredentials(role))).toBe(want);
  });
});
