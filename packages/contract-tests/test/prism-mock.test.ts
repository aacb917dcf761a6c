/**
 * `prism mock` of each brand bundle serves every named 400 example of every operation (`Prefer: example=…`), and
 * the brand's generated client classifies each one as that identifier's api-error.
 */
import { operationsOf } from '@error-contract/spec/bundle';
import { roles } from '@error-contract/spec/local-sandbox';
import { bundlePath } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { callOperation, outcomeOf, recordingFetch, validBodyOf } from '../src/client-calls.ts';
import { usePrism } from '../src/servers.ts';

const prism = usePrism(() =>
  Object.fromEntries(
    brands.map((brandId) => [brandId, { mode: 'mock', bundle: bundlePath(brandId, 'yaml') }] as const),
  ),
);

describe.each(brands)('%s', (brandId) => {
  const { bundle, identifiers, createClient, declaredErrorsOf } = brand(brandId);
  // The bundle names each operation's 400 examples after their identifiers (spec/test/bundles.test.ts).
  const examples = operationsOf(bundle).flatMap(({ operationId }) =>
    declaredErrorsOf(operationId).map((identifier) => [operationId, identifier] as const),
  );

  it('asks the mock for every identifier', () => {
    expect(new Set(examples.map(([, identifier]) => identifier))).toEqual(new Set(identifiers));
  });

  it.each(examples)(
    '%s returns its %s example, which the client classifies as that api-error',
    async (operationId, identifier) => {
      const { fetch } = recordingFetch({ headers: { prefer: `code=400, example=${identifier}` } });
      const client = createClient({ ...roles.partner.seeded, baseUrl: prism(brandId).url, fetch, maxRetries: 0 });
      const result = await callOperation(client, operationId, validBodyOf(brandId, operationId));
      expect(outcomeOf(result), `${brandId}: ${operationId} example ${identifier}`).toEqual({
        kind: 'api-error',
        identifier,
        status: 400,
      });
    },
  );
});
