import { describe, expectTypeOf, it } from 'vitest';
import {
  type components,
  createIdenfyClient,
  type IdenfyErrorIdentifier,
  type IdenfyResult,
  RequestError,
  type TransportError,
  type UnexpectedResponse,
  type UnknownApiError,
  unwrap,
} from '../src/generated/idenfy/index.ts';
import { createMarkIdClient, type MarkIdErrorIdentifier } from '../src/generated/markid/index.ts';

const idenfy = createIdenfyClient({ apiKey: 'key', apiSecret: 'secret' });
const markid = createMarkIdClient({ apiKey: 'key', apiSecret: 'secret' });

describe('results', () => {
  it('carry the success body generated from the spec', async () => {
    const result = await idenfy.getVerificationStatus({ scanRef: 's' });
    expectTypeOf(result).toEqualTypeOf<IdenfyResult<'getVerificationStatus'>>();
    if (result.kind === 'success') {
      expectTypeOf(result.data).toEqualTypeOf<components['schemas']['StatusResponse']>();
      expectTypeOf(result.data.status).toEqualTypeOf<components['schemas']['VerificationStatus']>();
    }
  });

  it('carry no data for operations whose success has no body', async () => {
    const result = await markid.deleteVerificationData({ scanRef: 's' });
    if (result.ok) expectTypeOf(result.data).toEqualTypeOf<undefined>();
  });

  it("narrow a standard API error's identifier to the brand's union", async () => {
    const fromIdenfy = await idenfy.createToken({ clientId: 'c' });
    if (fromIdenfy.kind === 'api-error') {
      expectTypeOf(fromIdenfy.identifier).toEqualTypeOf<IdenfyErrorIdentifier>();
      expectTypeOf(fromIdenfy.status).toEqualTypeOf<number>();
      expectTypeOf(fromIdenfy.requestId).toEqualTypeOf<string | undefined>();
      expectTypeOf(fromIdenfy.docsUrl).toEqualTypeOf<string>();
      // @ts-expect-error iDenfy never returns PERMISSIONS_ERROR as a standard API error
      if (fromIdenfy.identifier === 'PERMISSIONS_ERROR') throw new Error('unreachable');
    }
    const fromMarkId = await markid.createToken({ clientId: 'c' });
    if (fromMarkId.kind === 'api-error') expectTypeOf(fromMarkId.identifier).toEqualTypeOf<MarkIdErrorIdentifier>();
  });

  it('keep an unknown identifier a plain string, outside the union', async () => {
    const result = await idenfy.createToken({ clientId: 'c' });
    if (result.kind === 'unknown-api-error') {
      expectTypeOf(result).toEqualTypeOf<UnknownApiError>();
      expectTypeOf(result.identifier).toEqualTypeOf<string>();
    }
  });

  it('tell every other failure apart by kind', async () => {
    const result = await idenfy.createToken({ clientId: 'c' });
    if (result.kind === 'unexpected-response') {
      expectTypeOf(result).toEqualTypeOf<UnexpectedResponse>();
      expectTypeOf(result.reason).toEqualTypeOf<'empty-body' | 'not-json' | 'wrong-shape' | 'too-large'>();
    }
    if (result.kind === 'transport-error') {
      expectTypeOf(result).toEqualTypeOf<TransportError>();
      expectTypeOf(result.reason).toEqualTypeOf<'network' | 'timeout' | 'abort'>();
      // @ts-expect-error no response, so no status
      result.status;
    }
  });

  it('are data after unwrap, whose failures are RequestErrors', async () => {
    expectTypeOf(await unwrap(idenfy.createToken({ clientId: 'c' }))).toEqualTypeOf<
      components['schemas']['CreateTokenResponse']
    >();
    const error = new RequestError<IdenfyErrorIdentifier>({
      ok: false,
      kind: 'transport-error',
      operation: 'createToken',
      reason: 'network',
      message: 'fetch failed',
      code: undefined,
    });
    if (error.failure.kind === 'api-error')
      expectTypeOf(error.failure.identifier).toEqualTypeOf<IdenfyErrorIdentifier>();
  });
});
