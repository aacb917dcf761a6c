/** A brand's client on openapi-fetch: one method per operationId of the spec, each resolving to a typed Result. */
import createClient, { type Middleware } from 'openapi-fetch';
import type { BrandDefinition, OperationInfo } from './brand.ts';
import { classifyResponse, type ResponseContext } from './classify.ts';
import { basicAuth } from './credentials.ts';
import { describeFailure } from './describe.ts';
import {
  type CallOptions,
  type ClientOptions,
  checkCredential,
  checkMaxRetries,
  checkTimeout,
  checkUrl,
} from './options.ts';
import type { Result } from './result.ts';
import { retryDelay } from './retry.ts';
import { type Runtime, systemRuntime } from './runtime.ts';
import { assertServerRuntime } from './server-only.ts';
import { transportError } from './transport-error.ts';

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

export type BrandClient<Ops, Id extends string> = {
  readonly [Op in keyof Ops]: (
    body: RequestBody<Ops[Op]>,
    options?: CallOptions,
  ) => Promise<Result<SuccessData<Ops[Op]>, Id>>;
};

interface Attempt<Id extends string> {
  result: Result<unknown, Id>;
  retryAfter: string | null;
}

/** The part of openapi-fetch's client this module uses, for paths only known at run time. */
interface PathClient {
  use(middleware: Middleware): void;
  POST(
    path: string,
    init: { body: unknown; parseAs: 'text'; fetch: (request: Request) => Promise<Response> },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export function createBrandClient<Ops, Id extends string>(
  factory: string,
  brand: BrandDefinition<Id>,
  options: ClientOptions,
  runtime: Runtime = systemRuntime,
): BrandClient<Ops, Id> {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${factory}() needs an options object.`);
  assertServerRuntime(factory, options.dangerouslyAllowBrowser);
  const credentials = basicAuth(
    checkCredential(options.apiKey, 'apiKey'),
    checkCredential(options.apiSecret, 'apiSecret'),
  );
  const redact = credentials.redact;
  const baseUrl = checkUrl(options.baseUrl ?? brand.baseUrl, 'baseUrl');
  const timeoutMs = checkTimeout(options.timeoutMs, 'timeoutMs');
  const maxRetries = checkMaxRetries(options.maxRetries, 'maxRetries');
  const docsBase = options.docsBaseUrl && checkUrl(options.docsBaseUrl, 'docsBaseUrl').replace(/\/?$/, '/');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError(`${factory}() found no fetch: pass options.fetch.`);
  const log = options.log;

  const api = createClient({ baseUrl }) as unknown as PathClient;
  api.use(credentials.middleware);

  const docsUrl = docsBase
    ? (identifier: Id) => docsBase + brand.catalog[identifier].docsUrl.slice(brand.docsRoot.length)
    : (identifier: Id) => brand.catalog[identifier].docsUrl;

  /** One request, bounded by the timeout and the caller's signal even if `fetch` ignores its signal. */
  async function attempt(
    context: ResponseContext<Id>,
    path: string,
    body: unknown,
    timeout: number,
    signal?: AbortSignal,
  ) {
    const controller = new AbortController();
    let timedOut = false;
    let stop: (reason: unknown) => void = () => {};
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    const cancel = (reason: unknown) => {
      controller.abort(reason);
      stop(reason);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      cancel(new DOMException(`${context.operation} timed out after ${timeout} ms`, 'TimeoutError'));
    }, timeout);
    const onAbort = () => cancel(signal?.reason);
    signal?.addEventListener('abort', onAbort);
    try {
      const { data, error, response } = await Promise.race([
        api.POST(path, {
          body,
          parseAs: 'text',
          fetch: (request) => fetchImpl(request, { signal: controller.signal }),
        }),
        stopped,
      ]);
      const retryAfter = response.ok ? null : response.headers.get('retry-after');
      return { result: classifyResponse(context, response, data, error), retryAfter };
    } catch (thrown) {
      const reason = signal?.aborted ? 'abort' : timedOut ? 'timeout' : 'network';
      return { result: transportError(context.operation, reason, thrown, redact), retryAfter: null };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function call(context: ResponseContext<Id>, info: OperationInfo, body: unknown, callOptions: CallOptions = {}) {
    const { signal } = callOptions;
    const timeout = callOptions.timeoutMs === undefined ? timeoutMs : checkTimeout(callOptions.timeoutMs, 'timeoutMs');
    const retriesAllowed =
      callOptions.maxRetries === undefined ? maxRetries : checkMaxRetries(callOptions.maxRetries, 'maxRetries');
    for (let retries = 0; ; retries++) {
      if (signal?.aborted) return transportError(context.operation, 'abort', signal.reason, redact);
      const { result, retryAfter }: Attempt<Id> = await attempt(context, info.path, body, timeout, signal);
      if (result.ok) return result;
      const delay = retryDelay({
        effect: info.effect,
        failure: result,
        retries,
        maxRetries: retriesAllowed,
        retryAfter,
        random: runtime.random,
        now: runtime.now,
      });
      if (delay === undefined) return result;
      log?.(
        `Retrying ${context.operation} in ${delay} ms (retry ${retries + 1} of ${retriesAllowed}): ${describeFailure(result)}`,
      );
      await runtime.sleep(delay, signal);
    }
  }

  const client: Record<string, (body: unknown, options?: CallOptions) => Promise<Result<unknown, Id>>> = {};
  for (const [operation, info] of Object.entries(brand.operations)) {
    const context: ResponseContext<Id> = { brand, operation, json: info.json, docsUrl, redact };
    client[operation] = (body, callOptions) => call(context, info, body, callOptions);
  }
  return Object.freeze(client) as unknown as BrandClient<Ops, Id>;
}
