/**
 * The fetch the contract tests give a client: it can rewrite the request the client built (for triggers a client
 * never sends) and the reply (for mutation tests), and it keeps each raw reply for checks against the spec.
 */
import type { ClientOptions } from '@error-contract/client/idenfy';
import type { RequestRewrite } from './trigger-recipes.ts';

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
}

export interface RecordingFetch {
  fetch: NonNullable<ClientOptions['fetch']>;
  /** Every reply received, in order. */
  replies: RawReply[];
}

export interface RecordingOptions {
  rewrite?: RequestRewrite;
  /** Replaces the body text of every reply before the client sees it. */
  rewriteReply?: (text: string) => string;
}

export function rewriteRequest(request: Request, rewrite: RequestRewrite): Request {
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

export function recordingFetch({ rewrite, rewriteReply }: RecordingOptions = {}): RecordingFetch {
  const replies: RawReply[] = [];
  return {
    replies,
    async fetch(request, init) {
      const response = await fetch(rewrite ? rewriteRequest(request, rewrite) : request, init);
      const original = await response.text();
      const text = rewriteReply ? rewriteReply(original) : original;
      replies.push({ status: response.status, headers: response.headers, text });
      return new Response(text === '' ? null : text, { status: response.status, headers: response.headers });
    },
  };
}
