/**
 * The vendor's own documented examples of the operations (corpus/vendor-examples) against the contract: every
 * documented request is valid against the request schema and compiles with the typed clients, every documented reply
 * is valid against its response, and each brand's sandbox answers the requests its docs give as the docs say: a valid
 * request succeeds, a documented error comes back as that identifier.
 */
import { fileURLToPath } from 'node:url';
import {
  operationById,
  operationsOf,
  requestSchemaPointer,
  responseSchemaPointer,
  successResponseOf,
} from '@error-contract/spec/bundle';
import { roles } from '@error-contract/spec/local-sandbox';
import { declaredBrands } from '@error-contract/spec/workspace';
import { beforeAll, describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { callOperation, outcomeOf, recordingFetch } from '../src/client-calls.ts';
import { useSandbox } from '../src/servers.ts';
import { type Diagnostic, typeCheck } from '../src/type-check.ts';
import {
  type DocumentedRequest,
  docsPages,
  documentedReferences,
  pageOf,
  vendorExamples,
  whereIs,
} from '../src/vendor-examples.ts';

const requests = vendorExamples.flatMap(({ operationId, requests }) =>
  requests.map((request) => ({ operationId, ...request })),
);
const replies = vendorExamples.flatMap(({ operationId, replies }) =>
  replies.map((reply) => ({ operationId, ...reply })),
);
const named = (example: { operationId: string; name: string; source: string }) =>
  `${example.operationId}: ${example.name} (${example.source})`;

/** The documented reply that answers a documented request: same operation, same brand's docs, the name it gives. */
function replyTo(request: DocumentedRequest & { operationId: string }) {
  return replies.find(
    (reply) =>
      reply.operationId === request.operationId &&
      reply.name === request.reply &&
      pageOf(reply).brand === pageOf(request).brand,
  );
}

describe('the corpus of the vendor examples', () => {
  it('has one file for each operation of the spec', () => {
    for (const brandId of brands) {
      const operations = operationsOf(brand(brandId).bundle).map(({ operationId }) => operationId);
      expect(vendorExamples.map(({ operationId }) => operationId).sort(), brandId).toEqual(operations.sort());
    }
  });

  it('names a page of a published brand, at a commit, for every example', () => {
    const unknown = [...requests, ...replies].filter((example) => !docsPages[example.source]).map(named);
    expect(unknown).toEqual([]);
    for (const page of Object.values(docsPages)) {
      expect(brands).toContain(page.brand);
      expect(page.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('pairs a request with a documented reply of the same outcome, where it names one', () => {
    const mismatched = requests
      .filter((request) => request.reply !== undefined)
      .filter((request) => {
        const reply = replyTo(request);
        if (!reply) return true;
        if ('status' in request.want) return reply.status !== request.want.status;
        return (reply.body as { identifier?: unknown } | null)?.identifier !== request.want.identifier;
      })
      .map(named);
    expect(mismatched).toEqual([]);
  });
});

describe.each(brands)('%s: the documented examples against the bundle', (brandId) => {
  const { bundle, validator, errorSchemaOf } = brand(brandId);

  it.each(requests.filter(({ want }) => 'status' in want).map((request) => [named(request), request] as const))(
    'accepts the documented request %s',
    (_name, request) => {
      const operation = operationById(bundle, request.operationId);
      const { valid, errors } = validator.validate(requestSchemaPointer(operation), request.body);
      expect(valid, `${whereIs(request)}: ${JSON.stringify(errors)}`).toBe(true);
    },
  );

  it.each(replies.map((reply) => [named(reply), reply] as const))('covers the documented reply %s', (_name, reply) => {
    const operation = operationById(bundle, reply.operationId);
    if (reply.body === null) {
      const success = successResponseOf(bundle, operation);
      expect([reply.status, success.schema], whereIs(reply)).toEqual([success.status, undefined]);
      return;
    }
    const schema =
      reply.status === 400 ? errorSchemaOf(reply.operationId) : responseSchemaPointer(operation, String(reply.status));
    const { valid, errors } = validator.validate(schema, reply.body);
    if (reply.outsideContract === undefined) {
      expect(valid, `${whereIs(reply)}: ${JSON.stringify(errors)}`).toBe(true);
      return;
    }
    // Known and explained: the reply is outside the contract by its identifier only.
    expect(valid, `${whereIs(reply)} is outside the contract: ${reply.outsideContract}`).toBe(false);
    expect([...new Set(errors.map((error) => error.instancePath))]).toEqual(['/identifier']);
  });
});

/** The published brands whose public docs the corpus has pages of (a brand added since has none yet). */
const documentedBrands = brands.filter((brandId) => Object.values(docsPages).some((page) => page.brand === brandId));

describe.each(documentedBrands)("%s: the sandbox, sent the requests of the brand's docs", (brandId) => {
  const partner = roles.partner.seeded;
  const sandbox = useSandbox({
    config: {
      partners: [{ ...partner, contract: { generateDigitString: true }, tokenQuota: null }],
      verifications: documentedReferences.verifications.map((verification) => ({
        ...verification,
        apiKey: partner.apiKey,
      })),
      tokens: documentedReferences.tokens,
    },
  });
  const { bundle, validator } = brand(brandId);
  const documented = requests.filter((request) => pageOf(request).brand === brandId);

  it.each(documented.map((request) => [named(request), request] as const))(
    'answers %s as documented',
    async (_name, request) => {
      const where = `${brandId}: ${whereIs(request)}${request.derived ? `, ${request.derived}` : ''}`;
      const recording = recordingFetch();
      const client = brand(brandId).createClient({
        ...partner,
        baseUrl: sandbox.current.brandUrl(brandId),
        maxRetries: 0,
        fetch: recording.fetch,
      });
      const result = await callOperation(client, request.operationId, request.body);
      const want =
        'status' in request.want
          ? { kind: 'success', status: request.want.status }
          : {
              kind: 'api-error',
              identifier: request.want.identifier,
              status: 400,
            };
      expect(outcomeOf(result), where).toEqual(want);

      const reply = recording.replies.at(-1);
      const operation = operationById(bundle, request.operationId);
      const schema = result.ok ? successResponseOf(bundle, operation).schema : undefined;
      if (result.ok && !schema) expect(reply?.text, where).toBe('');
      if (result.ok && schema) {
        const body = JSON.parse(reply?.text ?? '');
        const { valid, errors } = validator.validate(responseSchemaPointer(operation, String(result.status)), body);
        expect(valid, `${where}: ${JSON.stringify(errors)}`).toBe(true);
        const documentedReply = replyTo(request);
        if (documentedReply?.body) {
          const missing = Object.keys(documentedReply.body).filter((field) => !(field in body));
          expect(
            missing,
            `${where}: fields of the documented reply "${documentedReply.name}" the sandbox leaves out`,
          ).toEqual([]);
        }
      }
    },
  );
});

describe('the typed clients', () => {
  const checkDir = fileURLToPath(new URL('../test-results/vendor-examples', import.meta.url));
  const moduleOf = (brandId: string, documented: Array<DocumentedRequest & { operationId: string }>) => {
    const declared = declaredBrands().find(({ id }) => id === brandId);
    if (!declared) throw new Error(`${brandId} is not declared.`);
    const calls = documented.map(
      (request) => `  // ${whereIs(request)}\n  await client.${request.operationId}(${JSON.stringify(request.body)});`,
    );
    return [
      `import { ${declared.clientFactory} } from '${declared.clientModule}';`,
      `const client = ${declared.clientFactory}({ apiKey: 'key', apiSecret: 'secret' });`,
      'export async function documentedRequests(): Promise<void> {',
      ...calls,
      '}',
      '',
    ].join('\n');
  };
  /** A documented request with a country the contract does not have, which must not compile. */
  const broken = requests
    .filter(({ operationId }) => operationId === 'createToken')
    .slice(0, 1)
    .map((request) => ({
      ...request,
      body: { ...(request.body as object), country: 'XX' },
    }));

  let diagnosticsOf: (file: string) => Diagnostic[];
  beforeAll(() => {
    const files = new Map(brands.map((brandId) => [`${brandId}.ts`, moduleOf(brandId, requests)]));
    files.set('broken.ts', moduleOf(brands[0] ?? '', broken));
    diagnosticsOf = typeCheck(files, checkDir);
  });

  it.each(brands)('of %s take every documented request as it stands', (brandId) => {
    expect(diagnosticsOf(`${brandId}.ts`)).toEqual([]);
  });

  it('refuse a documented request changed to a country code the contract does not have', () => {
    expect(diagnosticsOf('broken.ts').map(({ message }) => message)).toEqual([expect.stringContaining('"XX"')]);
  });
});
