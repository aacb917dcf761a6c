import { operationById, operationsOf, successResponseOf } from '@error-contract/spec/bundle';
import { describe, expect, it } from 'vitest';
import { createIdenfyClient } from '../src/generated/idenfy/index.ts';
import { createMarkIdClient } from '../src/generated/markid/index.ts';
import {
  brandById,
  brands,
  callOperation,
  type OperationId,
  operationIds,
  TEST_KEY,
  TEST_SECRET,
  testClient,
  validBody,
} from './support/brands.ts';
import { json, stubFetch } from './support/stub-fetch.ts';

describe.each(brands)('$id requests', (brand) => {
  it.each(operationIds)(
    'sends %s as a JSON POST to its path on the brand server, with Basic auth',
    async (operation) => {
      const fetch = stubFetch({ status: 200, body: '{}' });
      await callOperation(testClient(brand, { fetch }), operation);
      const [request] = fetch.requests;
      expect(request?.method).toBe('POST');
      expect(request?.url).toBe(`${brand.definition.baseUrl}${brand.definition.operations[operation]?.[0]}`);
      expect(request?.headers.get('content-type')).toBe('application/json');
      expect(request?.headers.get('authorization')).toBe(`Basic ${btoa(`${TEST_KEY}:${TEST_SECRET}`)}`);
      expect(await request?.json()).toEqual(validBody(brand, operation));
    },
  );

  it('sends requests to baseUrl when one is given, e.g. the local sandbox', async () => {
    const fetch = stubFetch({ status: 200 });
    await callOperation(testClient(brand, { fetch, baseUrl: 'http://127.0.0.1:4010/' }), 'deleteVerificationData');
    expect(fetch.requests[0]?.url).toBe('http://127.0.0.1:4010/api/v2/delete');
  });
});

describe.each(brands)('$id successes', (brand) => {
  type Case = [string, { given: { operation: OperationId; status: number; body?: unknown }; want: unknown }];
  /** The operation's success status and the first example of its body schema (undefined when it has none). */
  const successOf = (operationId: OperationId) => {
    const { status, schema } = successResponseOf(brand.bundle, operationById(brand.bundle, operationId));
    return { status, body: (schema?.examples as unknown[] | undefined)?.[0] };
  };
  /** Each operation answered with its success response: the schema's example as the body, or no body. */
  const fromSpec = operationsOf(brand.bundle).map((operation): Case => {
    const operationId = operation.operationId as OperationId;
    const { status, body } = successOf(operationId);
    return [
      `${operationId} returns ${body === undefined ? 'no data' : 'the example body'}`,
      { given: { operation: operationId, status, body }, want: body },
    ];
  });
  const token = successOf('createToken').body;
  const cases: Case[] = [
    ...fromSpec,
    [
      'an older server answering createToken with 200 still succeeds',
      { given: { operation: 'createToken', status: 200, body: token }, want: token },
    ],
  ];

  it('returns a success body nested 10,000 levels deep that holds a backslash, as the JSON it is', async () => {
    const depth = 10_000;
    const text = `{"status":"APPROVED","scanRef":"a\\/b","clientId":"c","deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const fetch = stubFetch({ status: 200, body: text });
    const result = await callOperation(testClient(brand, { fetch }), 'getVerificationStatus');
    expect(result).toMatchObject({ kind: 'success', data: { status: 'APPROVED', scanRef: 'a/b' } });
    let nested = (result as unknown as { data: { deep: unknown } }).data.deep;
    for (let level = 1; level < depth; level++) nested = (nested as unknown[])[0];
    expect(nested).toEqual([]);
  });

  it.each(cases)('%s', async (_name, { given, want }) => {
    const reply =
      given.body === undefined ? { status: given.status } : json(given.status, given.body, { 'X-Request-Id': 'r-1' });
    const result = await callOperation(testClient(brand, { fetch: stubFetch(reply) }), given.operation);
    expect(result).toEqual({
      ok: true,
      kind: 'success',
      operation: given.operation,
      status: given.status,
      requestId: given.body === undefined ? undefined : 'r-1',
      data: want,
    });
  });
});

describe('the public factories', () => {
  it.each([
    ['createIdenfyClient', createIdenfyClient, 'idenfy', 'https://ivs.idenfy.com/api/v2/status'],
    ['createMarkIdClient', createMarkIdClient, 'markid', 'https://ivs.markid.eu/api/v2/status'],
  ] as const)('%s calls its brand server by default', async (_name, create, brandId, url) => {
    const fetch = stubFetch(json(200, { status: 'APPROVED', scanRef: 's', clientId: 'c' }));
    const client = create({ apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch });
    const result = await client.getVerificationStatus(validBody(brandById(brandId), 'getVerificationStatus'));
    expect(result.ok && result.data.status).toBe('APPROVED');
    expect(fetch.requests[0]?.url).toBe(url);
  });

  const invalid: Array<[string, { given: Record<string, unknown>; want: RegExp }]> = [
    ['no apiKey', { given: { apiKey: undefined }, want: /apiKey must be a non-empty string/ }],
    [
      'an empty apiSecret',
      { given: { apiKey: TEST_KEY, apiSecret: '' }, want: /apiSecret must be a non-empty string/ },
    ],
    [
      'an apiSecret shorter than 8 characters',
      { given: { apiSecret: 'short-7' }, want: /apiSecret must be at least 8 characters, so that it can be masked/ },
    ],
    [
      'an apiSecret of four emoji, 8 UTF-16 units but 4 characters',
      { given: { apiSecret: '😀😀😀😀' }, want: /apiSecret must be at least 8 characters/ },
    ],
    [
      'a maxBodyBytes that is not a positive integer',
      { given: { maxBodyBytes: 0.5 }, want: /maxBodyBytes must be an integer 1 to 2\^30/ },
    ],
    ['a baseUrl that is not a URL', { given: { baseUrl: 'ivs.idenfy.com' }, want: /baseUrl must be an http\(s\) URL/ }],
    [
      'a baseUrl with credentials in it',
      {
        given: { baseUrl: `https://u:${TEST_SECRET}@x.test` },
        want: /baseUrl must be an http\(s\) URL without credentials/,
      },
    ],
    ['a negative timeout', { given: { timeoutMs: -1 }, want: /timeoutMs must be 1 to 2\^30 ms/ }],
    ['a fractional maxRetries', { given: { maxRetries: 1.5 }, want: /maxRetries must be an integer 0 to 10/ }],
  ];

  it.each([
    ['eight ASCII characters', 'secret-8'],
    ['eight emoji', '😀'.repeat(8)],
  ])('accepts an apiSecret of %s', (_name, apiSecret) => {
    expect(() => createIdenfyClient({ apiKey: TEST_KEY, apiSecret })).not.toThrow();
  });

  it.each(invalid)('rejects %s without repeating the value', (_name, { given, want }) => {
    const options = { apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch: stubFetch({ status: 200 }), ...given };
    expect(() => createIdenfyClient(options as never)).toThrow(want);
    try {
      createIdenfyClient(options as never);
    } catch (error) {
      expect(String(error)).not.toContain(TEST_SECRET);
    }
  });
});
