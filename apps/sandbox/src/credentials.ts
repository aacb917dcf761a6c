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
/** Pairs up to this size are decoded without an allocation; longer ones (never a known one) are decoded as usual. */
const scratchBytes = 1024;

export class CredentialCheck {
  readonly #pairs: StoredPair[];
  /** timingSafeEqual compares equal lengths only: every pair, and what is presented, is padded to this width. */
  readonly #width: number;
  /**
   * Where the presented pair is decoded, reused by every request: allocating a zeroed buffer per request cost more
   * than the comparisons. Its first `#width` bytes, `#presented`, are what is compared.
   */
  readonly #scratch: Buffer;
  readonly #presented: Buffer;

  constructor(pairs: readonly ApiCredentials[]) {
    // The key cannot hold a colon (RFC 7617), so `key:secret` names exactly one pair.
    const userPasses = pairs.map(({ apiKey, apiSecret }) => ({ apiKey, bytes: Buffer.from(`${apiKey}:${apiSecret}`) }));
    this.#width = Math.max(1, ...userPasses.map(({ bytes }) => bytes.length));
    this.#pairs = userPasses.map(({ apiKey, bytes }) => ({
      apiKey,
      padded: this.#pad(bytes),
      length: bytes.length,
    }));
    this.#scratch = Buffer.alloc(Math.max(this.#width, scratchBytes));
    this.#presented = this.#scratch.subarray(0, this.#width);
  }

  #pad(bytes: Buffer): Buffer {
    const padded = Buffer.alloc(this.#width);
    bytes.copy(padded, 0, 0, this.#width);
    return padded;
  }

  /**
   * Decodes the presented pair as `Buffer.from(encoded, 'base64')` does, padded or cut to the common width; returns
   * its length in bytes, or -1 when it holds no colon.
   */
  #decode(encoded: string): number {
    // What Buffer.from allocates, and so the most it decodes.
    const estimate = Buffer.byteLength(encoded, 'base64');
    if (estimate > this.#scratch.length) {
      const userPass = Buffer.from(encoded, 'base64');
      if (!userPass.includes(colon)) return -1;
      this.#presented.fill(0);
      userPass.copy(this.#presented, 0, 0, this.#width);
      return userPass.length;
    }
    const length = this.#scratch.write(encoded, 0, estimate, 'base64');
    if (length < this.#width) this.#scratch.fill(0, length, this.#width);
    const found = this.#scratch.indexOf(colon);
    return found >= 0 && found < length ? length : -1;
  }

  /** The API key of the partner the `Authorization` header proves, or an UNAUTHORIZED Refusal. */
  authenticate(authorization: string | undefined): string {
    const encoded = authorization === undefined ? undefined : basicScheme.exec(authorization)?.[1];
    if (encoded === undefined) {
      throw new Refusal('badCredentials', 'Missing API key and secret: send them as HTTP Basic authentication.');
    }
    const length = this.#decode(encoded);
    if (length < 0) throw new Refusal('badCredentials', 'Invalid API key or secret.');
    let match: string | undefined;
    // Every pair is compared, over the same width, and the loop never exits early.
    for (const pair of this.#pairs) {
      const sameBytes = timingSafeEqual(pair.padded, this.#presented);
      if (sameBytes && pair.length === length) match = pair.apiKey;
    }
    if (match === undefined) throw new Refusal('badCredentials', 'Invalid API key or secret.');
    return match;
  }
}
