/** The options of a client and of one call, checked when the client is created and when a call overrides them. */

export interface ClientOptions {
  /** Your API key (the Basic auth user name). */
  apiKey: string;
  /** Your API secret (the Basic auth password). It never appears in a message, a log line or a serialised error. */
  apiSecret: string;
  /** Defaults to the brand's production server, e.g. `https://ivs.idenfy.com`. Point it at the local sandbox in tests. */
  baseUrl?: string;
  /**
   * A fetch to use instead of the global one. It receives the Request and `{ signal }` and must honour the signal
   * (abort the request and the body), as the built-in fetch does: timeouts and aborts work through it.
   */
  fetch?: (request: Request, init: { signal: AbortSignal }) => Promise<Response>;
  /** Time limit of one attempt, headers and body, in milliseconds. Default 60,000. */
  timeoutMs?: number;
  /** How many times a failed `read` call is retried (see the retry policy). Default 2; 0 turns retries off. */
  maxRetries?: number;
  /** The root of the hosted docs that `docsUrl` points into, if not the brand's public docs site. */
  docsBaseUrl?: string;
  /** Receives one line per retry. Lines never contain the API secret or the Authorization header. */
  log?: (line: string) => void;
  /**
   * The client refuses to start in a browser, where anyone using the page could read the secret.
   * Set this only if the secret there is not one to protect.
   */
  dangerouslyAllowBrowser?: boolean;
}

export interface CallOptions {
  /** Aborts the call, including a wait between retries; the result is a `transport-error` with reason `abort`. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
}

function fail(rule: string): never {
  throw new TypeError(`${rule}.`);
}

// The messages name the option but never repeat its value, which might be a secret.
export const timeoutOf = (ms: number | undefined, fallback = 60_000): number =>
  ms === undefined ? fallback : ms > 0 && ms <= 2 ** 30 ? ms : fail('timeoutMs must be 1 to 2^30 ms');

export const maxRetriesOf = (count: number | undefined, fallback = 2): number =>
  count === undefined
    ? fallback
    : Number.isInteger(count) && count >= 0 && count <= 10
      ? count
      : fail('maxRetries must be an integer from 0 to 10');

export const credentialOf = (value: unknown, name: string): string =>
  typeof value === 'string' && value ? value : fail(`${name} must be a non-empty string`);

/** An absolute http(s) URL without credentials in it. */
export function urlOf(value: string, name: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return url && /^https?:$/.test(url.protocol) && !url.username && !url.password
    ? value
    : fail(`${name} must be an http(s) URL without credentials`);
}
