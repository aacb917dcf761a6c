/**
 * HTTP Basic authentication (the spec's `apiKeyPair` scheme): API key as user name, API secret as password.
 * The presented pair is compared with every partner's, in constant time, so timing tells nothing about how close it was.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error.ts';

export interface KeyPair {
  apiKey: string;
  apiSecret: string;
}

interface StoredPair {
  apiKey: string;
  digest: Buffer;
}

/** Equal-length digests are what timingSafeEqual needs; the lengths of key and secret stay hidden too. */
function digest({ apiKey, apiSecret }: KeyPair): Buffer {
  // The key cannot hold a colon (RFC 7617), so `key:secret` names exactly one pair.
  return hash('sha256', `${apiKey}:${apiSecret}`, 'buffer');
}

export class CredentialCheck {
  readonly #pairs: StoredPair[];

  constructor(pairs: readonly KeyPair[]) {
    this.#pairs = pairs.map((pair) => ({ apiKey: pair.apiKey, digest: digest(pair) }));
  }

  /** The API key of the partner the `Authorization` header proves, or an UNAUTHORIZED ApiError. */
  authenticate(authorization: string | undefined): string {
    const presented = digest(parseBasic(authorization));
    let match: string | undefined;
    // Every pair is compared and the loop never exits early.
    for (const pair of this.#pairs) if (timingSafeEqual(pair.digest, presented)) match = pair.apiKey;
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
