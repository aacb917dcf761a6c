import { describe, expectTypeOf, it } from 'vitest';
import type { components as idenfyComponents, operations } from '../src/generated/idenfy/index.ts';
import type { components as generated } from '../src/generated/idenfy/openapi.ts';
import type { components as markidComponents } from '../src/generated/markid/index.ts';

describe('the names an entry point exports', () => {
  it("are the spec's schemas under components, without the 400 response components, whose names are layout", () => {
    expectTypeOf<keyof idenfyComponents>().toEqualTypeOf<'schemas'>();
    expectTypeOf<keyof markidComponents>().toEqualTypeOf<'schemas'>();
    expectTypeOf<idenfyComponents['schemas']>().toEqualTypeOf<generated['schemas']>();
  });

  it('name a response by its operation and status instead', () => {
    expectTypeOf<operations['processVerification']['responses'][400]['content']['application/json']>().toEqualTypeOf<
      idenfyComponents['schemas']['ErrorResponse']
    >();
  });
});
