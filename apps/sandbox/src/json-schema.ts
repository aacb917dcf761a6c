/** The JSON Schema 2020-12 validator every schema here is compiled with (the spec's `jsonSchemaDialect`). */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function createAjv(options: Options = {}): Ajv2020 {
  // strict off: a bundle is a whole OpenAPI document with x- extensions, not a bare schema.
  const ajv = new Ajv2020({ strict: false, ...options });
  addFormats.default(ajv);
  return ajv;
}
