import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createIdenfyClient, type IdenfyErrorIdentifier, RequestError, unwrap } from '../src/generated/idenfy/index.ts';
import { createMarkIdClient, RequestError as MarkIdRequestError } from '../src/generated/markid/index.ts';
import { brandById, TEST_KEY, TEST_SECRET, validBody } from './support/brands.ts';
import { json, stubFetch } from './support/stub-fetch.ts';

const idenfy = brandById('idenfy');

const clientAnswering = (...replies: Parameters<typeof stubFetch>) =>
  createIdenfyClient({ apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch: stubFetch(...replies), maxRetries: 0 });

describe('unwrap', () => {
  it('returns the data of a success', async () => {
    const client = clientAnswering(json(201, { authToken: 't', scanRef: 's' }));
    await expect(unwrap(client.createToken(validBody(idenfy, 'createToken')))).resolves.toMatchObject({
      authToken: 't',
    });
  });

  it('throws a RequestError carrying the standard API error', async () => {
    const client = clientAnswering(
      json(400, { identifier: 'MISSING_VALUE', message: "Field 'clientId' is required." }, { 'X-Request-Id': 'r-7' }),
    );
    const error = await unwrap(client.createToken({ clientId: '' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toBeInstanceOf(Error);
    const requestError = error as RequestError<IdenfyErrorIdentifier>;
    expect(requestError).toMatchObject({
      name: 'RequestError',
      kind: 'api-error',
      status: 400,
      identifier: 'MISSING_VALUE',
      requestId: 'r-7',
      message:
        "createToken: MISSING_VALUE (HTTP 400, request id r-7): Field 'clientId' is required. See https://docs.ivs.idenfy.com/idenfy/handbook.html#MISSING_VALUE",
    });
    expect(requestError.failure).toMatchObject({
      kind: 'api-error',
      docsUrl: expect.stringContaining('#MISSING_VALUE'),
    });
    expect(JSON.parse(JSON.stringify(requestError))).toMatchObject({
      name: 'RequestError',
      kind: 'api-error',
      identifier: 'MISSING_VALUE',
    });
    expect(inspect(requestError)).toContain('MISSING_VALUE');
  });

  const messages: Array<[string, { given: Parameters<typeof stubFetch>; want: string }]> = [
    [
      'an unknown identifier',
      {
        given: [json(429, { identifier: 'TOO_MANY_REQUESTS', message: 'Slow down.' })],
        want: 'createToken: TOO_MANY_REQUESTS (HTTP 429, unknown identifier): Slow down.',
      },
    ],
    [
      'an unexpected response',
      {
        given: [{ status: 502, body: '<html></html>', headers: { 'content-type': 'text/html' } }],
        want: 'createToken: unexpected response (HTTP 502, not-json, text/html)',
      },
    ],
    [
      'a transport error',
      {
        given: [new TypeError('fetch failed')],
        want: 'createToken: no response (network): TypeError: fetch failed',
      },
    ],
  ];

  it.each(messages)('says what happened in %s', async (_name, { given, want }) => {
    const error = await unwrap(clientAnswering(...given).createToken(validBody(idenfy, 'createToken'))).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as RequestError).message).toBe(want);
  });

  it('is one class for both brands', async () => {
    expect(MarkIdRequestError).toBe(RequestError);
    const client = createMarkIdClient({ apiKey: TEST_KEY, apiSecret: TEST_SECRET, fetch: stubFetch({ status: 401 }) });
    await expect(
      unwrap(client.deleteVerificationData(validBody(brandById('markid'), 'deleteVerificationData'))),
    ).rejects.toBeInstanceOf(RequestError);
  });
});
