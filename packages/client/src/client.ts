/** A brand's client on openapi-fetch: one method per operationId of the spec, each resolving to a typed Result. */
import createClient, { type Middleware } from 'openapi-fetch';
import type { BrandDefinition, OperationInfo } from './brand.ts';
import { type Outcome, type ResponseContext, toResult } from './classify.ts';
import { basicAuth } from './credentials.ts';
import { deadlines } from './deadline.ts';
import { describeFailure } from './describe.ts';
import { type CallOptions, type ClientOptions, credentialOf, maxRetriesOf, timeoutOf, urlOf } from './options.ts';
import type { Result } from './result.ts';
import { retryDelay } from './retry.ts';
import { type Runtime, systemRuntime } from './runtime.ts';
import { assertServerRuntime } from './server-only.ts';

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

/** The part of openapi-fetch's client used here, with paths known only at run time. */
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
  assertServerRuntime(factory, options?.dangerouslyAllowBrowser);
  const { redact, middleware } = basicAuth(
    credentialOf(options.apiKey, 'apiKey'),
    credentialOf(options.apiSecret, 'apiSecret'),
  );
  const timeoutMs = timeoutOf(options.timeoutMs);
  const maxRetries = maxRetriesOf(options.maxRetries);
  const docsBase = options.docsBaseUrl && urlOf(options.docsBaseUrl, 'docsBaseUrl').replace(/\/?$/, '/');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log = options.log;
  const api = createClient({ baseUrl: urlOf(options.baseUrl ?? brand.baseUrl, 'baseUrl') }) as unknown as PathClient;
  api.use(middleware);
  const deadlineFor = deadlines();

  const docsUrl = (identifier: Id) => {
    const url = brand.catalog[identifier].docsUrl;
    return docsBase ? docsBase + url.slice(brand.docsRoot.length) : url;
  };

  /** One request and its response, or the reason none arrived. */
  async function attempt(path: string, body: unknown, timeout: number, signal?: AbortSignal): Promise<Outcome> {
    if (signal?.aborted) return { reason: 'abort', thrown: signal.reason };
    const deadline = deadlineFor(timeout);
    const fetchSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
    deadline.enter();
    try {
      return await api.POST(path, {
        body,
        parseAs: 'text',
        fetch: (request) => fetchImpl(request, { signal: fetchSignal }),
      });
    } catch (thrown) {
      return { reason: signal?.aborted ? 'abort' : deadline.signal.aborted ? 'timeout' : 'network', thrown };
    } finally {
      deadline.leave();
    }
  }

  async function call(context: ResponseContext<Id>, info: OperationInfo, body: unknown, callOptions?: CallOptions) {
    const signal = callOptions?.signal;
    const timeout = timeoutOf(callOptions?.timeoutMs, timeoutMs);
    const retriesAllowed = maxRetriesOf(callOptions?.maxRetries, maxRetries);
    for (let retries = 0; ; retries++) {
      const outcome = await attempt(info.path, body, timeout, signal);
      const result = toResult(context, outcome);
      if (result.ok) return result;
      const retryAfter = 'response' in outcome ? outcome.response.headers.get('retry-after') : null;
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
      log?.(`Retry ${retries + 1} of ${retriesAllowed} in ${delay} ms after ${describeFailure(result)}`);
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
