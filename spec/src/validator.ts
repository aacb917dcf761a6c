/**
 * JSON Schema 2020-12 validation against a brand bundle (the dialect the spec's `jsonSchemaDialect` names),
 * so examples, sandbox replies and client inputs are all checked by the same compiled schemas.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { BrandBundle } from './bundle.ts';

const BUNDLE_ID = 'https://contract.invalid/bundle.json';

export interface Verdict {
  valid: boolean;
  errors: ErrorObject[];
}

export interface BundleValidator {
  /** Validates `value` against the schema at a JSON pointer of the bundle, e.g. `#/components/schemas/ErrorResponse`. */
  validate(pointer: string, value: unknown): Verdict;
}

export function createBundleValidator(bundle: BrandBundle): BundleValidator {
  // strict off: the bundle is a whole OpenAPI document, not a schema, and carries x- extensions.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(bundle, BUNDLE_ID);
  const compiled = new Map<string, ValidateFunction>();
  return {
    validate(pointer, value) {
      let validateAt = compiled.get(pointer);
      if (!validateAt) {
        validateAt = ajv.compile({ $ref: `${BUNDLE_ID}${pointer}` });
        compiled.set(pointer, validateAt);
      }
      const valid = validateAt(value);
      return { valid, errors: validateAt.errors ?? [] };
    },
  };
}
