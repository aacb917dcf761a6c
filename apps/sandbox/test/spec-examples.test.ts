/** The spec's own request examples, sent as they are: each is a request the default partner gets a success for. */

import { operationById, operationsOf, requestExampleOf, successResponseOf } from '@error-contract/spec/bundle';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { jsonHeaders } from './support/fixtures.ts';
import { type TestSandbox, useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();
/** A second sandbox, for what a process of the example token does to its verification. */
const processedOnly = useSandbox();

describe.each(publishedBrands())('the %s sandbox', (brand) => {
  const bundle = loadBundle(brand);
  const operationIds = operationsOf(bundle).map(({ operationId }) => operationId);
  const reads = operationsOf(bundle).filter((operation) => operation['x-effect'] === 'read');
  const exampleOf = (operationId: string) => requestExampleOf(bundle, operationById(bundle, operationId));
  const successStatusOf = (operationId: string) => successResponseOf(bundle, operationById(bundle, operationId)).status;
  const responseExampleOf = (operationId: string) =>
    (successResponseOf(bundle, operationById(bundle, operationId)).schema?.examples as unknown[] | undefined)?.[0];
  const sendExample = (operationId: string, to: TestSandbox = sandbox) => {
    const { method, path } = operationById(bundle, operationId);
    const body = JSON.stringify(exampleOf(operationId));
    return to.send(brand, { method: method.toUpperCase(), path, headers: jsonHeaders(), body });
  };

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
    expect(statuses).toEqual(operationIds.map(successStatusOf));
  });

  test('uses the example token up: a second round fails only on processVerification', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const operationId of operationIds) {
      const reply = await sendExample(operationId);
      outcomes[operationId] = reply.status === 400 ? JSON.parse(reply.text).identifier : reply.status;
    }
    const successes = Object.fromEntries(operationIds.map((id) => [id, successStatusOf(id)]));
    expect(outcomes).toEqual({ ...successes, processVerification: 'TOKEN_NOT_VALID' });
  });

  test('reads the document anew when the example token is processed, from what the examples sent', async () => {
    const processed = await sendExample('processVerification', processedOnly);
    expect(processed.status).toBe(successStatusOf('processVerification'));
    const created = exampleOf('createToken');
    const data = JSON.parse((await sendExample('getVerificationData', processedOnly)).text);
    expect(data).toMatchObject({
      docFirstName: String(created.firstName).toUpperCase(),
      docLastName: String(created.lastName).toUpperCase(),
      docType: exampleOf('processVerification').documentType,
    });
  });
});
