/** One brand's in-memory state: partners with their contract and quota, issued tokens and verifications. */
import type { SandboxConfig } from './config.ts';

export interface Partner {
  apiKey: string;
  contract: { generateDigitString: boolean };
  /** Tokens the partner may still create; null for no limit. */
  tokensLeft: number | null;
}

export interface Token {
  authToken: string;
  scanRef: string;
  apiKey: string;
  expiresAt: number;
  used: boolean;
}

export interface Verification {
  scanRef: string;
  apiKey: string;
  clientId: string;
  status: string;
  /** Its token, which deleting the verification makes unusable. */
  authToken?: string;
  /** When its token expires; a verification still ACTIVE then reads as EXPIRED. */
  expiresAt?: number;
  /** The fields the partner sent when creating the token, which the simulated document reading echoes. */
  requested: Record<string, unknown>;
  /** The document fields read so far; the others are null. */
  data: Record<string, unknown>;
}

export class BrandState {
  readonly partners = new Map<string, Partner>();
  readonly tokens = new Map<string, Token>();
  readonly verifications = new Map<string, Verification>();

  constructor(config: SandboxConfig) {
    for (const { apiKey, contract, tokenQuota } of config.partners) {
      this.partners.set(apiKey, {
        apiKey,
        contract: { generateDigitString: contract?.generateDigitString ?? false },
        tokensLeft: tokenQuota ?? null,
      });
    }
    for (const { scanRef, apiKey, clientId, status, data } of config.verifications ?? []) {
      this.verifications.set(scanRef, { scanRef, apiKey, clientId, status, data: { ...data }, requested: {} });
    }
    for (const { authToken, scanRef, expiresAt, used } of config.tokens ?? []) {
      const verification = this.verifications.get(scanRef);
      if (!verification) continue;
      const expiry = expiresAt ? Date.parse(expiresAt) : Number.POSITIVE_INFINITY;
      verification.authToken = authToken;
      verification.expiresAt = expiry;
      this.tokens.set(authToken, { authToken, scanRef, apiKey: verification.apiKey, expiresAt: expiry, used: !!used });
    }
  }

  partner(apiKey: string): Partner {
    const partner = this.partners.get(apiKey);
    if (!partner) throw new Error(`No partner "${apiKey}" in the brand state.`);
    return partner;
  }

  /** The partner's verification; another partner's is as unknown as a missing one. */
  verificationOf(apiKey: string, scanRef: string): Verification | undefined {
    const verification = this.verifications.get(scanRef);
    return verification?.apiKey === apiKey ? verification : undefined;
  }

  /** The partner's token; another partner's is as unknown as a missing one. */
  tokenOf(apiKey: string, authToken: string): Token | undefined {
    const token = this.tokens.get(authToken);
    return token?.apiKey === apiKey ? token : undefined;
  }

  statusOf(verification: Verification, now: number): string {
    const expired = verification.expiresAt !== undefined && verification.expiresAt <= now;
    return verification.status === 'ACTIVE' && expired ? 'EXPIRED' : verification.status;
  }
}
