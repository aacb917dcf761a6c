/** Both brands as the tests see them: the generated definition, the public factory, and the spec's own bundle. */
import { type BrandBundle, loadBundle } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/docs-routes';
import type { BrandDefinition } from '../../src/brand.ts';
import { type ClientMethods, type ClientOptions, createBrandClient } from '../../src/client.ts';
import { brand as idenfy } from '../../src/generated/idenfy/brand.ts';
import type { operations } from '../../src/generated/idenfy/openapi.ts';
import { brand as markid } from '../../src/generated/markid/brand.ts';
import type { Clock } from '../../src/retry.ts';
import { fakeClock } from './clock.ts';

export interface TestBrand {
  id: string;
  definition: BrandDefinition;
  bundle: BrandBundle;
  /** The identifier's entry on the brand's public errors page, by the docs site's own route function. */
  docsUrl(identifier: string): string;
}

export const brands: TestBrand[] = [idenfy, markid].map((definition) => ({
  id: definition.id,
  definition,
  bundle: loadBundle(definition.id),
  docsUrl(identifier: string) {
    const anchor = catalogOf(this.bundle).find((entry) => entry.identifier === identifier)?.docsAnchor ?? '';
    return errorDocsUrl(this.bundle.externalDocs.url, definition.id, anchor);
  },
}));

/** Both brands' operations are the same; the tests call them through this one shape. */
export type AnyClient = ClientMethods<operations, string>;

export const TEST_KEY = 'test-key';
export const TEST_SECRET = 'test-secret-0123456789';

/** A client of the brand with test credentials and a fake clock, so that retries do not wait. */
export function testClient(
  brand: TestBrand,
  options: Partial<ClientOptions> = {},
  clock: Clock = fakeClock(),
): AnyClient {
  return createBrandClient<operations, string>(
    `test ${brand.id} client`,
    brand.definition,
    { apiKey: TEST_KEY, apiSecret: TEST_SECRET, ...options },
    clock,
  );
}

/** A body each operation accepts, from the spec's schema examples. */
export const validBodies = {
  createToken: { clientId: 'user-8f14e45f' },
  getVerificationStatus: { scanRef: '3af0b5c8-4d2f-11ee-a2f7-0242ac120002' },
  getVerificationData: { scanRef: '3af0b5c8-4d2f-11ee-a2f7-0242ac120002' },
  processVerification: {
    authToken: 'kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0',
    country: 'LT',
    documentType: 'PASSPORT',
    images: { FRONT: 'aGVsbG8=', FACE: 'aGVsbG8=' },
  },
  deleteVerificationData: { scanRef: '3af0b5c8-4d2f-11ee-a2f7-0242ac120002' },
} as const satisfies { [Op in keyof operations]: AnyClient[Op] extends (body: infer Body) => unknown ? Body : never };

export type OperationId = keyof typeof validBodies;
export const operationIds = Object.keys(validBodies) as OperationId[];

/** Calls an operation by name with its valid body. */
export function callOperation(
  client: AnyClient,
  operation: OperationId,
  options?: Parameters<AnyClient[OperationId]>[1],
) {
  return (client[operation] as (body: unknown, options?: unknown) => ReturnType<AnyClient[OperationId]>)(
    validBodies[operation],
    options,
  );
}
