import { operationsOf, resolveRef } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { describe, expect, it } from 'vitest';
import { brands, callOperation, type OperationId, testClient } from './support/brands.ts';
import { json, stubFetch } from './support/stub-fetch.ts';

interface Case {
  given: { operation: OperationId; body: Record<string, unknown> };
  want: Record<string, unknown>;
}

/** One case per identifier each operation of each brand can return, built from the spec's own 400 examples. */
function casesOf(brand: (typeof brands)[number]): Array<[string, Case]> {
  const { bundle, id } = brand;
  const catalog = new Map(catalogOf(bundle).map((entry) => [entry.identifier, entry]));
  return operationsOf(bundle).flatMap((operation) => {
    const response = resolveRef(bundle, operation.responses['400']) as {
      content: { 'application/json': { examples: Record<string, unknown> } };
    };
    const { examples } = response.content['application/json'];
    return Object.entries(examples).map(([name, example]): [string, Case] => {
      const body = resolveRef(bundle, example as { value: { identifier: string; message: string } }).value;
      const entry = catalog.get(body.identifier);
      if (!entry) throw new Error(`${id}: example ${name} names an identifier outside the catalog.`);
      return [
        `${id} ${operation.operationId} ${name}`,
        {
          given: { operation: operation.operationId as OperationId, body },
          want: {
            ok: false,
            kind: 'api-error',
            operation: operation.operationId,
            status: 400,
            identifier: body.identifier,
            message: body.message,
            explanation: entry.explanation,
            retryable: entry.retryable,
            docsUrl: errorDocsUrl(bundle.externalDocs.url, id, entry.docsAnchor),
            requestId: `req-${name}`,
            body: JSON.stringify(body),
          },
        },
      ];
    });
  });
}

describe.each(brands)('$id standard API errors', (brand) => {
  const cases = casesOf(brand);

  it('has a case for every identifier of the brand', () => {
    const covered = new Set(cases.map(([, { want }]) => want.identifier));
    expect([...covered].sort()).toEqual(Object.keys(brand.definition.catalog).sort());
  });

  it.each(cases)('%s', async (_name, { given, want }) => {
    const fetch = stubFetch(json(400, given.body, { 'X-Request-Id': want.requestId as string }));
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), given.operation);
    expect(result).toEqual(want);
  });
});

describe.each(brands)('$id error details', (brand) => {
  it('keeps the extra fields of a real error body in the raw body', async () => {
    const body = {
      message: 'Invalid scanRef.',
      identifier: 'BAD_VALUE',
      documentation: 'https://documentation.example/errors',
      severity: 'NOT_SEVERE',
    };
    const fetch = stubFetch(json(400, body));
    const result = await callOperation(testClient(brand, { fetch }), 'deleteVerificationData');
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'BAD_VALUE', requestId: undefined });
    expect(JSON.parse((result as { body: string }).body)).toEqual(body);
  });

  it('reports a known identifier sent with another status than 400 with that status', async () => {
    const fetch = stubFetch(json(500, { identifier: 'INTERNAL_ERROR', message: 'Boom.' }));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken');
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'INTERNAL_ERROR', status: 500, retryable: true });
  });

  it.each([
    ['the public docs site by default', undefined, brand.bundle.externalDocs.url],
    ['docsBaseUrl without a path', 'https://docs.example.test', 'https://docs.example.test/'],
    ['docsBaseUrl with a trailing slash', 'https://docs.example.test/', 'https://docs.example.test/'],
    ['docsBaseUrl with a sub-path', 'https://docs.example.test/preview', 'https://docs.example.test/preview/'],
    ['docsBaseUrl with a sub-path and a slash', 'http://127.0.0.1:4000/a/b/', 'http://127.0.0.1:4000/a/b/'],
  ])('points docsUrl into %s', async (_name, docsBaseUrl, siteRoot) => {
    for (const { identifier, docsAnchor } of catalogOf(brand.bundle)) {
      const fetch = stubFetch(json(400, { identifier, message: 'Malformed.' }));
      const result = await callOperation(testClient(brand, { fetch, docsBaseUrl, maxRetries: 0 }), 'createToken');
      expect(result).toMatchObject({ identifier, docsUrl: errorDocsUrl(siteRoot, brand.id, docsAnchor) });
    }
  });

  it('cuts a message of a million characters to 4,096, as it cuts the body', async () => {
    const fetch = stubFetch(json(400, { identifier: 'BAD_VALUE', message: 'm'.repeat(1_000_000) }));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken');
    expect(result).toMatchObject({ kind: 'api-error', identifier: 'BAD_VALUE', message: 'm'.repeat(4096) });
  });

  it('reads no more of a 20 MB error body than the read limit: too-large, with its first 4,096 characters', async () => {
    const fetch = stubFetch(json(400, { identifier: 'BAD_VALUE', message: 'm'.repeat(20 * 1024 * 1024) }));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken');
    expect(result).toMatchObject({
      kind: 'unexpected-response',
      reason: 'too-large',
      body: `{"identifier":"BAD_VALUE","message":"${'m'.repeat(4096 - 37)}`,
    });
  });

  it('cuts a long unknown identifier to 4,096 characters', async () => {
    const fetch = stubFetch(json(400, { identifier: 'X'.repeat(10_000), message: 'Odd.' }));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken');
    expect(result).toMatchObject({ kind: 'unknown-api-error', identifier: 'X'.repeat(4096), message: 'Odd.' });
  });

  it('cuts a large error body to 4,096 characters', async () => {
    const fetch = stubFetch(json(400, { identifier: 'BAD_VALUE', message: 'Too long.', detail: 'x'.repeat(10_000) }));
    const result = await callOperation(testClient(brand, { fetch }), 'createToken');
    expect(result).toMatchObject({ kind: 'api-error', message: 'Too long.' });
    expect((result as { body: string }).body).toHaveLength(4096);
  });
});
