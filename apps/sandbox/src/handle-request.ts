/**
 * Answering one request. The checks run in the order a partner fixes them: HTTP (version, Host, Expect, the target's
 * origin), path, method, credentials, body size, encoding, JSON, schema, then the operation's own rules.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AccessLog, accessLogLine } from './access-log.ts';
import type { OperationRoute } from './brand-api.ts';
import { Refusal } from './refusal.ts';
import { decodeUtf8, parseJson, readBody } from './request-body.ts';
import { type Answer, errorAnswer, send } from './responses.ts';
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
/** Names the request's fields the schema does not list, which the sandbox ignores: the real API has no such header. */
export const ignoredFieldsHeader = 'x-sandbox-ignored-fields';
/** Enough names to find a typo, and a header far below any client's limit. */
const mostIgnoredFieldsNamed = 20;

/**
 * `expectsContinue`: the client sent `Expect: 100-continue` and waits for `100 Continue` before sending its body,
 * which it gets only once the checks that need no body have passed. The checks run synchronously up to the body and
 * in its 'end' event after it, so that a refusal costs no promise: answering is the sandbox's hot path. Never throws:
 * a reply that cannot be written (a sandbox bug) destroys the connection instead.
 */
export function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  settings: RequestSettings,
  expectsContinue = false,
): void {
  const route = settings.route(request.url ?? '/');
  const reply = (answer: Answer) => {
    // The server may have answered already, for a body Node could not parse or that came too slowly.
    if (response.headersSent) return;
    send(response, answer);
    settings.accessLog?.(accessLogLine(request.method ?? '-', route.path, answer.status, answer.identifier));
  };
  const refuse = (error: unknown) => {
    try {
      reply(errorAnswer(route.api, error));
    } catch {
      response.destroy();
    }
  };
  let accepted: AcceptedRequest;
  try {
    accepted = acceptedRequest(request, route);
  } catch (error) {
    refuse(error);
    return;
  }
  if (expectsContinue) response.writeContinue();
  readBody(
    request,
    settings.maxBodyBytes,
    (body) => {
      try {
        reply(answerOf(request, response, accepted, body, settings));
      } catch (error) {
        refuse(error);
      }
    },
    refuse,
  );
}

/** A request that passed the checks that need no body: its operation and the partner it authenticated. */
interface AcceptedRequest {
  api: Route['api'];
  operation: OperationRoute;
  apiKey: string;
}

/** The checks before the body, in order; one that fails throws its Refusal. */
function acceptedRequest(request: IncomingMessage, route: Route): AcceptedRequest {
  const { api, methods } = route;
  checkHttp(request, route);
  if (!methods) {
    const prefixes = route.brands.map((brand) => `/${brand}/`).join(' or ');
    const [example = ''] = api.paths.keys();
    throw new Refusal(
      'unknownPath',
      `No operation at this path. Operations are under ${prefixes}, e.g. /${api.brand}${example}.`,
    );
  }
  const method = request.method ?? '';
  const operation = methods.get(method);
  if (!operation) {
    const allowed = [...methods.keys()].join(', ');
    throw new Refusal('wrongMethod', `Method "${method}" not allowed.`, { allow: allowed });
  }
  return { api, operation, apiKey: api.credentials.authenticate(request.headers.authorization) };
}

/** The answer to a request whose body arrived: the checks of the body, then the operation's own rules. */
function answerOf(
  request: IncomingMessage,
  response: ServerResponse,
  { api, operation, apiKey }: AcceptedRequest,
  received: Buffer,
  settings: RequestSettings,
): Answer {
  const valid = operation.validate(parseJson(decodeUtf8(received)));
  if (valid instanceof Refusal) return errorAnswer(api, valid);
  const { body, ignored } = valid;
  // Set on the response itself, so that whatever answer follows (success or the operation's refusal) carries it.
  if (ignored.length > 0) response.setHeader(ignoredFieldsHeader, ignoredFieldsValue(ignored));
  if (settings.faultSwitch && request.headers[faultHeader]?.toString().toLowerCase() === faultValue) {
    throw new Error('Fault provoked with the X-Sandbox-Fault header.');
  }
  const result = operation.handle({
    body,
    apiKey,
    now: settings.now(),
    brandUrl: `${settings.origin()}/${api.brand}`,
  });
  return { status: operation.successStatus, body: result };
}

/** `nickname, images.SELFIE`; any byte a header cannot carry, and `%` and `,`, percent-encoded as UTF-8. */
export function ignoredFieldsValue(fields: readonly string[]): string {
  const named = fields
    .slice(0, mostIgnoredFieldsNamed)
    .map((field) =>
      field.replace(/[^\x21-\x7E]|[%,]/gu, (character) =>
        [...Buffer.from(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
      ),
    );
  const more = fields.length - named.length;
  return more > 0 ? `${named.join(', ')} (and ${more} more)` : named.join(', ');
}

/** What Node's parser lets through but the sandbox, like the real API behind its proxy, does not serve. */
function checkHttp(request: IncomingMessage, route: Route): void {
  const version = request.httpVersion;
  if (version !== '1.1' && version !== '1.0') {
    throw new Refusal('malformedRequest', `HTTP version ${version} is not supported; send HTTP/1.1 or HTTP/1.0.`);
  }
  if (version === '1.1' && request.headers.host === undefined) {
    throw new Refusal('malformedRequest', 'An HTTP/1.1 request needs a Host header.');
  }
  const expectation = request.headers.expect;
  if (expectation !== undefined && expectation.toLowerCase() !== '100-continue') {
    throw new Refusal('malformedRequest', 'The Expect header supports only 100-continue.');
  }
  if (route.foreignOrigin) {
    // Not echoed: an absolute-form target may carry user info.
    throw new Refusal('malformedRequest', 'The request target names a server other than this sandbox.');
  }
}
