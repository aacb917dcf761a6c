/** getVerificationData (`POST /api/v2/data`): the document data of one of the partner's verifications. */
import { successResponseOf } from '@error-contract/spec/bundle';
import type { HandlerFactory } from './operation.ts';
import { verificationFor } from './verification-lookup.ts';

export const getVerificationData: HandlerFactory = (bundle, state, operation) => {
  const schema = successResponseOf(bundle, operation).schema ?? {};
  // Every optional field of the response is a document field, null until the document is read.
  const required = new Set(schema.required as string[] | undefined);
  const unread = Object.fromEntries(
    Object.keys((schema.properties as object | undefined) ?? {})
      .filter((field) => !required.has(field))
      .map((field) => [field, null]),
  );
  return ({ body, apiKey }) => {
    const verification = verificationFor(state, apiKey, body.scanRef);
    return { ...unread, ...verification.data, scanRef: verification.scanRef, clientId: verification.clientId };
  };
};
