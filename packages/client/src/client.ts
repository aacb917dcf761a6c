/**
 * Creating a brand's client on openapi-fetch: its options and their checks, the HTTP Basic credentials, the refusal
 * to run in a browser, and one method per operationId of the spec, each resolving to a typed Result.
 */
import createClient from 'openapi-fetch';
import { type BrandDefinition, errorCatalogUnder } from './brand.ts';
import { MAX_BODY_BYTES } from './generated/limits.ts';
import { basicAuthSecrets, createMasker } from './masking.ts';
import { type AttemptEnd, type ResponseRead, readReply, resultReader, transportError } from './response.ts';
import { describeFailure, type Result } from './result.ts';
import { type Clock, deadlines, retryDelay, systemClock } from './retry.ts';

/** The JSON request body of an operation of the generated `operations`. */
export type RequestBody<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;

/** The body of an operation's success response, or `undefined` when the spec declares none. */
export type SuccessData<Op> = Op extends { responses: infer Responses }
  ? {
      [S in keyof Responses & SuccessStatus]: Responses[S] extends { content: { 'application/json': infer Data } }
        ? Data
        : undefined;
    }[keyof Responses & SuccessStatus]
  : never;

/** A brand's client: one method per operation of the generated `operations`, resolving to a typed Result. */
export type ClientMethods<Ops, Id extends string> = {
  readonly [Op in keyof Ops]: (
    body: RequestBody<Ops[Op]>,
    options?: CallOptions,
  ) => Promise<Result<SuccessData<Ops[Op]>, Id>>;
};

