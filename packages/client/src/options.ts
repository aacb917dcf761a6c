/** The options of a client and of one call, checked once when the client is created. */

export interface ClientOptions {
  /** Your API key (the Basic auth user name). */
  apiKey: string;
  /** Your API secret (the Basic auth password). It never appears in a message, a log line or a serialised error. */
  apiSecret: string;
  /** Defaults to the brand's production server, e.g. `https://ivs.idenfy.com`. Point it at the local sandbox in tests. */
  baseUrl?: string;
  /** A fetch to use instead of the global one. It receives the Request and `{ signal }`, and must honour the signal. */
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

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

function fail(message: string): never {
  throw new TypeError(message);
}

export function checkTimeout(value: number | undefined, name: string): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  return Number.isFinite(value) && value > 0 ? value : fail(`${name} must be a positive number of milliseconds.`);
}

export function checkMaxRetries(value: number | undefined, name: string): number {
  if (value === undefined) return DEFAULT_MAX_RETRIES;
  return Number.isInteger(value) && value >= 0 && value <= 10
    ? value
    : fail(`${name} must be an integer from 0 to 10.`);
}

/** An http(s) URL without credentials in it; the message never repeats the value, which might hold one. */
export function checkUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`${name} must be an absolute http(s) URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`${name} must be an absolute http(s) URL.`);
  if (url.username || url.password) fail(`${name} must not contain credentials; pass apiKey and apiSecret instead.`);
  return value;
}

export function checkCredential(value: unknown, name: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fail(`${name} must be a non-empty string.`);
}
