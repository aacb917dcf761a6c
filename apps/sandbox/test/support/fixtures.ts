/** Requests the tests share: the seeded partners' credentials and valid bodies taken from the brand's spec. */
import type { operations, RequestBody } from '@error-contract/client/idenfy';
import { type BrandBundle, operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { roles } from '@error-contract/spec/local-sandbox';
import { contractOf } from './contract.ts';
import { basic } from './raw-request.ts';

/** The `Authorization` header of each partner of the package's sandbox.config.json, by what its contract allows. */
export const authorizations = {
  full: basic(roles.partner.seeded),
  basic: basic(roles.partnerWithoutOption.seeded),
  quota: basic(roles.partnerQuotaSpent.seeded),
} as const;

export function jsonHeaders(authorization: string = authorizations.full): Record<string, string> {
  return { authorization, 'content-type': 'application/json' };
}

/** The largest image the brand's spec accepts, read from its bundle. */
export function imageLimit(bundle: BrandBundle): number {
  const image = bundle.components.schemas.Image as { maxLength?: number } | undefined;
  if (!image?.maxLength) throw new Error('The bundle has no Image maxLength.');
  return image.maxLength;
}

type OperationId = keyof operations;

/** The operation's request example in the brand's spec: what a test sends when it needs "a valid request". */
export function requestExample<Op extends OperationId>(brand: string, operationId: Op): RequestBody<operations[Op]> {
  const { bundle } = contractOf(brand);
  return requestExampleOf(bundle, operationById(bundle, operationId)) as RequestBody<operations[Op]>;
}

/** The same, as the JSON text of a request body. */
export function requestExampleBody(brand: string, operationId: OperationId): string {
  return JSON.stringify(requestExample(brand, operationId));
}

/** The brand's process request example for another token, with some of its images replaced or added. */
export function processRequest(
  brand: string,
  authToken: string,
  images: Partial<Record<'FRONT' | 'BACK' | 'FACE' | 'UTILITY_BILL', string>> = {},
) {
  const example = requestExample(brand, 'processVerification');
  return { ...example, authToken, images: { ...example.images, ...images } };
}