export interface ClientOptions {
  /** Your API key (the Basic auth user name). */
  apiKey: string;
  /** Your API secret (the Basic auth password). It never appears in a message, a log line or a serialised error. */
  apiSecret: string;
  /** Defaults to the brand's production server (its spec's `servers`). Point it at the local sandbox in tests. */
  baseUrl?: string;
  /**
   * A fetch to use instead of the global one. It receives the Request and `{ signal }` and must honour the signal
   * (abort the request and the body), as the built-in fetch does: timeouts and aborts work through it.
   */
  fetch?: (request: Request, init: { signal: AbortSignal }) => Promise<Response>;
  /** Time limit of one attempt, headers and body, in milliseconds. Default 60,000. */
  timeoutMs?: number;
  /**
   * How many bytes of a reply's body are read, counted after content decoding (gzip, deflate, br); a longer body is
   * an `unexpected-response` with reason `too-large`, and the rest is never read. Default 1 MiB (1,048,576).
   */
  maxBodyBytes?: number;
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
      : fail('maxRetries must be an integer 0 to 10');

export const maxBodyBytesOf = (bytes: number | undefined): number =>
  bytes === undefined
    ? MAX_BODY_BYTES
    : Number.isInteger(bytes) && bytes > 0 && bytes <= 2 ** 30
      ? bytes
      : fail('maxBodyBytes must be an integer 1 to 2^30');

export const credentialOf = (value: unknown, name: string): string =>
  typeof value === 'string' && value ? value : fail(`${name} must be a non-empty string`);

/** An absolute http(s) URL without credentials in it. */
export function urlOf(value: string, name: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return url && /^https?:$/.test(url.protocol) && !url.username && !url.password
    ? value
    : fail(`${name} must be an http(s) URL without credentials`);
}

/** A browser page (a window with a document) or a web worker. Node, Deno, Bun and edge runtimes are not. */
export function isBrowserLike(scope: object = globalThis): boolean {
  const { window, importScripts } = scope as { window?: { document?: unknown }; importScripts?: unknown };
  return window?.document !== undefined || typeof importScripts === 'function';
}

/** The part of openapi-fetch's client used here, with paths known only at run time. */
interface PathClient {
  POST(path: string, init: { body: unknown; fetch: (request: Request) => Promise<Response> }): Promise<unknown>;
}

export function createBrandClient<Ops, Id extends string>(
  factory: string,
  brand: BrandDefinition<Id>,
  options: ClientOptions,
  clock: Clock = systemClock,
): ClientMethods<Ops, Id> {
  if (!options.dangerouslyAllowBrowser && isBrowserLike()) {
    throw new Error(
      `${factory}() refuses to run in a browser, where the API secret is exposed (dangerouslyAllowBrowser: true overrides).`,
    );
  }
  const secrets = basicAuthSecrets(
    credentialOf(options.apiKey, 'apiKey'),
    credentialOf(options.apiSecret, 'apiSecret'),
  );
  const timeoutMs = timeoutOf(options.timeoutMs);
  const maxBodyBytes = maxBodyBytesOf(options.maxBodyBytes);
  const maxRetries = maxRetriesOf(options.maxRetries);
  const catalog = errorCatalogUnder(brand, options.docsBaseUrl && urlOf(options.docsBaseUrl, 'docsBaseUrl'));
  const toResult = resultReader(brand, catalog, createMasker(secrets));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log = options.log;
  const api = createClient({
    baseUrl: urlOf(options.baseUrl ?? brand.baseUrl, 'baseUrl'),
    // The second of the secrets is the Basic value to send: RFC 7617's base64 of the UTF-8 bytes of `apiKey:apiSecret`.
    headers: { Authorization: `Basic ${secrets[1]}` },
  }) as unknown as PathClient;
  const deadlineFor = deadlines();
  /**
   * What the fetch given to openapi-fetch returns once it has read the reply itself: a body-less 204, which
   * openapi-fetch hands back without reading. One for every call of this client.
   */
  const readAlready = new Response(null, { status: 204 });

  /** One method per operation: its attempts, with retries as the policy allows. */
  const client: Record<string, (body: unknown, options?: CallOptions) => Promise<Result<unknown, Id>>> = {};
  for (const [operation, [path, effect, json]] of Object.entries(brand.operations)) {
    client[operation] = async (body, callOptions) => {
      const signal = callOptions?.signal;
      const timeout = timeoutOf(callOptions?.timeoutMs, timeoutMs);
      const retriesAllowed = maxRetriesOf(callOptions?.maxRetries, maxRetries);
      /** One request and its response, or the transport error that ended it. */
      const attempt = async (): Promise<AttemptEnd> => {
        if (signal?.aborted) return transportError(operation, 'abort', signal.reason);
        const deadline = deadlineFor(timeout);
        const fetchSignal = signal ? AbortSignal.any([signal, deadline]) : deadline;
        // openapi-fetch builds and sends the request; the reply is read here, within the read limit.
        let reply: ResponseRead | undefined;
        try {
          await api.POST(path, {
            body,
            fetch: async (request) => {
              reply = await readReply(await fetchImpl(request, { signal: fetchSignal }), maxBodyBytes);
              return readAlready;
            },
          });
          return reply as ResponseRead;
        } catch (thrown) {
          if (signal?.aborted) return transportError(operation, 'abort', thrown);
          // The deadline's own reason cannot say the limit; this message does.
          return deadline.aborted
            ? transportError(operation, 'timeout', `No response within ${timeout} ms.`)
            : transportError(operation, 'network', thrown);
        }
      };
      for (let retries = 0; ; retries++) {
        const ended = await attempt();
        const result = toResult(operation, json, ended);
        if (result.ok) return result;
        const delay = retryDelay(
          effect,
          result,
          retries,
          retriesAllowed,
          'response' in ended ? ended.response.headers.get('retry-after') : null,
          clock,
        );
        if (delay === undefined) return result;
        log?.(`Retry ${retries + 1} of ${retriesAllowed} in ${delay} ms after ${describeFailure(result)}`);
        await clock.sleep(delay, signal);
      }
    };
  }
  return Object.freeze(client) as unknown as ClientMethods<Ops, Id>;
}
