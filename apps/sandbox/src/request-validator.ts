/**
 * Request validation compiled from a brand bundle at start-up: the operation's request body schema decides what
 * is accepted, so a spec change changes the sandbox with no code edit.
 */
import type { BrandBundle } from '@error-contract/spec/catalog';
import { defaultsOf, requestSchemaOf, requestSchemaPointer } from './bundle-schemas.ts';
import { createAjv } from './json-schema.ts';
import { validationError } from './validation-error.ts';

/** Returns the body with the schema's defaults applied, or throws a MISSING_VALUE or BAD_VALUE Refusal. */
export type RequestValidator = (body: unknown) => Record<string, unknown>;

const bundleId = 'https://sandbox.invalid/bundle.json';

export function createRequestValidators(bundle: BrandBundle): (path: string, method: string) => RequestValidator {
  // One error is enough to answer with, and stopping at it keeps hostile bodies cheap. verbose: the messages
  // quote the failing schema's description.
  const ajv = createAjv({ allErrors: false, verbose: true });
  ajv.addSchema(bundle, bundleId);
  return (path, method) => {
    const validate = ajv.compile({ $ref: `${bundleId}${requestSchemaPointer(path, method)}` });
    const defaults = defaultsOf(bundle, requestSchemaOf(bundle, path, method));
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
