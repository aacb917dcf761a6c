/**
 * HTTP Basic authentication (the spec's `apiKeyPair` scheme): API key as user name, API secret as password.
 * The presented pair is compared with every partner's, in constant time, so timing tells nothing about how close it was.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ApiCredentials } from '@error-contract/spec/local-sandbox';
import { Refusal } from './refusal.ts';

interface StoredPair {
  apiKey: string;
  /** `key:secret` in UTF-8, zero-padded to the common width. */
  padded: Buffer;
  length: number;
}

const basicScheme = /^\s*basic\s+(\S+)\s*$/i;
const colon = 0x3a;

export class CredentialCheck {
  readonly #pairs: StoredPair[];
  /** timingSafeEqual compares equal lengths only: every pair, and what is presented, is padded to this width. */
  readonly #width: number;

  constructor(pairs: readonly ApiCredentials[]) {
    // The key cannot hold a colon (RFC 7617), so `key:secret` names exactly one pair.
    const userPasses = pairs.map(({ apiKey, apiSecret }) => ({ apiKey, bytes: Buffer.from(`${apiKey}:${apiSecret}`) }));
    this.#width = Math.max(1, ...userPasses.map(({ bytes }) => bytes.length));
    this.#pairs = userPasses.map(({ apiKey, bytes }) => ({
      apiKey,
      padded: this.#pad(bytes),
      length: bytes.length,
    }));
  }

  #pad(bytes: Buffer): Buffer {
    const padded = Buffer.alloc(this.#width);
    bytes.copy(padded, 0, 0, this.#width);
    return padded;
  }

  /** The API key of the partner the `Authorization` header proves, or an UNAUTHORIZED Refusal. */
  authenticate(authorization: string | undefined): string {
    const encoded = authorization === undefined ? undefined : basicScheme.exec(authorization)?.[1];
    if (encoded === undefined) {
      throw new Refusal('badCredentials', 'Missing API key and secret: send them as HTTP Basic authentication.');
    }
    const userPass = Buffer.from(encoded, 'base64');
    if (!userPass.includes(colon)) throw new Refusal('badCredentials', 'Invalid API key or secret.');
    const presented = this.#pad(userPass);
    let match: string | undefined;
    // Every pair is compared, over the same width, and the loop never exits early.
    for (const pair of this.#pairs) {
      const sameBytes = timingSafeEqual(pair.padded, presented);
      if (sameBytes && pair.length === userPass.length) match = pair.apiKey;
    }
    if (match === undefined) throw new Refusal('badCredentials', 'Invalid API key or secret.');
    return match;
  }
}
