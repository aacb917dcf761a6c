import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, TEXT_LIMIT } from '../src/generated/limits.ts';
import { basicAuthSecrets, createMasker, MIN_SECRET_LENGTH } from '../src/masking.ts';
import type { Result } from '../src/result.ts';
import { RequestError, unwrap } from '../src/result.ts';
import { brands, callOperation, type OperationId, testClient } from './support/brands.ts';
import { fakeClock } from './support/clock.ts';
import { anyApiKey, anySecret, echoes, leakProbes, secretForms } from './support/secret-forms.ts';
import type { Step } from './support/stub-fetch.ts';
import { stubFetch } from './support/stub-fetch.ts';

const anyEcho = fc.constantFrom(...Object.values(echoes));

describe('the masker', () => {
  // 1,000 runs of pure CPU: about 11 s on an idle two-core machine, past the default 60 s at a load average of 20.
  it('replaces each form of a credential, however a server encodes it, by ***', () => {
    fc.assert(
      fc.property(anyApiKey, anySecret, anyEcho, fc.nat(4), (apiKey, apiSecret, echo, which) => {
        const forms = secretForms(apiKey, apiSecret);
        const form = forms[which % forms.length] ?? apiSecret;
        const mask = createMasker(basicAuthSecrets(apiKey, apiSecret));
        expect(mask(`<<${echo(form)}>>`)).toBe('<<***>>');
      }),
      { numRuns: 1_000 },
    );
  }, 240_000);

  it('gives the secret, the Basic value the client sends, then the other forms, each once', () => {
    expect(basicAuthSecrets('key', 'pässwörd-€')).toEqual([
      'pässwörd-€',
      Buffer.from('key:pässwörd-€').toString('base64'),
      Buffer.from('pässwörd-€').toString('base64'),
    ]);
    expect(basicAuthSecrets('key', 'pässwörd')).toEqual([
      'pässwörd',
      Buffer.from('key:pässwörd').toString('base64'),
      Buffer.from('key:pässwörd', 'latin1').toString('base64'),
      Buffer.from('pässwörd').toString('base64'),
      Buffer.from('pässwörd', 'latin1').toString('base64'),
    ]);
    expect(basicAuthSecrets('key', 'ascii-secret')).toHaveLength(3);
  });

  it.each([
    ['7 ASCII characters', 'abcdefg', false],
    ['8 ASCII characters', 'abcdefgh', true],
    ['4 emoji, 8 UTF-16 units', '😀😀😀😀', false],
    ['8 emoji', '😀'.repeat(8), true],
  ])('%s: accepted %s', (_name, secret, accepted) => {
    const attempt = () => basicAuthSecrets('key', secret);
    if (accepted) expect(attempt).not.toThrow();
    else
      expect(attempt).toThrow(`apiSecret must be at least ${MIN_SECRET_LENGTH} characters, so that it can be masked.`);
  });

  it('masks a secret longer than the text cut, whole', () => {
    const secret = `${'s3cr3t-'.repeat(700)}end`;
    const mask = createMasker(basicAuthSecrets('key', secret));
    expect(mask(`a ${secret} b ${JSON.stringify(secret)} c ${secret.slice(0, 200)}`)).toBe(
      `a *** b "***" c ${secret.slice(0, 200)}`,
    );
    expect(secret.length).toBeGreaterThan(TEXT_LIMIT);
  });

  it('masks a read limit of backslashes or of near misses in linear time', () => {
    const mask = createMasker(basicAuthSecrets('key', 'a"b\\c/d\te'));
    for (const text of ['\\'.repeat(MAX_BODY_BYTES), 'a\\\\\\"b\\\\'.repeat(MAX_BODY_BYTES / 8)]) {
      const started = performance.now();
      mask(text);
      // About 0.1 s alone; a pattern that backtracked over the whole run would take hours. The margin is for a busy CI.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it.each([
    ['as it is', 'open sesame', '***'],
    ['with its space as +', 'open+sesame', '***'],
    ['with its space percent-encoded', 'open%20sesame', '***'],
    ['with its space JSON-escaped', 'open\\u0020sesame', '***'],
    ['with a backslash before it', '\\"open sesame\\"', '\\"***\\"'],
    ['one character short', 'open sesam', 'open sesam'],
  ])('finds a secret written %s, whichever one character gives it away', (_name, text, want) => {
    expect(createMasker(['open sesame'])(`<${text}>`)).toBe(`<${want}>`);
  });

  it('leaves a text without a secret as it is, and masks each secret given, empty ones aside', () => {
    const mask = createMasker(['first-secret', '', 'second-secret']);
    expect(mask('nothing to see')).toBe('nothing to see');
    expect(mask('first-secret, second-secret')).toBe('***, ***');
  });
});

/**
 * Where a server puts what it echoes, and the kind of result that reply gives: the body (a member, a key, a nested
 * array, the identifier, the message, an HTML page, truncated JSON, JSON of the wrong shape, a body past the read
 * limit) and the headers the client reads (request id, content type); a fetch that throws gives a transport error.
 */
interface Placement {
  operation: OperationId;
  kind: Result<unknown>['kind'];
  /** Whether the echo goes into a header value (which only Latin-1 text without line breaks can). */
  header?: boolean;
  step: (echo: string) => Step;
}

const json = (status: number, value: unknown, headers: Record<string, string> = {}): Step => ({
  status,
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json', ...headers },
});
const status = { status: 'APPROVED', scanRef: 's', clientId: 'c' };
const error = { identifier: 'BAD_VALUE', message: 'Bad.' };
/** The limit the too-large placement's client reads, small so the property stays fast. */
const SMALL_LIMIT = 5_000;

/** A reply whose body arrives `size` bytes at a time, so that chunks end inside characters, escapes and secrets. */
const inChunks =
  (status: number, body: string, size: number): Step =>
  async () => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
        controller.close();
      },
    });
    return new Response(stream, { status, headers: { 'content-type': 'application/json' } });
  };

