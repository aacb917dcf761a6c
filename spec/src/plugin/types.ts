/**
 * The type extensions: they give the spec's own extensions a shape, so Redocly's `struct` rule and the declarative
 * rules of redocly.yaml check them like any other node (with file and line, in the reproduction files too), and so
 * the bundler resolves the `$ref` of each catalog entry's `reproductions`.
 */
import { effects } from '../bundle.ts';
import { roleNames } from '../local-sandbox.ts';
import type { Types } from './redocly-api.ts';

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];

const catalogTypes: Types = {
  ErrorCatalog: { properties: {}, additionalProperties: 'ErrorCatalogEntry' },
  ErrorCatalogEntry: {
    properties: {
      explanation: {},
      brands: { type: 'array', items: { type: 'string' } },
      retryable: { type: 'boolean' },
      docsAnchor: { type: 'string' },
      operations: { type: 'array', items: { type: 'string' } },
      causes: 'ErrorCatalogCauses',
      fix: {},
      example: 'ErrorCatalogExample',
      note: {},
      reproductions: 'Reproductions',
      // The identifier this one replaces under a new name: the breaking-change gate reports a rename, not a removal
      // and an addition (packages/contract-diff). Renames are declared, never guessed from matching texts.
      renamedFrom: { type: 'string' },
    },
    required: ['explanation', 'retryable', 'causes', 'fix', 'example', 'reproductions'],
  },
  // operationId (or `default`) → text, or a brand map of texts.
  ErrorCatalogCauses: { properties: {}, additionalProperties: {} },
  ErrorCatalogExample: { properties: { message: { type: 'string' } }, additionalProperties: {}, required: ['message'] },
  Reproductions: { properties: {}, items: 'Reproduction' },
  Reproduction: {
    properties: {
      summary: { type: 'string' },
      operations: { type: 'array', items: { type: 'string' } },
      role: { enum: roleNames },
      request: 'ReproductionRequest',
      before: { type: 'array', items: 'ReproductionStep' },
      status: { type: 'integer' },
      sandboxOnly: { type: 'string' },
    },
    required: ['summary'],
  },
  ReproductionStep: {
    properties: {
      summary: { type: 'string' },
      operation: { type: 'string' },
      role: { enum: roleNames },
      request: 'ReproductionRequest',
    },
    required: ['summary', 'operation'],
  },
  ReproductionRequest: {
    properties: {
      method: { enum: HTTP_METHODS },
      headers: 'ReproductionHeaders',
      set: 'ReproductionBodyChanges',
      remove: { type: 'array', items: { type: 'string' } },
      raw: { type: 'string' },
      noBody: { type: 'boolean' },
    },
  },
  ReproductionHeaders: { properties: {}, additionalProperties: { type: 'string' } },
  // JSON pointer into the request example → any JSON value.
  ReproductionBodyChanges: { properties: {}, additionalProperties: {} },
};

/** The OpenAPI 3.x types with the catalog under `x-error-catalog` and the operation's `x-effect`. */
export function withContractTypes(types: Types): Types {
  const schema = types.Schema as Types[string];
  const operation = types.Operation as Types[string];
  return {
    ...types,
    ...catalogTypes,
    Schema: { ...schema, properties: { ...schema.properties, 'x-error-catalog': 'ErrorCatalog' } },
    Operation: { ...operation, properties: { ...operation.properties, 'x-effect': { enum: effects } } },
  };
}
