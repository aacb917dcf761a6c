import { describe, expectTypeOf, it } from 'vitest';
import type { IdenfyErrorIdentifier, operations } from '../src/generated/idenfy/index.ts';
import { replies } from '../src/generated/idenfy/testing.ts';
import { handlers } from '../src/generated/idenfy/testing-msw.ts';
import { replies as markIdReplies } from '../src/generated/markid/testing.ts';

// Which identifiers an operation allows is the catalog's `operations`; generation.test.ts proves the generated
// tables are what the current spec gives. The cases below name the spec's own restrictions.
describe('the doubles offer only what the contract allows', () => {
  it('have one group per operation', () => {
    expectTypeOf<keyof typeof replies>().toEqualTypeOf<keyof operations>();
    expectTypeOf<keyof typeof handlers>().toEqualTypeOf<keyof operations>();
  });

  it('offer only identifiers of the brand', () => {
    expectTypeOf<keyof (typeof replies)['createToken']>().toExtend<IdenfyErrorIdentifier>();
  });

  it('refuse an identifier the operation cannot return', () => {
    expectTypeOf(replies.processVerification).toHaveProperty('TOKEN_NOT_VALID');
    // @ts-expect-error createToken cannot return TOKEN_NOT_VALID (the catalog names processVerification only)
    replies.createToken.TOKEN_NOT_VALID();
    // @ts-expect-error nor through MSW
    handlers.createToken.TOKEN_NOT_VALID();
  });

  it("refuse another brand's identifier", () => {
    expectTypeOf(markIdReplies.createToken).toHaveProperty('PERMISSIONS_ERROR');
    // @ts-expect-error PERMISSIONS_ERROR is a Mark ID identifier only
    replies.createToken.PERMISSIONS_ERROR();
    // @ts-expect-error nor through MSW
    handlers.createToken.PERMISSIONS_ERROR();
  });

  it('take a message, a request id and, for MSW, a base URL', () => {
    expectTypeOf(replies.createToken.BAD_VALUE)
      .parameter(0)
      .toEqualTypeOf<{ message?: string; requestId?: string } | undefined>();
    handlers.createToken.BAD_VALUE({ message: 'x', requestId: 'y', baseUrl: 'http://localhost:4010', once: true });
    // @ts-expect-error a message is a string
    replies.createToken.BAD_VALUE({ message: 42 });
  });
});
