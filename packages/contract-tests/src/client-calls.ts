/**
 * How the tests call a generated client: as one of the sandbox's seeded partners, with a valid body per operation,
 * through a fetch that can rewrite the request (for reproductions a client never sends) and keeps every raw reply.
 */
import type { ClientOptions, Result } from '@error-contract/client/idenfy';
import { operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { brand, type LooseClient } from './brands.ts';
import type { ClientReproduction, RequestRewrite } from './client-reproductions.ts';

/** A valid request of the operation for the brand: the spec's own request example, a fresh copy each time. */
export function validBodyOf(brandId: string, operationId: string): Record<string, unknown> {
  const { bundle } = brand(brandId);
  return requestExampleOf(bundle, operationById(bundle, operationId));
}

export function callOperation(client: LooseClient, operationId: string, body: unknown) {
  const method = client[operationId];
  if (!method) throw new Error(`The client has no method ${operationId}.`);
  return method(body);
}

/** Every operation once, on success paths, in the order a partner calls them, each with its request example. */
export async function successLifecycle(client: LooseClient, brandId: string) {
  const steps: Array<{ operationId: string; result: Result<unknown, string> }> = [];
  /** The operation's request example, with the ids of the token this lifecycle created. */
  const call = async (operationId: string, ids: Record<string, string> = {}) => {
    const result = await callOperation(client, operationId, { ...validBodyOf(brandId, operationId), ...ids });
    steps.push({ operationId, result });
    return result;
  };
  const created = await call('createToken');
  const { authToken = '', scanRef = '' } = created.ok ? (created.data as { authToken?: string; scanRef?: string }) : {};
  await call('processVerification', { authToken });
  await call('getVerificationStatus', { scanRef });
  await call('getVerificationData', { scanRef });
  await call('deleteVerificationData', { scanRef });
  return steps;
}

/** A reply as the recording fetch kept it, before the client read it. */
export interface RecordedReply {
  status: number;
  headers: Headers;
  text: string;
}

function rewriteRequest(request: Request, rewrite: RequestRewrite): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(rewrite.headers ?? {})) headers.set(name, value);
  if (rewrite.body === undefined && rewrite.method === undefined) return new Request(request, { headers });
  return new Request(request.url, {
    method: rewrite.method ?? request.method,
    headers,
    body: rewrite.body === undefined ? request.body : rewrite.body,
    // A stream body (the client's own) needs half duplex.
    ...(rewrite.body === undefined ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** A fetch for a client that applies `rewrite` to every request and keeps every reply, in order. */
export function recordingFetch(rewrite?: RequestRewrite) {
  const replies: RecordedReply[] = [];
  const recording: NonNullable<ClientOptions['fetch']> = async (request, init) => {
    const response = await fetch(rewrite ? rewriteRequest(request, rewrite) : request, init);
    const text = await response.text();
    replies.push({ status: response.status, headers: response.headers, text });
    return new Response(text === '' ? null : text, { status: response.status, headers: response.headers });
  };
  return { fetch: recording, replies };
}

/** Plays one reproduction with the brand's generated client, at `baseUrl` (the sandbox or a proxy in front). */
export async function runReproduction(reproduction: ClientReproduction, brandId: string, baseUrl: string) {
  const { createClient } = brand(brandId);
  const options = { ...reproduction.partner, baseUrl, maxRetries: 0 };
  if (reproduction.before) await reproduction.before(createClient(options));
  const recording = recordingFetch(reproduction.rewrite);
  const result = await callOperation(
    createClient({ ...options, fetch: recording.fetch }),
    reproduction.operationId,
    reproduction.body,
  );
  return { result, reply: recording.replies.at(-1) };
}

/** What a test compares of a client's result: a standard API error reads `{ kind, identifier, status }`. */
export function outcomeOf(result: Result<unknown, string>) {
  switch (result.kind) {
    case 'success':
      return { kind: result.kind, status: result.status };
    case 'api-error':
    case 'unknown-api-error':
      return { kind: result.kind, identifier: result.identifier, status: result.status };
    case 'unexpected-response':
      return { kind: result.kind, status: result.status, reason: result.reason };
    case 'transport-error':
      return { kind: result.kind, reason: result.reason, message: result.message };
  }
}
