/** The partners the sandbox seeds from its default sandbox.config.json (see apps/sandbox/README.md). */
export interface Partner {
  apiKey: string;
  apiSecret: string;
}

export const partners = {
  /** Everything that should succeed. */
  full: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' },
  /** A contract without `generateDigitString`. */
  basic: { apiKey: 'basic-key', apiSecret: 'basic-secret' },
  /** A token quota of 1. */
  quota: { apiKey: 'quota-key', apiSecret: 'quota-secret' },
  /** 2 requests per hour, enforced where the brand's catalog has TOO_MANY_REQUESTS. */
  rateLimited: { apiKey: 'ratelimit-key', apiSecret: 'ratelimit-secret' },
} as const satisfies Record<string, Partner>;
