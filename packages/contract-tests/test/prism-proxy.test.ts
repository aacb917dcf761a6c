/**
 * `prism proxy` of each brand bundle in front of the sandbox finds no violation of the spec in the sandbox's replies:
 * on the success path of every operation and on every identifier's reproduction.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operationsOf } from '@error-contract/spec/bundle';
import { roles } from '@error-contract/spec/local-sandbox';
import { bundlePath } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import {
  callOperation,
  outcomeOf,
  recordingFetch,
  runReproduction,
  successLifecycle,
  validBodyOf,
} from '../src/client-calls.ts';
import { clientReproductionsOf } from '../src/client-reproductions.ts';
import { throughPrismProxy, usePrism, useSandbox, violationsOf } from '../src/servers.ts';

/** What Prism says, as a warning, about a request outside the spec's operations (e.g. GET on a POST path). */
const ROUTE_NOT_FOUND = 'Selected route not found';

/** Answers every request with a 400 whose identifier iDenfy's spec does not have. */
function startWrongUpstream(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'fake-1' });
    response.end(JSON.stringify({ identifier: 'PERMISSIONS_ERROR', message: 'Insufficient permissions.' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sandbox = useSandbox();
let wrongUpstream: Server;
beforeAll(async () => {
  wrongUpstream = await startWrongUpstream();
});
afterAll(() => new Promise<void>((resolve) => wrongUpstream.close(() => resolve())));

const prism = usePrism(() => ({
  ...Object.fromEntries(
    brands.map((brandId) => [
      brandId,
      { mode: 'proxy', bundle: bundlePath(brandId, 'yaml'), upstream: sandbox.current.brandUrl(brandId) } as const,
    ]),
  ),
  wrongUpstream: {
    mode: 'proxy',
    bundle: bundlePath('idenfy', 'yaml'),
    upstream: `http://127.0.0.1:${(wrongUpstream.address() as AddressInfo).port}`,
  },
}));

describe.each(brands)('%s', (brandId) => {
  const { bundle, identifiers, createClient } = brand(brandId);
  const reproductions = clientReproductionsOf(brandId);
  const operations = operationsOf(bundle);

  it('reports no violation on the success path of every operation', async () => {
    const { fetch, replies } = recordingFetch();
    const steps = await successLifecycle(
      createClient({ ...roles.partner.seeded, baseUrl: prism(brandId).url, fetch }),
      brandId,
    );
    expect(steps.map((step) => step.operationId).sort(), `${brandId}: operations on the success path`).toEqual(
      operations.map((operation) => operation.operationId).sort(),
    );
    for (const [index, { operationId, result }] of steps.entries()) {
      const where = `${brandId}: ${operationId} (success path)`;
      expect(outcomeOf(result).kind, where).toBe('success');
      expect(violationsOf(replies[index]), where).toEqual([]);
    }
  });

  it.for(identifiers)('reports no violation on the reply to the %s reproduction', async (identifier, { skip }) => {
    const where = `${brandId}: ${identifier}`;
    const reproduction = reproductions[identifier];
    expect(reproduction, `${where}: needs a reproduction in spec/reproductions/${identifier}.yaml`).toBeDefined();
    if (!reproduction) return;
    const proxied = throughPrismProxy(reproduction);
    if ('skipped' in proxied) return skip(proxied.skipped);

    const { result, reply } = await runReproduction(proxied.reproduction, brandId, prism(brandId).url);
    expect(outcomeOf(result), where).toEqual({ kind: 'api-error', identifier, status: 400 });
    // Prism cannot route a request outside the spec's operations, so it cannot check that reply;
    // sandbox-errors.test.ts validates it against the spec.
    const method = operations.find((operation) => operation.operationId === reproduction.operationId)?.method;
    const outsideSpec =
      reproduction.rewrite?.method !== undefined && reproduction.rewrite.method.toLowerCase() !== method;
    const violations = violationsOf(reply).filter((found) => !(outsideSpec && found.message === ROUTE_NOT_FOUND));
    expect(violations, where).toEqual([]);
  });
});

// Proves the check can fail: that Prism validates the replies it forwards and that the header is read.
it('reports the violation when the server answers with an identifier the spec does not have', async () => {
  const { fetch, replies } = recordingFetch();
  const client = brand('idenfy').createClient({ ...roles.partner.seeded, baseUrl: prism('wrongUpstream').url, fetch });
  await callOperation(client, 'getVerificationStatus', validBodyOf('idenfy', 'getVerificationStatus'));
  expect(violationsOf(replies[0])).toEqual([
    expect.objectContaining({
      severity: 'Error',
      location: ['response', 'body', 'identifier'],
      message: expect.stringContaining('must be equal to one of the allowed values'),
    }),
  ]);
});
