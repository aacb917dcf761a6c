import { describe, expectTypeOf, it } from 'vitest';
import type {
  components as IdenfyComponents,
  IdenfyErrorIdentifier,
  idenfyErrorCatalog,
  idenfyErrorIdentifiers,
} from '../src/generated/idenfy/index.ts';
import type {
  components as MarkIdComponents,
  MarkIdErrorIdentifier,
  markIdErrorCatalog,
  markIdErrorIdentifiers,
} from '../src/generated/markid/index.ts';

// The enums as openapi-typescript read them from each bundle; generation.test.ts proves those generated files are
// what the current spec gives, so no identifier is listed by hand here.
describe('the identifier unions', () => {
  it("equal iDenfy's enum exactly", () => {
    expectTypeOf<IdenfyErrorIdentifier>().toEqualTypeOf<IdenfyComponents['schemas']['ErrorIdentifier']>();
  });

  it("equal Mark ID's enum exactly", () => {
    expectTypeOf<MarkIdErrorIdentifier>().toEqualTypeOf<MarkIdComponents['schemas']['ErrorIdentifier']>();
    expectTypeOf<'PERMISSIONS_ERROR'>().toExtend<MarkIdErrorIdentifier>();
  });

  it('do not let PERMISSIONS_ERROR into the iDenfy union', () => {
    expectTypeOf<'PERMISSIONS_ERROR'>().not.toExtend<IdenfyErrorIdentifier>();
    // @ts-expect-error PERMISSIONS_ERROR is a Mark ID identifier only
    const identifier: IdenfyErrorIdentifier = 'PERMISSIONS_ERROR';
    expectTypeOf(identifier).toEqualTypeOf<IdenfyErrorIdentifier>();
  });

  it('are the keys of the runtime catalogs and the element type of the runtime identifier lists', () => {
    expectTypeOf<keyof typeof idenfyErrorCatalog>().toEqualTypeOf<IdenfyErrorIdentifier>();
    expectTypeOf<keyof typeof markIdErrorCatalog>().toEqualTypeOf<MarkIdErrorIdentifier>();
    expectTypeOf<(typeof idenfyErrorIdentifiers)[number]>().toEqualTypeOf<IdenfyErrorIdentifier>();
    expectTypeOf<(typeof markIdErrorIdentifiers)[number]>().toEqualTypeOf<MarkIdErrorIdentifier>();
  });
});