const placements: Record<string, Placement> = {
  'a member of a success': {
    operation: 'getVerificationStatus',
    kind: 'success',
    step: (e) => json(200, { ...status, clientId: e }),
  },
  'a key of a success': {
    operation: 'getVerificationStatus',
    kind: 'success',
    step: (e) => json(200, { ...status, [e]: 1 }),
  },
  'a nested array of a success': {
    operation: 'getVerificationStatus',
    kind: 'success',
    step: (e) => json(200, { ...status, deep: [{ list: [e, 1, null] }] }),
  },
  'the request id of a success': {
    operation: 'getVerificationStatus',
    kind: 'success',
    header: true,
    step: (e) => json(200, status, { 'x-request-id': `req ${e} end` }),
  },
  'the message of a standard API error': {
    operation: 'createToken',
    kind: 'api-error',
    step: (e) => json(400, { ...error, message: e }),
  },
  'the message of a standard API error that arrives 3 bytes at a time': {
    operation: 'createToken',
    kind: 'api-error',
    step: (e) => inChunks(400, JSON.stringify({ ...error, message: e }), 3),
  },
  'the first part of a body past the read limit that arrives 7 bytes at a time': {
    operation: 'createToken',
    kind: 'unexpected-response',
    step: (e) => inChunks(400, `{"message":"${e}","padding":"${' '.repeat(SMALL_LIMIT)}"}`, 7),
  },
  'an extra member of a standard API error': {
    operation: 'createToken',
    kind: 'api-error',
    step: (e) => json(400, { ...error, detail: { [e]: [e] } }),
  },
  'the request id of a standard API error': {
    operation: 'createToken',
    kind: 'api-error',
    header: true,
    step: (e) => json(400, error, { 'x-request-id': `req ${e} end` }),
  },
  'the identifier of an unknown API error': {
    operation: 'createToken',
    kind: 'unknown-api-error',
    step: (e) => json(400, { identifier: `E ${e}`, message: e }),
  },
  'an HTML page': {
    operation: 'createToken',
    kind: 'unexpected-response',
    step: (e) => ({ status: 502, body: `<html><pre>${e}</pre></html>`, headers: { 'content-type': 'text/html' } }),
  },
  'truncated JSON': {
    operation: 'createToken',
    kind: 'unexpected-response',
    step: (e) => ({ status: 400, body: `{"identifier":"BAD_VALUE","message":"${e}` }),
  },
  'JSON of the wrong shape': {
    operation: 'createToken',
    kind: 'unexpected-response',
    step: (e) => json(403, [{ detail: e }]),
  },
  'a success of the wrong shape': {
    operation: 'getVerificationStatus',
    kind: 'unexpected-response',
    step: (e) => json(200, [e]),
  },
  'the first part of a body past the read limit': {
    operation: 'createToken',
    kind: 'unexpected-response',
    step: (e) => ({ status: 400, body: `{"message":"${e}","padding":"${' '.repeat(SMALL_LIMIT)}"}` }),
  },
  'the content type of an empty reply': {
    operation: 'createToken',
    kind: 'unexpected-response',
    header: true,
    step: (e) => ({ status: 401, headers: { 'content-type': `text/plain; echo="${e}"` } }),
  },
  'the message, cause and code a fetch throws': {
    operation: 'createToken',
    kind: 'transport-error',
    step: (e) => async () =>
      Promise.reject(Object.assign(new Error(`failed: ${e}`, { cause: { message: e, code: e } }), { code: e })),
  },
  'the message of read errors that are retried': {
    operation: 'getVerificationData',
    kind: 'unknown-api-error',
    step: (e) => json(503, { identifier: 'UNAVAILABLE', message: e }),
  },
};

/** A header value must be Latin-1, without line breaks or NUL, or fetch refuses it. */
const fitsAHeader = (text: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(text);

describe.each(brands)('$id never shows a form of the credential a server echoes', (brand) => {
  it.each(Object.entries(placements))('in %s, for every form and every encoding', async (_name, placement) => {
    await fc.assert(
      fc.asyncProperty(anyApiKey, anySecret, async (apiKey, apiSecret) => {
        let current = stubFetch({ status: 200 });
        const lines: string[] = [];
        const client = testClient(
          brand,
          {
            apiKey,
            apiSecret,
            fetch: (request, init) => current(request, init),
            maxBodyBytes: SMALL_LIMIT,
            log: (line) => lines.push(line),
          },
          fakeClock(),
        );
        const probes = leakProbes(apiKey, apiSecret);
        for (const form of secretForms(apiKey, apiSecret)) {
          for (const echo of Object.values(echoes)) {
            const echoed = echo(form);
            if (placement.header && !fitsAHeader(echoed)) continue;
            current = stubFetch(placement.step(echoed));
            lines.length = 0;
            const result = await callOperation(client, placement.operation);
            expect(result.kind).toBe(placement.kind);

            const shown = [JSON.stringify(result), inspect(result, { depth: null }), ...lines];
            if (!result.ok) {
              const thrown = (await unwrap(result).catch((reason: unknown) => reason)) as RequestError;
              expect(thrown).toBeInstanceOf(RequestError);
              shown.push(thrown.message, thrown.stack ?? '', JSON.stringify(thrown), String(thrown), inspect(thrown));
            }
            for (const probe of probes) {
              for (const text of shown) expect(text.includes(probe), `${probe} in ${text}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 4 },
    );
  });
});
