import { describe, expectTypeOf, it } from 'vitest';
import { type components, createIdenfyClient } from '../src/generated/idenfy/index.ts';
import { createMarkIdClient } from '../src/generated/markid/index.ts';

const idenfy = createIdenfyClient({ apiKey: 'key', apiSecret: 'secret' });
const markid = createMarkIdClient({ apiKey: 'key', apiSecret: 'secret' });

describe('request bodies', () => {
  it('are the types generated from the spec', () => {
    expectTypeOf(idenfy.createToken).parameter(0).toEqualTypeOf<components['schemas']['CreateTokenRequest']>();
    expectTypeOf(markid.getVerificationStatus).parameter(0).toEqualTypeOf<{ scanRef: string }>();
  });

  it('accept the fields the spec declares', () => {
    idenfy.createToken({ clientId: 'user-1', country: 'LT', documents: ['PASSPORT'], generateDigitString: true });
    markid.processVerification({
      authToken: 't',
      country: 'LT',
      documentType: 'PASSPORT',
      images: { FRONT: 'a', FACE: 'b' },
    });
  });

  it('reject unknown fields', () => {
    // @ts-expect-error nickname is not a field of CreateTokenRequest
    idenfy.createToken({ clientId: 'user-1', nickname: 'Johnny' });
    // @ts-expect-error the request body has additionalProperties: false
    markid.getVerificationStatus({ scanRef: 's', clientId: 'user-1' });
    idenfy.processVerification({
      authToken: 't',
      country: 'LT',
      documentType: 'PASSPORT',
      // @ts-expect-error SELFIE is not an image step
      images: { FRONT: 'a', FACE: 'b', SELFIE: 'c' },
    });
  });

  it('reject wrong types and values', () => {
    // @ts-expect-error clientId is a string
    idenfy.createToken({ clientId: 42 });
    // @ts-expect-error XX is not an ISO 3166-1 alpha-2 code
    markid.createToken({ clientId: 'user-1', country: 'XX' });
    // @ts-expect-error expiryTime is a number of seconds
    idenfy.createToken({ clientId: 'user-1', expiryTime: '3600' });
  });

  it('reject a body without its required fields', () => {
    // @ts-expect-error clientId is required
    idenfy.createToken({ firstName: 'John' });
    // @ts-expect-error scanRef is required
    markid.deleteVerificationData({});
  });

  it('leave out fields that only have a default', () => {
    idenfy.createToken({ clientId: 'user-1' });
  });
});
