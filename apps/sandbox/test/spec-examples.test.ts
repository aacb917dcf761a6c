/** The spec's own request examples, sent as they are: each is a request the default partner gets a success for. */
import { publishedBrands } from '@error-contract/spec/brands';
import {
  loadBundle,
  operationById,
  operationsOf,
  requestExampleOf,
  successResponseOf,
} from '@error-contract/spec/bundle';
import { describe, expect, test } from 'vitest';
import { jsonHeaders } from './support/fixtures.ts';
import { useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();

describe.each(publishedBrands())('the %s sandbox', (brand) => {
  const bundle = loadBundle(brand);
  const sendExample = (operationId: string) => {
    const operation = operationById(bundle, operationId);
    const body = JSON.stringify(requestExampleOf(bundle, operation));
    return sandbox.send(brand, {
      method: operation.method.toUpperCase(),
      path: operation.path,
      headers: jsonHeaders(),
      body,
    });
  };
  const responseExampleOf = (operationId: string) =>
    (successResponseOf(bundle, operationById(bundle, operationId)).schema?.examples as unknown[] | undefined)?.[0];
  const operationIds = operationsOf(bundle).map(({ operationId }) => operationId);
  const reads = operationsOf(bundle).filter((operation) => operation['x-effect'] === 'read');

  test.each(reads.map(({ operationId }) => operationId))(
    "answers %s's request example with its response example",
    async (operationId) => {
      const reply = await sendExample(operationId);
      expect(JSON.parse(reply.text)).toMatchObject(responseExampleOf(operationId) as object);
    },
  );

  test("succeeds for every operation's request example, sent in the spec's order", async () => {
    const statuses = [];
    for (const operationId of operationIds) statuses.push((await sendExample(operationId)).status);
    expect(statuses).toEqual(operationIds.map((id) => successResponseOf(bundle, operationById(bundle, id)).status));
  });

  test('uses the example token up: a second round fails only on processVerification', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const operationId of operationIds) {
      const reply = await sendExample(operationId);
      outcomes[operationId] = reply.status === 400 ? JSON.parse(reply.text).identifier : reply.status;
    }
    const successes = operationIds.map((id) => [id, successResponseOf(bundle, operationById(bundle, id)).status]);
    expect(outcomes).toEqual({ ...Object.fromEntries(successes), processVerification: 'TOKEN_NOT_VALID' });
  });
});
