import { describe, expectTypeOf, it } from 'vitest';
import type { IdenfyErrorIdentifier, idenfyErrorCatalog, idenfyErrorIdentifiers } from '../src/idenfy.ts';
import type { MarkIdErrorIdentifier, markIdErrorCatalog, markIdErrorIdentifiers } from '../src/markid.ts';

type SharedIdentifiers =
  | 'INTERNAL_ERROR'
  | 'BAD_VALUE'
  | 'MISSING_VALUE'
  | 'UNAUTHORIZED'
  | 'ENCODING_ERROR'
  | 'JSON_ERROR'
  | 'TOKEN_NOT_VALID'
  | 'PARTNER_CONTRACT_ERROR'
  | 'METHOD_NOT_ALLOWED';

describe('the identifier unions', () => {
  it("equal iDenfy's enum exactly", () => {
    expectTypeOf<IdenfyErrorIdentifier>().toEqualTypeOf<SharedIdentifiers>();
  });

  it("equal Mark ID's enum exactly, which adds PERMISSIONS_ERROR", () => {
    expectTypeOf<MarkIdErrorIdentifier>().toEqualTypeOf<SharedIdentifiers | 'PERMISSIONS_ERROR'>();
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
