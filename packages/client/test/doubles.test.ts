import { matrixOf } from '@error-contract/spec/reproductions';
import { setupServer } from 'msw/node';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DOUBLE_REQUEST_ID, renderMswModule, renderTestingModule } from '../codegen/doubles.ts';
import type { ErrorReply, ReplyOptions } from '../src/testing.ts';
import { fetchStub } from '../src/testing.ts';
import type { HandlerOptions } from '../src/testing-msw.ts';
import { brands, callOperation, type OperationId, type TestBrand, testClient } from './support/brands.ts';

type ByCell<T> = Record<string, Record<string, T>>;

/** Each brand's generated doubles, found where the generator writes them. */
const doubles = await Promise.all(
  brands.map(async (brand) => ({
    brand,
    replies: (
      (await import(`../src/generated/${brand.id}/testing.ts`)) as { replies: ByCell<(o?: ReplyOptions) => ErrorReply> }
    ).replies,
    handlers: (
      (await import(`../src/generated/${brand.id}/testing-msw.ts`)) as {
        handlers: ByCell<(o?: HandlerOptions) => import('msw').HttpHandler>;
      }
    ).handlers,
  })),
);

/** Every cell the spec's matrix holds (operation × identifier the catalog allows), for every brand. */
const cells = doubles.flatMap((double) =>
  matrixOf(double.brand.bundle).cells.map(
    ({ operationId, identifier }) =>
      [`${double.brand.id} ${operationId} ${identifier}`, { ...double, operationId, identifier }] as const,
  ),
);

function want(brand: TestBrand, operation: string, identifier: string, message: string, requestId = DOUBLE_REQUEST_ID) {
  const [explanation, retryable] = brand.definition.catalog[identifier] ?? [];
  return {
    ok: false,
    kind: 'api-error',
    operation,
    status: 400,
    identifier,
    message,
    explanation,
    retryable,
    docsUrl: brand.docsUrl(identifier),
    requestId,
  };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the doubles of every operation × identifier the catalog allows', () => {
  it("exist for exactly the cells of each brand's matrix", () => {
    for (const { brand, replies, handlers } of doubles) {
      const offered = Object.entries(replies).flatMap(([op, ids]) => Object.keys(ids).map((id) => `${op} ${id}`));
      const allowed = matrixOf(brand.bundle).cells.map((cell) => `${cell.operationId} ${cell.identifier}`);
      expect(offered).toEqual(allowed);
      expect(Object.entries(handlers).flatMap(([op, ids]) => Object.keys(ids).map((id) => `${op} ${id}`))).toEqual(
        allowed,
      );
    }
  });

  it.each(cells)('%s: through MSW, the client classifies it as its identifier', async (_name, cell) => {
    const { brand, operationId, identifier } = cell;
    const reply = cell.replies[operationId]?.[identifier]?.();
    server.use(cell.handlers[operationId]?.[identifier]?.() as import('msw').HttpHandler);
    const result = await callOperation(testClient(brand, { maxRetries: 0 }), operationId as OperationId);
    expect(result).toMatchObject(want(brand, operationId, identifier, JSON.parse(reply?.body ?? '{}').message));
  });

  it.each(cells)('%s: through the fetch stub, the client classifies it as its identifier', async (_name, cell) => {
    const { brand, operationId, identifier } = cell;
    const reply = cell.replies[operationId]?.[identifier]?.() as ErrorReply;
    const result = await callOperation(
      testClient(brand, { fetch: fetchStub(reply), maxRetries: 0 }),
      operationId as OperationId,
    );
    expect(result).toMatchObject(want(brand, operationId, identifier, JSON.parse(reply.body).message));
  });
});

describe('a double', () => {
  const [{ brand, replies, handlers }] = doubles as [(typeof doubles)[number]];
  const [{ operationId, identifier }] = matrixOf(brand.bundle).cells as [{ operationId: string; identifier: string }];
  const options = { message: 'Made up for the test.', requestId: 'req-test' };

  it('answers with the message and request id it is given, through MSW', async () => {
    server.use(handlers[operationId]?.[identifier]?.(options) as import('msw').HttpHandler);
    const result = await callOperation(testClient(brand, { maxRetries: 0 }), operationId as OperationId);
    expect(result).toMatchObject(want(brand, operationId, identifier, options.message, options.requestId));
  });

  it('answers with the message and request id it is given, through the fetch stub', async () => {
    const fetch = fetchStub(replies[operationId]?.[identifier]?.(options) as ErrorReply);
    const result = await callOperation(testClient(brand, { fetch, maxRetries: 0 }), operationId as OperationId);
    expect(result).toMatchObject(want(brand, operationId, identifier, options.message, options.requestId));
  });

  it('answers at the base URL it is given', async () => {
    const baseUrl = 'http://doubles.test/base';
    server.use(handlers[operationId]?.[identifier]?.({ baseUrl }) as import('msw').HttpHandler);
    const result = await callOperation(testClient(brand, { baseUrl, maxRetries: 0 }), operationId as OperationId);
    expect(result).toMatchObject({ kind: 'api-error', identifier });
  });

  it('in a fetch stub refuses a request for another operation, naming what it answers', async () => {
    const reply = replies[operationId]?.[identifier]?.() as ErrorReply;
    const fetch = fetchStub(reply);
    await expect(fetch(`${brand.definition.baseUrl}/elsewhere`, { method: 'POST' })).rejects.toThrow(
      `fetchStub has no reply for POST /elsewhere; it answers POST ${reply.path}.`,
    );
  });

  it('is the documented reply: status, JSON content type, request id header, the example body', () => {
    const reply = replies[operationId]?.[identifier]?.() as ErrorReply;
    expect(reply.status).toBe(400);
    expect(reply.headers).toEqual([
      ['Content-Type', 'application/json'],
      [brand.definition.requestIdHeader, DOUBLE_REQUEST_ID],
    ]);
    expect(JSON.parse(reply.body)).toMatchObject({ identifier });
  });
});

// The build emits declarations with `--noCheck`. A type inferred from the whole table of replies grows with
// operations × identifiers, and at 105 × 210 tsc refuses to write it (TS7056); with isolated declarations, a module
// whose declarations need a type checker fails at any size.
describe('the generated doubles', () => {
  it.each(brands)(
    'of $id declare their types, so a build writes their declarations without a type checker',
    (brand) => {
      const modules = { 'testing.ts': renderTestingModule(brand.bundle), 'testing-msw.ts': renderMswModule() };
      for (const [fileName, source] of Object.entries(modules)) {
        const { diagnostics = [] } = ts.transpileDeclaration(source, {
          fileName,
          reportDiagnostics: true,
          compilerOptions: {
            isolatedDeclarations: true,
            module: ts.ModuleKind.NodeNext,
            moduleResolution: ts.ModuleResolutionKind.NodeNext,
            allowImportingTsExtensions: true,
          },
        });
        const problems = diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
        expect(problems, fileName).toEqual([]);
      }
    },
  );
});
