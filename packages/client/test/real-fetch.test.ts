import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createIdenfyClient } from '../src/generated/idenfy/index.ts';
import { brandById, TEST_KEY, TEST_SECRET, validBody } from './support/brands.ts';
import { localServer } from './support/local-server.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const badValue = JSON.stringify({ identifier: 'BAD_VALUE', message: 'Bad scanRef.' });
const encoders: Record<string, (body: Buffer) => Buffer> = {
  gzip: gzipSync,
  deflate: deflateSync,
  br: brotliCompressSync,
};

/** A local server with one route per behaviour, called through Node's own fetch (undici), nothing injected. */
const hung: IncomingMessage[] = [];
const authorizations: Array<string | undefined> = [];
const server = localServer({
  '/ok/api/v2/status': (request, response) => {
    authorizations.push(request.headers.authorization);
    response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-ok' });
    response.end(JSON.stringify({ status: 'APPROVED', scanRef: 's', clientId: request.headers.authorization }));
  },
  '/error/api/v2/status': (_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'r-400' });
    response.end(JSON.stringify({ identifier: 'BAD_VALUE', message: 'Bad scanRef.' }));
  },
  '/gateway/api/v2/status': (_request, response) => {
    response.writeHead(502, { 'content-type': 'text/html' });
    response.end('<html><body>502 Bad Gateway</body></html>');
  },
  '/hang/api/v2/status': (request) => {
    hung.push(request);
  },
  '/bom/api/v2/status': (_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(Buffer.concat([BOM, Buffer.from(badValue)]));
  },
  '/two-boms/api/v2/status': (_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(Buffer.concat([BOM, BOM, Buffer.from(badValue)]));
  },
  '/padded/api/v2/status': (_request, response) => {
    response.writeHead(502, { 'content-type': ' text/html \t ', 'x-request-id': '\t r-padded  ' });
    response.end('<html></html>');
  },
  '/latin1/api/v2/status': (_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'caf\u00e9 \u00ff' });
    response.end(badValue);
  },
  ...Object.fromEntries(
    Object.entries(encoders).map(([encoding, encode]) => [
      `/${encoding}/api/v2/status`,
      (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(400, { 'content-type': 'application/json', 'content-encoding': encoding });
        response.end(encode(Buffer.from(badValue)));
      },
    ]),
  ),
  '/stall/api/v2/status': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"status":');
  },
});

const statusRequest = validBody(brandById('idenfy'), 'getVerificationStatus');

const client = (path: string, timeoutMs = 5_000) =>
  createIdenfyClient({
    apiKey: TEST_KEY,
    apiSecret: TEST_SECRET,
    baseUrl: `${server.origin()}${path}`,
    timeoutMs,
    maxRetries: 0,
  });

describe('with the built-in fetch', () => {
  it('returns the data of a success, sends Basic auth and masks it where the server echoes it', async () => {
    const result = await client('/ok').getVerificationStatus(statusRequest);
    expect(result).toMatchObject({
      kind: 'success',
      requestId: 'r-ok',
      data: { status: 'APPROVED', clientId: 'Basic ***' },
    });
    expect(authorizations).toEqual([`Basic ${btoa(`${TEST_KEY}:${TEST_SECRET}`)}`]);
  });

  it('returns a standard API error', async () => {
    const result = await client('/error').getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'BAD_VALUE', status: 400, requestId: 'r-400' });
  });

  it('returns an HTML 502 as an unexpected response', async () => {
    const result = await client('/gateway').getVerificationStatus(statusRequest);
    expect(result).toMatchObject({
      kind: 'unexpected-response',
      status: 502,
      reason: 'not-json',
      contentType: 'text/html',
    });
  });

  it('times out on a server that never answers, and closes the connection', async () => {
    const started = performance.now();
    const result = await client('/hang', 200).getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'timeout' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    const socket = hung.at(-1)?.socket;
    if (socket && !socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
    expect(socket?.destroyed).toBe(true);
  });

  it('times out on a body that stops half way', async () => {
    const result = await client('/stall', 200).getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'timeout' });
  });

  it("aborts when the caller's signal does", async () => {
    const result = await client('/hang').getVerificationStatus(statusRequest, { signal: AbortSignal.timeout(50) });
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'abort' });
  });

  it('reports a refused connection as a network error with its code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await createIdenfyClient({
      apiKey: TEST_KEY,
      apiSecret: TEST_SECRET,
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 0,
    }).getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'transport-error', reason: 'network', code: 'ECONNREFUSED' });
  });

  it.each([
    ['one byte order mark before the JSON is dropped', '/bom', { kind: 'api-error', identifier: 'BAD_VALUE' }],
    [
      'a second byte order mark is kept, so the body is not JSON',
      '/two-boms',
      { kind: 'unexpected-response', reason: 'not-json' },
    ],
  ])('decodes the body as TextDecoder does: %s', async (_name, path, want) => {
    expect(await client(path).getVerificationStatus(statusRequest)).toMatchObject(want);
  });

  it('reads header values without the spaces and tabs around them', async () => {
    const result = await client('/padded').getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'unexpected-response', contentType: 'text/html', requestId: 'r-padded' });
  });

  it('reads header bytes as Latin-1, as fetch does', async () => {
    const result = await client('/latin1').getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'api-error', requestId: 'caf\u00e9 \u00ff' });
  });

  it.each(Object.keys(encoders))('classifies an error body sent with Content-Encoding %s', async (encoding) => {
    const result = await client(`/${encoding}`).getVerificationStatus(statusRequest);
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'BAD_VALUE', message: 'Bad scanRef.' });
  });
});
