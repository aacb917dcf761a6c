import { pointer } from '@error-contract/spec/bundle';
import { createBundleValidator } from '@error-contract/spec/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brands } from './support/brands.ts';

const errorResponse = pointer('components', 'schemas', 'ErrorResponse');

describe.each(brands)('the generated $id error-body check', ({ definition, bundle }) => {
  const validator = createBundleValidator(bundle);
  const identifiers = Object.keys(definition.catalog);
  const identifier = fc.oneof(fc.constantFrom(...identifiers, 'PARTNER_ERROR', 'PERMISSIONS_ERROR'), fc.jsonValue());
  const message = fc.oneof(fc.string(), fc.jsonValue());
  const errorLike = fc
    .tuple(
      fc.record({ identifier, message }, { requiredKeys: [] }),
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
    )
    .map(([fields, extra]) => ({ ...extra, ...fields }));

  it('together with the catalog, accepts exactly what the spec validator accepts as an ErrorResponse', () => {
    fc.assert(
      fc.property(fc.oneof(errorLike, fc.jsonValue()), (value) => {
        const ours = definition.isErrorBody(value) && Object.hasOwn(definition.catalog, value.identifier);
        expect(ours).toBe(validator.validate(errorResponse, value).valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every error example of the spec', () => {
    for (const name of identifiers) {
      expect(definition.isErrorBody(bundle.components.examples?.[name]?.value), name).toBe(true);
    }
  });
});
