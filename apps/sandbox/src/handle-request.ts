/**
 * Answering one request. The checks run in the order a partner fixes them: path, method, credentials, rate limit,
 * body size, encoding, JSON, schema, then the operation's own rules.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AccessLog, accessLogLine } from './access-log.ts';
import { ApiError } from './api-error.ts';
import { readJsonBody } from './request-body.ts';
import { errorReply, type Reply, send } from './responses.ts';
import type { Route, Router } from './router.ts';

export interface RequestSettings {
  route: Router;
  maxBodyBytes: number;
  /** Whether `X-Sandbox-Fault: internal-error` provokes an INTERNAL_ERROR. */
  faultSwitch: boolean;
  now: () => number;
  /** The server's origin, e.g. `http://127.0.0.1:4010`. */
  origin: () => string;
  accessLog?: AccessLog;
}

export const faultHeader = 'x-sandbox-fault';
export const faultValue = 'internal-error';

export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  settings: RequestSettings,
): Promise<void> {
  const route = settings.route(request.url ?? '/');
  let reply: Reply;
  try {
    reply = await answer(request, route, settings);
  } catch (error) {
    reply = errorReply(route.api, error);
  }
  send(response, reply);
  settings.accessLog?.(accessLogLine(request.method ?? '-', route.path, reply.status, reply.identifier));
}

async function answer(request: IncomingMessage, route: Route, settings: RequestSettings): Promise<Reply> {
  const { api, methods } = route;
  if (!methods) {
    const prefixes = route.brands.map((brand) => `/${brand}/`).join(' or ');
    const [example = ''] = api.paths.keys();
    throw new ApiError(
      'unknownPath',
      `No operation at this path. Operations are under ${prefixes}, e.g. /${api.brand}${example}.`,
    );
  }
  const method = request.method ?? '';
  const operation = methods.get(method);
  if (!operation) {
    const allowed = [...methods.keys()].join(', ');
    throw new ApiError('wrongMethod', `Method "${method}" not allowed.`, { allow: allowed });
  }
  const apiKey = api.credentials.authenticate(request.headers.authorization);
  const now = settings.now();
  // The limit is on requests, not on successes: an authenticated request counts whatever a later check says of it.
  api.rateLimit?.admit(apiKey, now, operation.retryAfterHeader);
  const body = operation.validate(await readJsonBody(request, settings.maxBodyBytes));
  if (settings.faultSwitch && request.headers[faultHeader]?.toString().toLowerCase() === faultValue) {
    throw new Error('Fault provoked with the X-Sandbox-Fault header.');
  }
  const result = operation.handle({
    body,
    apiKey,
    now,
    brandUrl: `${settings.origin()}/${api.brand}`,
  });
  return { status: operation.successStatus, body: result };
}
