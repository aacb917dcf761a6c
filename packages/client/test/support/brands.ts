/** Every brand as the tests see it: the generated definition, the public factory, and the spec's own bundle. */

import { type BrandBundle, operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import type { BrandDefinition } from '../../src/brand.ts';
import { type ClientMethods, type ClientOptions, createBrandClient, type RequestBody } from '../../src/client.ts';
import type { operations } from '../../src/generated/idenfy/openapi.ts';
import type { Clock } from '../../src/retry.ts';
import { fakeClock } from './clock.ts';

export interface TestBrand {
  id: string;
  definition: BrandDefinition;
  bundle: BrandBundle;
  /** The identifier's entry on the brand's public errors page, by the docs site's own route function. */
  docsUrl(identifier: string): string;
}

/** Every published brand's generated definition, found where the generator writes it. */
const definitions: BrandDefinition[] = await Promise.all(
  publishedBrands().map(
    async (id) => ((await import(`../../src/generated/${id}/brand.ts`)) as { brand: BrandDefinition }).brand,
  ),
);

export const brands: TestBrand[] = definitions.map((definition) => ({
  id: definition.id,
  definition,
  bundle: loadBundle(definition.id),
  docsUrl(identifier: string) {
    const anchor = catalogOf(this.bundle).find((entry) => entry.identifier === identifier)?.docsAnchor ?? '';
    return errorDocsUrl(this.bundle.externalDocs.url, definition.id, anchor);
  },
}));

/** Every brand's operations are the same; the tests call them through this one shape. */
export type AnyClient = ClientMethods<operations, string>;

export const TEST_KEY = 'test-key';
export const TEST_SECRET = 'test-secret-0123456789';

/** The brand of each client testClient made, so that callOperation sends that brand's request examples. */
const brandOfClient = new WeakMap<object, TestBrand>();

/** A client of the brand with test credentials and a fake clock, so that retries do not wait. */
export function testClient(
  brand: TestBrand,
  options: Partial<ClientOptions> = {},
  clock: Clock = fakeClock(),
): AnyClient {
  const client = createBrandClient<operations, string>(
    `test ${brand.id} client`,
    brand.definition,
    { apiKey: TEST_KEY, apiSecret: TEST_SECRET, ...options },
    clock,
  );
  brandOfClient.set(client, brand);
  return client;
}

export type OperationId = keyof operations;
export const operationIds = Object.keys(definitions[0]?.operations ?? {}) as OperationId[];

/** A valid request of the operation: the spec's request example (`requestExampleOf`), a fresh copy each time. */
export function validBody<Op extends OperationId>(brand: TestBrand, operation: Op): RequestBody<operations[Op]> {
  return requestExampleOf(brand.bundle, operationById(brand.bundle, operation)) as RequestBody<operations[Op]>;
}

export function brandById(id: string): TestBrand {
  const brand = brands.find((candidate) => candidate.id === id);
  if (!brand) throw new Error(`No brand ${id}.`);
  return brand;
}

/** Calls an operation by name with a valid request of the client's brand. */
export function callOperation(
  client: AnyClient,
  operation: OperationId,
  options?: Parameters<AnyClient[OperationId]>[1],
) {
  const brand = brandOfClient.get(client);
  if (!brand) throw new Error('callOperation needs a client made by testClient.');
  return (client[operation] as (body: unknown, options?: unknown) => ReturnType<AnyClient[OperationId]>)(
    validBody(brand, operation),
    options,
  );
}
