import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operationsOf } from '@error-contract/spec/catalog';
import { bundlePath } from '@error-contract/spec/locations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandClient } from '../src/brand-clients.ts';
import { classificationProblems } from '../src/classification.ts';
import { errorReplyProblems } from '../src/error-reply.ts';
import { requestBodies, successLifecycle } from '../src/operation-requests.ts';
import { partners } from '../src/partners.ts';
import { problem } from '../src/problem.ts';
import { proxyViolationProblems } from '../src/proxy-violations.ts';
import { recordingFetch } from '../src/recording-fetch.ts';
import { runRecipe } from '../src/run-recipe.ts';
import { throughPrismProxy } from '../src/through-prism-proxy.ts';
import { triggerRecipes } from '../src/trigger-recipes.ts';
import { brands, contractOf } from './support/contract.ts';
import { usePrism } from './support/prism.ts';
import { useSandbox } from './support/sandbox.ts';

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
    brands.map(
      (brand) =>
        [
          brand,
          { mode: 'proxy', bundle: bundlePath(brand, 'yaml'), upstream: sandbox.current.brandUrl(brand) },
        ] as const,
    ),
  ),
  wrongUpstream: {
    mode: 'proxy',
    bundle: bundlePath('idenfy', 'yaml'),
    upstream: `http://127.0.0.1:${(wrongUpstream.address() as AddressInfo).port}`,
  },
}));

describe.each(brands)('prism proxy of the %s bundle in front of the sandbox', (brand) => {
  const { bundle, catalog, validator } = contractOf(brand);
  const operations = operationsOf(bundle);

  it('reports no violation on the success path of every operation', async () => {
    const recording = recordingFetch();
    const client = brandClient(brand).create({ ...partners.full, baseUrl: prism(brand).url, fetch: recording.fetch });
    const steps = await successLifecycle(client);
    const problems = steps.flatMap(({ operationId, result }, index) => [
      ...(result.ok ? [] : [problem(`${brand}: ${operationId} (success path)`, 'success', result.kind)]),
      ...proxyViolationProblems(
        `${brand}: ${operationId} (success path)`,
        recording.replies[index]?.headers.get('sl-violations') ?? null,
      ),
    ]);
    const covered = steps.map((step) => step.operationId as string);
    for (const { operationId } of operations.filter((operation) => !covered.includes(operation.operationId))) {
      problems.push(problem(`${brand}: operation ${operationId}`, 'a success-path request in the proxy test', 'none'));
    }
    expect(problems).toEqual([]);
  });

  it.for(catalog.map((entry) => entry.identifier))(
    'reports no violation on the reply to the %s trigger',
    async (identifier, { skip }) => {
      const recipe = triggerRecipes[identifier];
      if (!recipe) throw new Error(`No trigger recipe for ${identifier}: see the end-to-end test of missing recipes.`);
      const proxied = throughPrismProxy(recipe);
      if ('skipped' in proxied) return skip(proxied.skipped);
      const run = await runRecipe(proxied.recipe, { brand, baseUrl: prism(brand).url });
      const where = `${brand}: identifier ${identifier}`;
      const method = operations.find((operation) => operation.operationId === recipe.operationId)?.method;
      // Prism cannot route a request outside the spec's operations, so it cannot check its reply: we do.
      const outsideSpec = recipe.rewrite?.method !== undefined && recipe.rewrite.method.toLowerCase() !== method;
      expect([
        ...classificationProblems(where, identifier, run.result),
        ...proxyViolationProblems(where, run.reply?.headers.get('sl-violations') ?? null, outsideSpec),
        ...(outsideSpec ? errorReplyProblems(where, run.reply, recipe.operationId, bundle, validator) : []),
      ]).toEqual([]);
    },
  );
});

describe('the proxy check fails with the operation named', () => {
  it('when the server answers with an identifier the spec does not have', async () => {
    const { fetch, replies } = recordingFetch();
    const client = brandClient('idenfy').create({ ...partners.full, baseUrl: prism('wrongUpstream').url, fetch });
    await client.getVerificationStatus?.(requestBodies.getVerificationStatus());
    expect(
      proxyViolationProblems('idenfy: getVerificationStatus', replies[0]?.headers.get('sl-violations') ?? null),
    ).toEqual([
      'idenfy: getVerificationStatus: expected no sl-violations from prism proxy, got error at response.body.identifier: ' +
        `Response body property identifier must be equal to one of the allowed values: ${contractOf('idenfy').specEnum.join(', ')}`,
    ]);
  });
});
