import type { IncomingHttpHeaders } from 'node:http';
import { operationById, requestExampleOf } from '@error-contract/spec/bundle';
import type { RequestChange } from '@error-contract/spec/catalog';
import type { Role } from '@error-contract/spec/local-sandbox';
import { resolveRequest } from '@error-contract/spec/reproductions';
import { loadBundle } from '@error-contract/spec/workspace';
import { afterEach, describe, expect, it } from 'vitest';
import { createSender, maxReplyBytes } from '../src/exchange.ts';
import { bodyOf, serve, type TestServer } from './support/servers.ts';

const bundle = loadBundle('markid');
const credential = { apiKey: 'key-1', apiSecret: 'secret-1' };
const createToken = operationById(bundle, 'createToken');
const basic = `Basic ${Buffer.from('key-1:secret-1').toString('base64')}`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const cases: Array<
  [
    name: string,
    {
      given: { operationId: string; role?: Role; change: RequestChange };
      want: { method: string; body: Buffer; contentType?: string; authorization?: string };
    },
  ]
> = [
  [
    'malformed JSON byte for byte',
    {
      given: { operationId: 'createToken', change: { raw: '{"clientId": ' } },
      want: {
        method: 'POST',
        body: Buffer.from('{"clientId": '),
        contentType: 'application/json',
        authorization: basic,
      },
    },
  ],
  [
    'invalid UTF-8 byte for byte',
    {
      given: { operationId: 'createToken', change: { raw: '{"a":"\\xff\\xfe"}' } },
      want: {
        method: 'POST',
        body: Buffer.from([...Buffer.from('{"a":"'), 0xff, 0xfe, ...Buffer.from('"}')]),
        contentType: 'application/json',
        authorization: basic,
      },
    },
  ],
  [
    'an empty JSON object',
    {
      given: { operationId: 'getVerificationStatus', change: { remove: ['/scanRef'] } },
      want: { method: 'POST', body: Buffer.from('{}'), contentType: 'application/json', authorization: basic },
    },
  ],
  [
    'no body, with another method and no credential',
    {
      given: { operationId: 'createToken', role: 'none', change: { method: 'GET', noBody: true } },
      want: { method: 'GET', body: Buffer.alloc(0) },
    },
  ],
  [
    'the request example with a declared header',
    {
      given: { operationId: 'createToken', change: { headers: { 'X-Sandbox-Fault': 'internal-error' } } },
      want: {
        method: 'POST',
        body: Buffer.from(JSON.stringify(requestExampleOf(bundle, createToken))),
        contentType: 'application/json',
        authorization: basic,
      },
    },
  ],
];

describe('the engine', () => {
  it.each(cases)('sends %s', async (_name, { given, want }) => {
    const received: Received[] = [];
    server = await serve(async (request, response) => {
      const body = await bodyOf(request);
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"identifier":"BAD_VALUE"}');
    });
    const operation = operationById(bundle, given.operationId);
    const request = resolveRequest(bundle, operation, given.role, given.change);
    const send = createSender({ server: `${server.url}/markid`, rate: 100, timeoutMs: 5_000 });
    const exchange = await send(request, given.role === 'none' ? undefined : credential);

    expect(exchange.reply).toMatchObject({ status: 400, body: '{"identifier":"BAD_VALUE"}' });
    expect(received).toHaveLength(1);
    const [{ method, url, headers, body } = received[0] as Received] = received;
    expect({ method, url, body }).toEqual({ method: want.method, url: `/markid${operation.path}`, body: want.body });
    expect(headers['content-type']).toBe(want.contentType);
    expect(headers.authorization).toBe(want.authorization);
    expect(headers['x-sandbox-fault']).toBe(given.change.headers?.['X-Sandbox-Fault']);
    if (want.body.length > 0) expect(headers['content-length']).toBe(String(want.body.length));
  });

  it('bounds the request rate', async () => {
    server = await serve((_request, response) => response.end('{}'));
    const send = createSender({ server: server.url, rate: 10, timeoutMs: 5_000 });
    const request = resolveRequest(bundle, createToken);
    const started = performance.now();
    await Promise.all(Array.from({ length: 6 }, () => send(request, credential)));
    // Six requests at ten a second: the last leaves half a second after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(490);
  });

  it.each([
    ['never answers', () => {}],
    [
      'answers but never finishes its body',
      (_request: unknown, response: { writeHead(status: number): { write(text: string): void } }) =>
        response.writeHead(400).write('{"identifier":'),
    ],
  ])('gives up on a server that %s', async (_name, handler) => {
    server = await serve(handler as Parameters<typeof serve>[0]);
    const send = createSender({ server: server.url, rate: 100, timeoutMs: 200 });
    const started = performance.now();
    const exchange = await send(resolveRequest(bundle, createToken), credential);
    expect(exchange).toEqual({ method: 'POST', path: '/api/v2/token', error: 'no reply within 200 ms' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('stops reading a reply larger than 1 MiB', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    server = await serve((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      // Writes for as long as the connection is open: an endless body.
      const write = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', write);
      };
      write();
    });
    const send = createSender({ server: server.url, rate: 100, timeoutMs: 10_000 });
    const exchange = await send(resolveRequest(bundle, createToken), credential);
    expect(maxReplyBytes).toBe(1024 * 1024);
    expect(exchange.error).toBe(`reply too large: more than ${maxReplyBytes} bytes`);
  });
});
