/**
 * The runtime of every brand's `/testing/msw` entry point: the documented replies as MSW v2 request handlers. Its
 * own module, so that `/testing` works without `msw`, an optional peer dependency.
 */
import { type HttpHandler, http } from 'msw';
import { type ErrorReply, type ReplyOptions, toResponse } from './testing.ts';

export interface HandlerOptions extends ReplyOptions {
  /** The server the client under test calls (default: the brand's production server). */
  baseUrl?: string;
  /** Answer one request only, then let the next handler answer (MSW's `once`). */
  once?: boolean;
}

/** `handlers.<operation>.<IDENTIFIER>(options)`, shaped like the replies they serve. */
export type Handlers<Replies> = {
  readonly [Op in keyof Replies]: {
    readonly [Id in keyof Replies[Op]]: (options?: HandlerOptions) => HttpHandler;
  };
};

type ReplyFactory = (options?: ReplyOptions) => ErrorReply;

function handlerOf(reply: ErrorReply, baseUrl: string, once: boolean | undefined): HttpHandler {
  const url = baseUrl.replace(/\/+$/, '') + reply.path;
  // Another method on the path falls through to the next handler, as MSW does for a resolver that returns nothing.
  return http.all(url, ({ request }) => (request.method === reply.method ? toResponse(reply) : undefined), { once });
}

export function handlersOf<Replies extends Record<string, Record<string, ReplyFactory>>>(
  replies: Replies,
  defaultBaseUrl: string,
): Handlers<Replies> {
  const handlers: Record<string, Record<string, (options?: HandlerOptions) => HttpHandler>> = {};
  for (const [operationId, byIdentifier] of Object.entries(replies)) {
    handlers[operationId] = Object.fromEntries(
      Object.entries(byIdentifier).map(([identifier, reply]) => [
        identifier,
        ({ baseUrl = defaultBaseUrl, once, ...options }: HandlerOptions = {}) =>
          handlerOf(reply(options), baseUrl, once),
      ]),
    );
  }
  return handlers as Handlers<Replies>;
}
