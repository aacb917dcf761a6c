import type { Effect as SpecEffect } from '@error-contract/spec/bundle';
import { expectTypeOf, it } from 'vitest';
import type { Effect as IdenfyEffect } from '../src/generated/idenfy/index.ts';
import type { Effect as MarkIdEffect } from '../src/generated/markid/index.ts';

it("exports exactly the spec's x-effect values as Effect", () => {
  expectTypeOf<IdenfyEffect>().toEqualTypeOf<SpecEffect>();
  expectTypeOf<MarkIdEffect>().toEqualTypeOf<SpecEffect>();
});
