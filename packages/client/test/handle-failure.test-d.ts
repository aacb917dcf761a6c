import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiError,
  createIdenfyClient,
  handleFailure,
  type IdenfyErrorIdentifier,
  type IdenfyFailure,
  type idenfyErrorIdentifiers,
} from '../src/generated/idenfy/index.ts';
import {
  createMarkIdClient,
  handleFailure as handleMarkIdFailure,
  type MarkIdFailure,
} from '../src/generated/markid/index.ts';

declare const idenfyFailure: IdenfyFailure;
declare const markIdFailure: MarkIdFailure;

declare const identifiers: typeof idenfyErrorIdentifiers;

/** A handler for each of iDenfy's identifiers, built from its identifier list rather than typed out by hand. */
const idenfyHandlers = {
  ...(Object.fromEntries(identifiers.map((identifier) => [identifier, () => identifier])) as Record<
    IdenfyErrorIdentifier,
    () => string
  >),
  unknownApiError: () => 'unknown',
  unexpectedResponse: () => 'unexpected',
  transportError: () => 'transport',
};

describe('handleFailure', () => {
  it('compiles when every identifier of the brand and every other kind has a handler', () => {
    expectTypeOf(handleFailure(idenfyFailure, idenfyHandlers)).toEqualTypeOf<string>();
    handleMarkIdFailure(markIdFailure, { ...idenfyHandlers, PERMISSIONS_ERROR: () => 'quota' });
  });

  it('gives each handler the failure narrowed to its identifier or kind', () => {
    handleFailure(idenfyFailure, {
      ...idenfyHandlers,
      BAD_VALUE: (failure) => {
        expectTypeOf(failure).toEqualTypeOf<ApiError<'BAD_VALUE'>>();
        return 'fix';
      },
      transportError: (failure) => {
        expectTypeOf(failure.reason).toEqualTypeOf<'network' | 'timeout' | 'abort'>();
        return 'transport';
      },
    });
  });

  it('does not compile when an identifier has no handler', () => {
    const { BAD_VALUE: _left, ...withoutBadValue } = idenfyHandlers;
    // @ts-expect-error BAD_VALUE is not handled
    handleFailure(idenfyFailure, withoutBadValue);
    // @ts-expect-error Mark ID's PERMISSIONS_ERROR is not handled
    handleMarkIdFailure(markIdFailure, idenfyHandlers);
  });

  it('does not compile without the fallback for unknown identifiers', () => {
    const { unknownApiError: _left, ...withoutFallback } = idenfyHandlers;
    // @ts-expect-error the fallback for identifiers the brand does not know is required
    handleFailure(idenfyFailure, withoutFallback);
  });

  it('does not accept a handler for an identifier the brand does not have', () => {
    // @ts-expect-error iDenfy has no PERMISSIONS_ERROR
    handleFailure(idenfyFailure, { ...idenfyHandlers, PERMISSIONS_ERROR: () => 'quota' });
  });

  it("does not take one brand's failures for the other's", () => {
    // @ts-expect-error a Mark ID failure may be PERMISSIONS_ERROR, which iDenfy's handlers do not cover
    handleFailure(markIdFailure, idenfyHandlers);
  });

  it('works on a result narrowed by ok, with contextual types for every handler', async () => {
    const result = await createMarkIdClient({ apiKey: 'key', apiSecret: 'secret' }).createToken({ clientId: 'c' });
    if (result.ok) return;
    // @ts-expect-error Mark ID's PERMISSIONS_ERROR is not handled
    handleMarkIdFailure(result, idenfyHandlers);
    handleMarkIdFailure(result, {
      ...idenfyHandlers,
      PERMISSIONS_ERROR: (failure) => failure.message,
      unexpectedResponse: (failure) => failure.reason,
    });
    const fromIdenfy = await createIdenfyClient({ apiKey: 'key', apiSecret: 'secret' }).createToken({ clientId: 'c' });
    if (!fromIdenfy.ok) handleFailure(fromIdenfy, idenfyHandlers);
  });
});
