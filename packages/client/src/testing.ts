/**
 * The runtime of every brand's `/testing` entry point: the replies the contract documents for each operation, as
 * plain data, as `Response`s and behind a `fetch`, for tests that inject a `fetch` instead of patching globals.
 * Nothing here names a brand; each brand's generated module binds its table.
 */
import type { ErrorBody } from './brand.ts';

/** What the contract documents for one operation's standard errors: one example body per identifier it allows. */
export interface DocumentedOperation<Id extends string = string> {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The content type, then the request id header, with the value every double answers with. */
  readonly headers: readonly (readonly [string, string])[];
  /** An example may carry members beyond the two the error body requires. */
  readonly examples: { readonly [Identifier in Id]?: ErrorBody & { readonly [member: string]: unknown } };
}

/** A documented reply, ready to serve: the request it answers (method and path) and what it answers with. */
export interface ErrorReply {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  /** The JSON text of the body. */
  readonly body: string;
}

export interface ReplyOptions {
  /** Replaces the example's `message`. */
  message?: string;
  /** Replaces the request id header's value. */
  requestId?: string;
}

/** One operation's `replies.<operation>.<IDENTIFIER>(options)`, for the identifiers it can return. */
export type OperationReplies<Id extends PropertyKey> = {
  readonly [Identifier in Id]: (options?: ReplyOptions) => ErrorReply;
};

/** `replies.<operation>.<IDENTIFIER>(options)`: only the identifiers the operation's table holds. */
export type Replies<Table extends Record<string, DocumentedOperation>> = {
  readonly [Op in keyof Table]: OperationReplies<keyof Table[Op]['examples']>;
};

function replyOf(operation: DocumentedOperation, example: ErrorBody, options: ReplyOptions = {}): ErrorReply {
  const { method, path, status } = operation;
  // The request id header is the last one, as the generator writes it.
  const headers = operation.headers.map(([name, value], index, all): readonly [string, string] =>
    index === all.length - 1 && options.requestId !== undefined ? [name, options.requestId] : [name, value],
  );
  const body = JSON.stringify(options.message === undefined ? example : { ...example, message: options.message });
  return { method, path, status, headers, body };
}

export function repliesOf<Table extends Record<string, DocumentedOperation>>(table: Table): Replies<Table> {
  const replies: Record<string, Record<string, (options?: ReplyOptions) => ErrorReply>> = {};
  for (const [operationId, operation] of Object.entries(table)) {
    const byIdentifier: Record<string, (options?: ReplyOptions) => ErrorReply> = {};
    for (const [identifier, example] of Object.entries(operation.examples)) {
      if (example) byIdentifier[identifier] = (options) => replyOf(operation, example, options);
    }
    replies[operationId] = byIdentifier;
  }
  return replies as Replies<Table>;
}

/** A fresh `Response` of the reply (a body can be read once). */
export function toResponse(reply: ErrorReply): Response {
  return new Response(reply.body, {
    status: reply.status,
    headers: reply.headers.map(([name, value]) => [name, value]),
  });
}

/**
 * A `fetch` that answers each request with the first reply for its method and path (the path may follow any base
 * path), and rejects any other request, naming what it answers, so a test that calls the wrong operation fails.
 */
export function fetchStub(...replies: ErrorReply[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    const reply = replies.find((candidate) => candidate.method === request.method && pathname.endsWith(candidate.path));
    if (!reply) {
      const answers = replies.map((candidate) => `${candidate.method} ${candidate.path}`).join(', ') || 'nothing';
      throw new TypeError(`fetchStub has no reply for ${request.method} ${pathname}; it answers ${answers}.`);
    }
    return toResponse(reply);
  };
}
