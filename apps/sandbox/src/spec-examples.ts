/**
 * The spec's examples as seeded state, so that every operation's request example succeeds as it stands for one
 * partner: the example scanRef is a verification that reads as the read operations' response examples show, and the
 * example authToken is its unused token (the createToken response example pairs them), as if the createToken
 * request example had made it. processVerification uses the token up, as it would any other.
 */
import { type BrandBundle, operationById, requestExampleOf, successResponseOf } from '@error-contract/spec/bundle';
import type { BrandState } from './brand-state.ts';

export function seedSpecExamples(bundle: BrandBundle, state: BrandState, apiKey: string): void {
  const scanRef = String(requestExample(bundle, 'getVerificationStatus').scanRef);
  const authToken = String(requestExample(bundle, 'processVerification').authToken);
  const { status, clientId } = responseExample(bundle, 'getVerificationStatus');
  const { scanRef: _, clientId: __, ...data } = responseExample(bundle, 'getVerificationData');
  if (state.verifications.has(scanRef)) throw new Error(`The config seeds the spec's example scanRef "${scanRef}".`);
  if (state.tokens.has(authToken)) throw new Error(`The config seeds the spec's example authToken "${authToken}".`);
  state.verifications.set(scanRef, {
    scanRef,
    apiKey,
    clientId: String(clientId),
    status: String(status),
    authToken,
    requested: requestExample(bundle, 'createToken'),
    data,
  });
  state.tokens.set(authToken, { authToken, scanRef, apiKey, expiresAt: Number.POSITIVE_INFINITY, used: false });
}

function requestExample(bundle: BrandBundle, operationId: string): Record<string, unknown> {
  return requestExampleOf(bundle, operationById(bundle, operationId));
}

function responseExample(bundle: BrandBundle, operationId: string): Record<string, unknown> {
  const { schema } = successResponseOf(bundle, operationById(bundle, operationId));
  const [example] = (schema?.examples ?? []) as unknown[];
  if (typeof example !== 'object' || example === null) {
    throw new Error(`${operationId}: its success response schema has no example object under \`examples\`.`);
  }
  return structuredClone(example) as Record<string, unknown>;
}
