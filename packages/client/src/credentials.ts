/**
 * HTTP Basic credentials (the spec's `apiKeyPair` security scheme): sent by an openapi-fetch middleware, kept in
 * this closure only, and masked in every text the client builds from a request or a response.
 */
import type { Middleware } from 'openapi-fetch';

export interface Credentials {
  readonly middleware: Middleware;
  /** The text with the API secret and the encoded Authorization value replaced by `***`. */
  readonly redact: (text: string) => string;
}

/** Shorter secrets are not masked: masking every "a" in a text would hide more than it protects. */
export const MIN_MASKED_LENGTH = 8;

export function basicAuth(apiKey: string, apiSecret: string): Credentials {
  // Base64 of the UTF-8 bytes, as RFC 7617 says.
  const token = btoa(String.fromCharCode(...new TextEncoder().encode(`${apiKey}:${apiSecret}`)));
  const header = `Basic ${token}`;
  // The secret as it reads inside JSON text too, where a quote or a backslash in it is escaped.
  const secrets =
    apiSecret.length < MIN_MASKED_LENGTH ? [] : [token, apiSecret, JSON.stringify(apiSecret).slice(1, -1)];
  return {
    middleware: {
      onRequest({ request }) {
        request.headers.set('Authorization', header);
      },
    },
    redact: (text) =>
      secrets.reduce((masked, secret) => (masked.includes(secret) ? masked.replaceAll(secret, '***') : masked), text),
  };
}
