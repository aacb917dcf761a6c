import { operationsOf } from '@error-contract/spec/bundle';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { contractOf } from './support/contract.ts';
import { authorizations } from './support/fixtures.ts';
import { sendRaw } from './support/raw-request.ts';
import { useSandbox } from './support/sandbox.ts';

const runs = 5_000;
/** Heap growth allowed over the whole run, after a collection: what 5,000 requests may leave behind, with room. */
const heapGrowthLimit = 64 * 1024 * 1024;

const sandbox = useSandbox();
const brands = publishedBrands();
const apiPaths = [...new Set(brands.flatMap((brand) => operationsOf(loadBundle(brand)).map(({ path }) => path)))];

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('POST') },
  { weight: 3, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND') },
);

const path = fc.record({
  prefix: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...brands) }, fc.constantFrom('nobrand', '')),
  apiPath: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...apiPaths) },
    fc.constantFrom('/', '/api/v2', '/api/v2/token/', '/api/v2/TOKEN', '/api/v2/token/../status'),
    fc.webPath(),
  ),
  query: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    fc.webQueryParameters().map((query) => `?${query}`),
  ),
});

const authorization = fc.option(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(authorizations.full, authorizations.basic, authorizations.quota) },
    fc
      .tuple(printable, printable)
      .map(([key, secret]) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`),
    printable.map((text) => `Basic ${text}`),
    printable,
  ),
  { freq: 5 },
);

const headers = fc
  .record({
    authorization,
    'content-type': fc.option(fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1')),
    'x-sandbox-fault': fc.option(fc.constantFrom('internal-error', 'INTERNAL-ERROR', 'other'), { freq: 10 }),
    'x-request-id': fc.option(printable),
  })
  .map(
    (record) =>
      Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as Record<string, string>,
  );

const country = fc.oneof({ weight: 5, arbitrary: fc.constant('LT') }, fc.constantFrom('DE', 'XX', 'lt', ''));
const documentType = fc.oneof({ weight: 5, arbitrary: fc.constant('PASSPORT') }, fc.constantFrom('ID_CARD', 'BANANA'));
const image = fc.oneof({ weight: 5, arbitrary: fc.constant('aGVsbG8=') }, fc.constantFrom('', 'A'), fc.string());
const clientId = fc.oneof({ weight: 5, arbitrary: fc.constant('user-1') }, fc.string({ maxLength: 120 }));

/** Bodies shaped like each operation's request, mostly valid, by API path. */
const shapedBodies: Record<string, fc.Arbitrary<unknown>> = {
  '/api/v2/token': fc.record(
    {
      clientId,
      firstName: fc.oneof(fc.constant('John'), fc.string({ maxLength: 10 })),
      country,
      expiryTime: fc.oneof(
        { weight: 5, arbitrary: fc.constant(60) },
        fc.integer({ min: -5, max: 3_000_000 }),
        fc.constant('60'),
      ),
      generateDigitString: fc.boolean(),
      documents: fc.array(documentType, { maxLength: 3 }),
      dateOfBirth: fc.constantFrom('1990-04-17', '1990-13-45', 'yesterday'),
    },
    { requiredKeys: ['clientId'] },
  ),
  '/api/v2/process': fc.record(
    {
      authToken: fc.oneof(fc.constantFrom('sandbox-used-token', 'sandbox-expired-token'), fc.string({ maxLength: 50 })),
      country,
      documentType,
      images: fc.record({ FRONT: image, BACK: image, FACE: image, SELFIE: image }, { requiredKeys: ['FRONT', 'FACE'] }),
    },
    { requiredKeys: ['authToken', 'country', 'documentType', 'images'] },
  ),
};
const scanRefBody = fc.record({
  scanRef: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('sandbox-approved', 'sandbox-denied') }, fc.string()),
});

/** A request a partner's code would plausibly send: a POST to an operation, mostly with good credentials. */
const aimedRequest = fc.constantFrom(...apiPaths).chain((apiPath) =>
  fc.record({
    method: fc.constant('POST'),
    target: fc.record({ prefix: fc.constantFrom(...brands), apiPath: fc.constant(apiPath), query: fc.constant('') }),
    headers: fc.record({
      authorization: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(authorizations.full, authorizations.basic, authorizations.quota) },
        printable,
      ),
      'content-type': fc.constant('application/json'),
    }),
    body: (shapedBodies[apiPath] ?? scanRefBody).map((value) => JSON.stringify(value)),
  }),
);

const shapedBody = fc.oneof(scanRefBody, ...Object.values(shapedBodies)).map((value) => JSON.stringify(value));

const invalidUtf8 = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8]))
  .map(([text, bytes]) => Buffer.concat([Buffer.from(`{"clientId": "${text}`), Buffer.from(bytes), Buffer.from('"}')]));

const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('array', 'object', 'documents'))
  .map(([depth, shape]) => {
    if (shape === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    if (shape === 'object') return `{"clientId": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return `{"clientId": "u", "documents": [${nested}, ${nested}]}`;
  });

const prototypeKeys = fc.constantFrom(
  '{"__proto__": {"polluted": true}, "clientId": "u"}',
  '{"clientId": "u", "constructor": {"prototype": {"polluted": true}}}',
  '{"authToken": "x", "country": "LT", "documentType": "PASSPORT", "images": {"__proto__": {"FRONT": "aaaa"}}}',
  '{"scanRef": "sandbox-approved", "__proto__": null}',
  '{"__proto__": []}',
);

const hugeString = fc
  .tuple(fc.integer({ min: 100_000, max: 3_000_000 }), fc.constantFrom('clientId', 'FRONT', 'key'))
  .map(([length, where]) => {
    const huge = 'A'.repeat(length);
    if (where === 'clientId') return JSON.stringify({ clientId: huge });
    if (where === 'key') return JSON.stringify({ [huge]: 1 });
    return JSON.stringify({
      authToken: 'x',
      country: 'LT',
      documentType: 'PASSPORT',
      images: { FRONT: huge, FACE: 'aaaa' },
    });
  });

const body = fc.oneof(
  { weight: 20, arbitrary: shapedBody },
  { weight: 5, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 4, arbitrary: invalidUtf8 },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 3, arbitrary: deepJson },
  { weight: 3, arbitrary: prototypeKeys },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: hugeString },
);

/** Anything at all, within what an HTTP client library lets through. */
const anyRequest = fc.record({ method, target: path, headers, body });

const request = fc.oneof<[typeof aimedRequest, typeof anyRequest]>(aimedRequest, anyRequest);

test(`answers ${runs} random requests validly, without crashing or growing without bound`, async () => {
  const heapBefore = settledHeap();
  let faults = 0;
  await fc.assert(
    fc.asyncProperty(request, async ({ method: requestMethod, target, headers: requestHeaders, body: requestBody }) => {
      const reply = await sendRaw(sandbox.current.url, {
        method: requestMethod,
        path: `/${target.prefix}${target.apiPath}${target.query}`.replace(/^\/\//, '/'),
        headers: requestHeaders,
        body: requestBody,
      });
      const brand = brands.includes(target.prefix) ? target.prefix : (brands[0] ?? '');
      const apiPath = brands.includes(target.prefix) ? target.apiPath : '/no/operation';
      expect(contractOf(brand).problemsOf(requestMethod, apiPath, reply)).toEqual([]);
      if (requestMethod !== 'HEAD' && JSON.parse(reply.text || '{}').identifier === 'INTERNAL_ERROR') {
        // Only the fault switch may fail a request: anything else would be a sandbox bug.
        expect((requestHeaders as Record<string, string>)['x-sandbox-fault']?.toLowerCase()).toBe('internal-error');
        faults += 1;
      }
    }),
    // About 10 s on an idle machine; the limit leaves room for a CI machine running other suites alongside.
    { numRuns: runs, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
  );
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(faults).toBeGreaterThan(0);
  expect(settledHeap() - heapBefore).toBeLessThan(heapGrowthLimit);
  const still = await sendRaw(sandbox.current.url, {
    path: `/${brands[0]}/api/v2/status`,
    headers: { authorization: authorizations.full },
    body: '{"scanRef": "sandbox-approved"}',
  });
  expect(still.status).toBe(200);
}, 180_000);

function settledHeap(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  return process.memoryUsage().heapUsed;
}
