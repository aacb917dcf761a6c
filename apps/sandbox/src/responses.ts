/** Writing the sandbox's answers: JSON with a request id, and the standard error body. */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { BrandApi } from './brand-api.ts';
import { Refusal } from './refusal.ts';

/** What the sandbox answers a request with, before it is written. */
export interface Answer {
  status: number;
  /** The JSON body; undefined for an empty one. */
  body?: unknown;
  /** The standard error's identifier, for the access log. */
  identifier?: string;
  headers?: Record<string, string>;
}

/** The standard error answer to anything thrown while answering; an unexpected failure says nothing of itself. */
export function errorAnswer(api: BrandApi, error: unknown): Answer {
  // A trigger the brand's catalog has no identifier for is a sandbox bug, answered like any other.
  const identifier = error instanceof Refusal ? api.identifierOf[error.trigger] : undefined;
  if (error instanceof Refusal && identifier !== undefined) {
    return { status: 400, identifier, body: { identifier, message: error.message }, headers: error.headers };
  }
  const internal = api.identifierOf.unexpectedFailure;
  return { status: 400, identifier: internal, body: { identifier: internal, message: api.exampleMessageOf(internal) } };
}

export function send(response: ServerResponse, answer: Answer): void {
  // A flat list of header names and values is the cheapest form writeHead takes.
  const headers = ['x-request-id', randomUUID()];
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.push(name, value);
  if (answer.body === undefined) {
    headers.push('content-length', '0');
    response.writeHead(answer.status, headers).end();
    return;
  }
  const json = JSON.stringify(answer.body);
  headers.push('content-type', 'application/json', 'content-length', String(Buffer.byteLength(json)));
  response.writeHead(answer.status, headers).end(json);
}

/** A whole HTTP/1.1 response, for the sockets Node hands over without a ServerResponse (bad requests, CONNECT). */
export function rawErrorResponse(api: BrandApi, error: Refusal): string {
  const { body } = errorAnswer(api, error);
  const json = JSON.stringify(body);
  return [
    'HTTP/1.1 400 Bad Request',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(json)}`,
    `X-Request-Id: ${randomUUID()}`,
    'Connection: close',
    '',
    json,
  ].join('\r\n');
}
