import { bundlePath } from '@error-contract/spec/locations';
import { describe, expect, it } from 'vitest';
import { brandClient } from '../src/brand-clients.ts';
import { classificationProblems } from '../src/classification.ts';
import { type NamedErrorExample, namedErrorExamples } from '../src/named-error-examples.ts';
import { hasRequestBody, requestBodies } from '../src/operation-requests.ts';
import { partners } from '../src/partners.ts';
import { recordingFetch } from '../src/recording-fetch.ts';
import { brands, contractOf } from './support/contract.ts';
import { usePrism } from './support/prism.ts';

const prism = usePrism(() =>
  Object.fromEntries(brands.map((brand) => [brand, { mode: 'mock', bundle: bundlePath(brand, 'yaml') }] as const)),
);

/** Asks the brand's mock for a named 400 example of an operation, through the client of `clientBrand`. */
async function askForExample(brand: string, { operationId, name }: NamedErrorExample, clientBrand = brand) {
  const { fetch } = recordingFetch({ rewrite: { headers: { prefer: `code=400, example=${name}` } } });
  const client = brandClient(clientBrand).create({ ...partners.full, baseUrl: prism(brand).url, fetch, maxRetries: 0 });
  const method = client[operationId];
  if (!method || !hasRequestBody(operationId))
    throw new Error(`${brand}: no request for the operation ${operationId}.`);
  return method(requestBodies[operationId]());
}

describe.each(brands)('prism mock of the %s bundle', (brand) => {
  const examples = namedErrorExamples(contractOf(brand).bundle);

  it('has a named 400 example of every identifier, on the operations that can return it', () => {
    const identifiers = new Set(examples.map((example) => example.identifier));
    expect([...identifiers].sort()).toEqual([...contractOf(brand).specEnum].sort());
    expect(examples.filter((example) => example.name !== example.identifier)).toEqual([]);
  });

  it.each(examples.map((example) => [`${example.operationId} ${example.name}`, example] as const))(
    'returns the %s example, which the client classifies as that api-error',
    async (_name, example) => {
      const result = await askForExample(brand, example);
      const where = `${brand}: ${example.operationId} example ${example.name}`;
      expect(classificationProblems(where, example.identifier, result)).toEqual([]);
    },
  );
});

describe('the mock check fails with the example named', () => {
  it('when the client does not know the identifier', async () => {
    const example = { operationId: 'createToken', name: 'PERMISSIONS_ERROR', identifier: 'PERMISSIONS_ERROR' };
    const result = await askForExample('markid', example, 'idenfy');
    expect(
      classificationProblems('markid: createToken example PERMISSIONS_ERROR', 'PERMISSIONS_ERROR', result),
    ).toEqual([
      'markid: createToken example PERMISSIONS_ERROR: expected api-error PERMISSIONS_ERROR, got unknown-api-error PERMISSIONS_ERROR (status 400)',
    ]);
  });
});
