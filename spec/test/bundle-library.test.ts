import { describe, expect, it } from 'vitest';
import {
  type BrandBundle,
  declaredIdentifiersOf,
  errorResponseOf,
  followRefs,
  operationById,
  operationsOf,
  pointer,
  requestExampleOf,
  requestSchemaPointer,
  resolveRef,
  responsePointer,
  responseSchemaPointer,
  successResponseOf,
  valueAt,
} from '../src/bundle.ts';
import { createBundleValidator } from '../src/validator.ts';
import { loadBundle, publishedBrands } from '../src/workspace.ts';

const tinyBundle = {
  openapi: '3.1.0',
  info: { title: 'tiny', version: '1' },
  externalDocs: { url: 'https://docs.example/' },
  servers: [{ url: 'https://api.example', 'x-brand': 'tiny' }],
  paths: {
    '/a/b': {
      parameters: [{ name: 'q', in: 'query' }],
      summary: 'not an operation',
      post: {
        operationId: 'postAB',
        'x-effect': 'create',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } } },
        responses: {
          '201': { $ref: '#/components/responses/Created' },
          '400': { $ref: '#/components/responses/Error' },
        },
      },
      get: {
        operationId: 'getAB',
        'x-effect': 'read',
        responses: { '200': {}, '400': { headers: { 'X-Request-Id': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Body: { type: 'object', examples: [{ name: 'x' }] },
      'a/b~c': { const: 1 },
      Loop: { $ref: '#/components/schemas/Loop', description: 'beside the ref' },
      Alias: { $ref: '#/components/schemas/Body', description: 'wins over the target' },
    },
    responses: {
      Created: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } } },
      Error: {
        headers: { 'X-Request-Id': { schema: { type: 'string', maxLength: 8 } } },
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/Body' },
            examples: { FIRST: { value: {} }, SECOND: { value: {} } },
          },
        },
      },
    },
  },
} as unknown as BrandBundle;

describe('operationsOf', () => {
  it('lists only HTTP methods, with their path and method', () => {
    expect(operationsOf(tinyBundle).map(({ operationId, path, method }) => [operationId, path, method])).toEqual([
      ['getAB', '/a/b', 'get'],
      ['postAB', '/a/b', 'post'],
    ]);
  });

  it('finds an operation by id, and names a missing one', () => {
    expect(operationById(tinyBundle, 'postAB').method).toBe('post');
    expect(() => operationById(tinyBundle, 'nope')).toThrow('The bundle has no operation nope.');
  });
});

describe('JSON pointers', () => {
  it.each([
    ['a path with slashes', ['paths', '/a/b', 'post'], '#/paths/~1a~1b/post'],
    ['a name with ~ and /', ['components', 'schemas', 'a/b~c'], '#/components/schemas/a~1b~0c'],
  ])('escapes %s', (_, segments, want) => {
    expect(pointer(...segments)).toBe(want);
    expect(valueAt(tinyBundle, want)).toBeDefined();
  });

  it.each([
    ['the whole document', '#', tinyBundle],
    ['a percent-encoded segment', '#/components/schemas/a~1b%7Ec', { const: 1 }],
    ['a missing key', '#/components/schemas/Nope', undefined],
    ['a key of a non-object', '#/openapi/length', undefined],
    ['an inherited property', '#/components/schemas/constructor', undefined],
    ['a ref to another document', 'other.yaml#/a', undefined],
  ])('reads %s', (_, ref, want) => {
    expect(valueAt(tinyBundle, ref)).toEqual(want);
  });
});

describe('$ref resolution', () => {
  it('keeps keywords beside a $ref over the target', () => {
    expect(resolveRef(tinyBundle, { $ref: '#/components/schemas/Alias' })).toEqual({
      type: 'object',
      examples: [{ name: 'x' }],
      description: 'wins over the target',
    });
  });

  it('stops at a cycle and lists the refs it followed', () => {
    const { refs } = followRefs(tinyBundle, { $ref: '#/components/schemas/Loop' });
    expect(refs).toEqual(['#/components/schemas/Loop']);
  });

  it('names a ref that resolves to nothing', () => {
    expect(() => resolveRef(tinyBundle, { $ref: '#/components/schemas/Nope' })).toThrow(
      'Cannot resolve $ref #/components/schemas/Nope.',
    );
  });
});

describe('requests and responses', () => {
  it("reads an operation's request example and success schema through $refs", () => {
    const operation = operationById(tinyBundle, 'postAB');
    expect(requestExampleOf(tinyBundle, operation)).toEqual({ name: 'x' });
    expect(successResponseOf(tinyBundle, operation)).toEqual({
      status: 201,
      schema: tinyBundle.components.schemas.Body,
    });
    expect(requestSchemaPointer(operation)).toBe('#/paths/~1a~1b/post/requestBody/content/application~1json/schema');
  });

  it('points into the response an operation shares through a $ref, and into one of its own', () => {
    const shared = operationById(tinyBundle, 'postAB');
    expect(responseSchemaPointer(shared, '400')).toBe('#/components/responses/Error/content/application~1json/schema');
    expect(responsePointer(shared, '400', 'headers', 'X-Request-Id', 'schema')).toBe(
      '#/components/responses/Error/headers/X-Request-Id/schema',
    );
    expect(valueAt(tinyBundle, responsePointer(shared, '400', 'headers', 'X-Request-Id', 'schema'))).toEqual({
      type: 'string',
      maxLength: 8,
    });
    const own = operationById(tinyBundle, 'getAB');
    expect(responsePointer(own, '400', 'headers')).toBe('#/paths/~1a~1b/get/responses/400/headers');
    const validator = createBundleValidator(tinyBundle);
    expect(validator.validate(responseSchemaPointer(shared, '400'), { name: 'x' }).valid).toBe(true);
    expect(validator.validate(responseSchemaPointer(shared, '400'), 'not an object').valid).toBe(false);
  });

  it("reads the identifiers an operation declares from its 400's examples, through a $ref", () => {
    expect(errorResponseOf(tinyBundle, operationById(tinyBundle, 'postAB')).headers).toHaveProperty('X-Request-Id');
    expect(declaredIdentifiersOf(tinyBundle, operationById(tinyBundle, 'postAB'))).toEqual(['FIRST', 'SECOND']);
    expect(declaredIdentifiersOf(tinyBundle, operationById(tinyBundle, 'getAB'))).toEqual([]);
  });

  it('names an operation without a request example', () => {
    expect(() => requestExampleOf(tinyBundle, operationById(tinyBundle, 'getAB'))).toThrow(
      'getAB: its request schema has no example object under `examples`.',
    );
  });

  it.each(publishedBrands())("%s: every operation's request example is a valid request body", (brand) => {
    const bundle = loadBundle(brand);
    const validator = createBundleValidator(bundle);
    for (const operation of operationsOf(bundle)) {
      const verdict = validator.validate(requestSchemaPointer(operation), requestExampleOf(bundle, operation));
      expect(verdict.errors, `${brand}: ${operation.operationId}`).toEqual([]);
    }
  });
});
