/**
 * What Node's HTTP server would answer by itself (a missing Host, an unknown Expect, a request it cannot parse, a
 * timeout) and what its URL handling would let through (another HTTP version, dot-segments, someone else's host):
 * every reply is the brand's standard error or a success its spec declares, sent over raw sockets.
 */
import { publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { contractOf } from './support/contract.ts';
import { authorizations, requestExampleBody } from './support/fixtures.ts';
import { exchange, exchangeUntilClosed, type SocketReply } from './support/raw-socket.ts';
import { useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();
const slow = useSandbox({ timeouts: { headersMs: 300, requestMs: 600 } });
const [otherThanFirst = ''] = publishedBrands().slice(1);
// The brands share their request examples; any brand's is a valid request body.
const tokenBody = requestExampleBody(publishedBrands()[0] ?? '', 'createToken');

interface RawHttp {
  /** The request line, e.g. `POST /idenfy/api/v2/token HTTP/1.1`. */
  line: string;
  /** Header lines; `host` comes first unless `host: false`. */
  headers?: string[];
  host?: boolean;
  body?: string;
}

function http({ line, headers = [], host = true, body = '' }: RawHttp): string {
  const lines = [line, ...(host ? ['Host: 127.0.0.1'] : []), ...headers];
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A valid token request, as far as its headers and body go. */
function tokenRequest(line: string, extra: Partial<RawHttp> = {}): string {
  return http({
    line,
    headers: [`Authorization: ${authorizations.full}`, 'Content-Type: application/json', ...(extra.headers ?? [])],
    body: tokenBody,
    host: extra.host,
  });
}

function expectStandardError(brand: string, apiPath: string, reply: SocketReply, identifier = 'BAD_VALUE'): void {
  expect(reply.status).toBe(400);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  expect(contractOf(brand).problemsOf('POST', apiPath, reply)).toEqual([]);
  expect(JSON.parse(reply.text).identifier).toBe(identifier);
}

describe.each(publishedBrands())('the %s sandbox at the HTTP layer', (brand) => {
  const other = brand === otherThanFirst ? (publishedBrands()[0] ?? '') : otherThanFirst;
  const send = (bytes: string, afterInterim?: string) => exchange(sandbox.current.url, { send: bytes, afterInterim });

  test('answers an HTTP/1.1 request without a Host header with BAD_VALUE', async () => {
    const reply = await send(tokenRequest(`POST /${brand}/api/v2/token HTTP/1.1`, { host: false }));
    expectStandardError(brand, '/api/v2/token', reply);
    expect(JSON.parse(reply.text).message).toMatch(/Host/);
  });

  test('serves an HTTP/1.0 request without a Host header, which HTTP/1.0 does not require', async () => {
    const reply = await send(tokenRequest(`POST /${brand}/api/v2/token HTTP/1.0`, { host: false }));
    expect(reply.status).toBe(201);
    expect(contractOf(brand).problemsOf('POST', '/api/v2/token', reply)).toEqual([]);
  });

  test.each(['something-else', '100-continue, other'])(
    'answers the expectation "%s" with BAD_VALUE instead of 417',
    async (expectation) => {
      const reply = await send(
        tokenRequest(`POST /${brand}/api/v2/token HTTP/1.1`, { headers: [`Expect: ${expectation}`] }),
      );
      expectStandardError(brand, '/api/v2/token', reply);
      expect(reply.interim).toEqual([]);
    },
  );

  test('invites the body of an accepted request expecting 100-continue, then succeeds', async () => {
    const [head = '', body = ''] = tokenRequest(`POST /${brand}/api/v2/token HTTP/1.1`, {
      headers: ['Expect: 100-continue'],
    }).split('\r\n\r\n');
    const reply = await send(`${head}\r\n\r\n`, body);
    expect(reply.interim).toEqual(['HTTP/1.1 100 Continue']);
    expect(reply.status).toBe(201);
    expect(contractOf(brand).problemsOf('POST', '/api/v2/token', reply)).toEqual([]);
  });

  test('refuses a request expecting 100-continue without inviting its body when its headers already fail', async () => {
    const request = http({
      line: `POST /${brand}/api/v2/token HTTP/1.1`,
      headers: ['Authorization: Basic d3Jvbmc6d3Jvbmc=', 'Expect: 100-continue', 'Content-Length: 22'],
    });
    const reply = await send(request);
    expect(reply.interim).toEqual([]);
    expectStandardError(brand, '/api/v2/token', reply, 'UNAUTHORIZED');
  });

  test.each(['HTTP/2.0', 'HTTP/0.9', 'HTTP/1.2', 'HTTP/3.0', 'HTTP/1.10', 'HTTPS/1.1'])(
    'answers a request line of version %s with BAD_VALUE',
    async (version) => {
      const reply = await send(tokenRequest(`POST /${brand}/api/v2/token ${version}`));
      expectStandardError(brand, '/api/v2/token', reply);
    },
  );

  describe('never moves a request to another brand', () => {
    const origin = () => sandbox.current.url;
    test.each([
      ['a dot-segment', () => `/${brand}/../${other}/api/v2/token`],
      ['an encoded dot-segment', () => `/${brand}/%2e%2e/${other}/api/v2/token`],
      ['an upper-case encoded dot-segment', () => `/${brand}/%2E%2E/${other}/api/v2/token`],
      ['a dot-segment in an absolute-form target', () => `${origin()}/${brand}/../${other}/api/v2/token`],
      ['an encoded dot-segment in an absolute-form target', () => `${origin()}/${brand}/%2e%2e/${other}/api/v2/token`],
      [
        'a half-encoded dot-segment in an absolute-form target',
        () => `${origin()}/${brand}/.%2E/${other}/api/v2/token`,
      ],
      ['a dot-segment inside the brand', () => `${origin()}/${brand}/api/v2/../v2/token`],
    ])('answers %s with BAD_VALUE', async (_name, target) => {
      const reply = await send(tokenRequest(`POST ${target()} HTTP/1.1`));
      expectStandardError(brand, '/not-an-operation', reply);
    });
  });

  test("serves an absolute-form target naming the sandbox's own origin", async () => {
    const reply = await send(tokenRequest(`POST ${sandbox.current.url}/${brand}/api/v2/token HTTP/1.1`));
    expect(reply.status).toBe(201);
    expect(contractOf(brand).problemsOf('POST', '/api/v2/token', reply)).toEqual([]);
  });

  test.each([
    ['another host', () => `http://example.com/${brand}/api/v2/token`],
    ['another port', () => `http://127.0.0.1:1/${brand}/api/v2/token`],
    ['another scheme', () => `${sandbox.current.url.replace('http:', 'https:')}/${brand}/api/v2/token`],
    ['user info', () => `${sandbox.current.url.replace('//', '//user@')}/${brand}/api/v2/token`],
  ])('answers an absolute-form target naming %s with BAD_VALUE', async (_name, target) => {
    const reply = await send(tokenRequest(`POST ${target()} HTTP/1.1`));
    expectStandardError(brand, '/not-an-operation', reply);
  });

  // Requests Node's parser rejects: it would answer 400, 431 or 413 with an empty body.
  test.each([
    ['a malformed request line', `POST /${brand}/api/v2/token HTTP/1.1 trailing\r\nHost: x\r\n\r\n`],
    ['a request line without a version', `POST /${brand}/api/v2/token\r\nHost: x\r\n\r\n`],
    ['a method Node does not know', `FETCH /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['an invalid header line', `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n`],
    ['a header name with a space', `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n`],
    [
      'headers too large (431)',
      `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
    ['a URI too long (414)', `POST /${brand}/api/v2/token?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    [
      'both Content-Length and Transfer-Encoding',
      `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n`,
    ],
    [
      'two different Content-Lengths',
      `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
    ],
    [
      'a bad chunk size',
      `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorizations.full}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ],
    [
      'a chunk without its line end',
      `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorizations.full}\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n`,
    ],
  ])('answers %s with BAD_VALUE', async (_name, bytes) => {
    const reply = await send(bytes);
    expectStandardError(brand, '/not-an-operation', reply);
  });

  describe('answers pipelined requests in order when one after them cannot be parsed', () => {
    const scanRefRequest = (apiPath: string, scanRef: string) =>
      http({
        line: `POST /${brand}${apiPath} HTTP/1.1`,
        headers: [`Authorization: ${authorizations.full}`, 'Content-Type: application/json'],
        body: JSON.stringify({ scanRef }),
      });
    test.each([
      {
        name: 'a delete, then a request line Node cannot parse',
        given: (scanRef: string) => [
          scanRefRequest('/api/v2/delete', scanRef),
          `FETCH /${brand}/api/v2/token HTTP/1.1\r\n\r\n`,
        ],
        want: [{ path: '/api/v2/delete', status: 200 }],
      },
      {
        name: 'a delete and a status read, then an invalid header line',
        given: (scanRef: string) => [
          scanRefRequest('/api/v2/delete', scanRef),
          scanRefRequest('/api/v2/status', scanRef),
          `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n`,
        ],
        want: [
          { path: '/api/v2/delete', status: 200 },
          { path: '/api/v2/status', status: 200, body: { status: 'DELETED' } },
        ],
      },
    ])('$name: each valid one is answered, the last is refused, the connection closes', async ({ given, want }) => {
      const created = await send(tokenRequest(`POST /${brand}/api/v2/token HTTP/1.1`));
      const { scanRef } = JSON.parse(created.text) as { scanRef: string };
      const replies = await exchangeUntilClosed(sandbox.current.url, { send: given(scanRef).join('') });
      expect(replies).toHaveLength(want.length + 1);
      want.forEach(({ path, status, body }, index) => {
        const reply = replies[index] as SocketReply;
        expect(reply.status).toBe(status);
        expect(contractOf(brand).problemsOf('POST', path, reply)).toEqual([]);
        if (body) expect(JSON.parse(reply.text)).toMatchObject(body);
      });
      const refused = replies.at(-1) as SocketReply;
      expectStandardError(brand, '/not-an-operation', refused);
      expect(refused.headers.connection).toBe('close');
    });
  });

  test.each([
    ['headers that never end (408)', () => `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\n`],
    [
      'a body that never ends (408)',
      () =>
        `POST /${brand}/api/v2/token HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorizations.full}\r\nContent-Length: 100\r\n\r\n{`,
    ],
  ])('answers %s with BAD_VALUE', async (_name, bytes) => {
    const reply = await exchange(slow.current.url, { send: bytes(), timeoutMs: 5_000 });
    expectStandardError(brand, '/not-an-operation', reply);
    expect(JSON.parse(reply.text).message).toMatch(/time/i);
  });
});

test('answers a request line naming no brand with BAD_VALUE', async () => {
  const reply = await exchange(sandbox.current.url, { send: 'GET / HTTP/2.0\r\nHost: x\r\n\r\n' });
  expectStandardError(publishedBrands()[0] ?? '', '/', reply);
});
