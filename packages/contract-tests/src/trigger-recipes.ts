/**
 * How to provoke each standard API error from the sandbox with the generated client: one recipe per identifier,
 * after the sandbox README's trigger table. A catalog identifier without a recipe fails the contract tests.
 */
import type { LooseClient } from './brands.ts';
import { type Partner, partners, requestBodies } from './client-calls.ts';

/** What a client never sends on its own: the fetch it is given rewrites its request. */
export interface RequestRewrite {
  method?: string;
  /** The raw body bytes; null sends none. */
  body?: string | Uint8Array | null;
  headers?: Readonly<Record<string, string>>;
}

export interface TriggerRecipe {
  /** The trigger in a few words, for messages. */
  trigger: string;
  operationId: keyof typeof requestBodies;
  body: unknown;
  /** Defaults to the partner for whom everything succeeds. */
  partner?: Partner;
  /** Calls the same partner makes first, e.g. spending its token quota. */
  before?: (client: LooseClient) => Promise<unknown>;
  rewrite?: RequestRewrite;
}

export const triggerRecipes: Readonly<Record<string, TriggerRecipe>> = {
  INTERNAL_ERROR: {
    trigger: 'the sandbox fault switch on a valid request',
    operationId: 'getVerificationStatus',
    body: requestBodies.getVerificationStatus(),
    rewrite: { headers: { 'x-sandbox-fault': 'internal-error' } },
  },
  BAD_VALUE: {
    trigger: 'a scanRef the partner has no verification for',
    operationId: 'getVerificationStatus',
    body: requestBodies.getVerificationStatus('no-such-scan'),
  },
  MISSING_VALUE: {
    trigger: 'an ID card without its back image',
    operationId: 'processVerification',
    body: { ...requestBodies.processVerification(), images: { FRONT: 'aGVsbG8=', FACE: 'aGVsbG8=' } },
  },
  UNAUTHORIZED: {
    trigger: 'a wrong API secret',
    operationId: 'getVerificationStatus',
    body: requestBodies.getVerificationStatus(),
    partner: { apiKey: partners.full.apiKey, apiSecret: 'wrong-secret' },
  },
  ENCODING_ERROR: {
    trigger: 'a body that is not UTF-8',
    operationId: 'createToken',
    body: requestBodies.createToken(),
    rewrite: { body: Uint8Array.from(Buffer.from('{"clientId": "\xff\xfe"}', 'latin1')) },
  },
  JSON_ERROR: {
    trigger: 'a body that is not well-formed JSON',
    operationId: 'createToken',
    body: requestBodies.createToken(),
    rewrite: { body: '{"clientId": ' },
  },
  TOKEN_NOT_VALID: {
    trigger: 'an expired authToken',
    operationId: 'processVerification',
    body: requestBodies.processVerification('sandbox-expired-token'),
  },
  PARTNER_CONTRACT_ERROR: {
    trigger: 'an option outside the partner contract',
    operationId: 'createToken',
    body: { ...requestBodies.createToken(), generateDigitString: true },
    partner: partners.basic,
  },
  METHOD_NOT_ALLOWED: {
    trigger: 'GET on an operation path',
    operationId: 'createToken',
    body: requestBodies.createToken(),
    rewrite: { method: 'GET', body: null },
  },
  PERMISSIONS_ERROR: {
    trigger: 'a token request past the token quota',
    operationId: 'createToken',
    body: requestBodies.createToken(),
    partner: partners.quota,
    // The quota is one token per sandbox: the first request may already have spent it.
    before: (client) => client.createToken?.(requestBodies.createToken()) ?? Promise.resolve(),
  },
  // No brand's catalog has it yet: the real API introduced it later, and the sandbox limits only where it is listed.
  TOO_MANY_REQUESTS: {
    trigger: 'a request past the hourly rate limit',
    operationId: 'createToken',
    body: requestBodies.createToken(),
    partner: partners.rateLimited,
    // The seeded limit is 2 requests per sliding hour; they may already be spent.
    before: async (client) => {
      for (let sent = 0; sent < 2; sent++) await client.createToken?.(requestBodies.createToken());
    },
  },
};
