/**
 * HTTP Basic authentication (the spec's `apiKeyPair` scheme): API key as user name, API secret as password.
 * Every partner's key and secret are compared, in constant time, so timing tells nothing about which part was wrong.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error.ts';

export interface KeyPair {
  apiKey: string;
  apiSecret: string;
}

interface StoredPair {
  apiKey: string;
  keyDigest: Buffer;
  secretDigest: Buffer;
}

function digest(text: string): Buffer {
  // Equal-length digests are what timingSafeEqual needs; the lengths of key and secret stay hidden too.
  return createHash('sha256').update(text).digest();
}

export class CredentialCheck {
  readonly #pairs: StoredPair[];

  constructor(pairs: readonly KeyPair[]) {
    this.#pairs = pairs.map(({ apiKey, apiSecret }) => ({
      apiKey,
      keyDigest: digest(apiKey),
      secretDigest: digest(apiSecret),
    }));
  }

  /** The API key of the partner the `Authorization` header proves, or an UNAUTHORIZED ApiError. */
  authenticate(authorization: string | undefined): string {
    const presented = parseBasic(authorization);
    const keyDigest = digest(presented.apiKey);
    const secretDigest = digest(presented.apiSecret);
    let match: string | undefined;
    for (const pair of this.#pairs) {
      // Both comparisons always run and the loop never exits early.
      const keyMatches = timingSafeEqual(pair.keyDigest, keyDigest);
      const secretMatches = timingSafeEqual(pair.secretDigest, secretDigest);
      if (keyMatches && secretMatches) match = pair.apiKey;
    }
    if (match === undefined) throw new ApiError('badCredentials', 'Invalid API key or secret.');
    return match;
  }
}

function parseBasic(authorization: string | undefined): KeyPair {
  const [scheme, encoded] = authorization?.trim().split(/\s+/, 2) ?? [];
  if (scheme?.toLowerCase() !== 'basic' || !encoded) {
    throw new ApiError('badCredentials', 'Missing API key and secret: send them as HTTP Basic authentication.');
  }
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new ApiError('badCredentials', 'Invalid API key or secret.');
  return { apiKey: decoded.slice(0, colon), apiSecret: decoded.slice(colon + 1) };
}
