/**
 * Request validation compiled from a brand bundle at start-up: the operation's request body schema decides what
 * is accepted, so a spec change changes the sandbox with no code edit.
 */
import {
  type BrandBundle,
  type LocatedOperation,
  requestSchemaOf,
  requestSchemaPointer,
  resolveRef,
  type SchemaObject,
} from '@error-contract/spec/bundle';
import { createAjv } from './json-schema.ts';
import { validationError } from './validation-error.ts';

/** Returns the body with the schema's defaults applied, or throws a MISSING_VALUE or BAD_VALUE Refusal. */
export type RequestValidator = (body: unknown) => Record<string, unknown>;

const bundleId = 'https://sandbox.invalid/bundle.json';

export function createRequestValidators(bundle: BrandBundle): (operation: LocatedOperation) => RequestValidator {
  // One error is enough to answer with, and stopping at it keeps hostile bodies cheap. verbose: the messages
  // quote the failing schema's description.
  const ajv = createAjv({ allErrors: false, verbose: true });
  ajv.addSchema(bundle, bundleId);
  return (operation) => {
    const validate = ajv.compile({ $ref: `${bundleId}${requestSchemaPointer(operation)}` });
    const defaults = defaultsOf(bundle, requestSchemaOf(bundle, operation) ?? {});
    return (body) => {
      if (!validate(body)) {
        const [error] = validate.errors ?? [];
        if (!error) throw new Error('The request validator failed without saying why.');
        throw validationError(error);
      }
      return { ...defaults, ...(body as Record<string, unknown>) };
    };
  };
}

/** Each property's `default`, as the request schema declares them (through `$ref`s, which ajv's useDefaults skips). */
function defaultsOf(bundle: BrandBundle, schema: SchemaObject): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>;
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const value = resolveRef(bundle, property).default;
    if (value !== undefined) defaults[name] = value;
  }
  return defaults;
}
