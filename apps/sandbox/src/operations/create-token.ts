/** createToken (`POST /api/v2/token`): a token and its verification, within the partner's contract and quota. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { requestSchemaOf, type SchemaObject, successResponseOf } from '@error-contract/spec/bundle';
import { Refusal } from '../refusal.ts';
import type { HandlerFactory } from './operation.ts';

/** Mark ID's documented message; iDenfy, which has no PERMISSIONS_ERROR, gets the same words. */
export const tokenLimitMessage = 'Partner reached token limit.';

export const createToken: HandlerFactory = (bundle, state, operation) => {
  const properties = (successResponseOf(bundle, operation).schema?.properties ?? {}) as Record<string, SchemaObject>;
  // The request fields the response lists come back as the API took them: sent, defaulted, or null.
  const requested = Object.keys(requestSchemaOf(bundle, operation)?.properties ?? {});
  const echoed = Object.keys(properties).filter((field) => requested.includes(field));
  const message = String((properties.message?.examples as unknown[] | undefined)?.[0] ?? 'Token created.');

  return ({ body, apiKey, now, brandUrl }) => {
    const partner = state.partner(apiKey);
    if (body.generateDigitString === true && !partner.contract.generateDigitString) {
      throw new Refusal('optionOutsideContract', "Your contract does not allow 'generateDigitString'.");
    }
    if (partner.tokensLeft !== null) {
      if (partner.tokensLeft <= 0) throw new Refusal('tokenQuotaSpent', tokenLimitMessage);
      partner.tokensLeft -= 1;
    }
    // 30 random bytes are 40 base64url characters, the longest token the spec allows.
    const authToken = randomBytes(30).toString('base64url');
    const scanRef = randomUUID();
    const clientId = String(body.clientId);
    const expiresAt = now + Number(body.expiryTime) * 1000;
    state.tokens.set(authToken, { authToken, scanRef, apiKey, expiresAt, used: false });
    state.verifications.set(scanRef, {
      scanRef,
      apiKey,
      clientId,
      // A dummy session (development environments) has its automatic result at once.
      status: typeof body.dummyStatus === 'string' ? body.dummyStatus : 'ACTIVE',
      authToken,
      expiresAt,
      data: {},
      requested: body,
    });
    const reply: Record<string, unknown> = {};
    for (const field of echoed) reply[field] = body[field] ?? null;
    return {
      ...reply,
      // The API answers names in upper case.
      firstName: upperCase(body.firstName),
      lastName: upperCase(body.lastName),
      message,
      authToken,
      scanRef,
      clientId,
      personScanRef: clientId,
      // The partner's settings would narrow this per country; the sandbox has none.
      allowedDocuments: { ALL: body.documents },
      redirectUrl: `${brandUrl}/redirect?authToken=${authToken}`,
      digitString: body.generateDigitString === true ? String(randomInt(10_000_000, 100_000_000)) : null,
    };
  };
};

function upperCase(value: unknown): string | null {
  return typeof value === 'string' ? value.toUpperCase() : null;
}
