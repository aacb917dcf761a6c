import { describe, expectTypeOf, it } from 'vitest';
import { type components, createIdenfyClient } from '../src/generated/idenfy/index.ts';
import { createMarkIdClient } from '../src/generated/markid/index.ts';

const idenfy = createIdenfyClient({ apiKey: 'key', apiSecret: 'secret' });
const markid = createMarkIdClient({ apiKey: 'key', apiSecret: 'secret' });

describe('request bodies', () => {
  it('are the types generated from the spec', () => {
    expectTypeOf(idenfy.createToken).parameter(0).toEqualTypeOf<components['schemas']['CreateTokenRequest']>();
    expectTypeOf(markid.getVerificationStatus)
      .parameter(0)
      .toEqualTypeOf<{ scanRef: string } & { [key: string]: unknown }>();
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

  it("accept what the vendor's own examples send: lower-case countries, nulls, a numeric clientId", () => {
    idenfy.createToken({ clientId: '100000', country: 'lt', nationality: 'lt', documents: ['PASSPORT', 'OTHER'] });
    markid.createToken({ clientId: '100000', utilityBill: false, additionalSteps: null, additionalData: null });
    idenfy.createToken({ clientId: 1 });
    markid.processVerification({
      authToken: 't',
      country: 'LT',
      documentType: 'PASSPORT',
      images: { FRONT: 'a', BACK: null, FACE: 'b' },
    });
  });

  it('accept fields the spec does not list, which the API ignores', () => {
    idenfy.createToken({ clientId: 'user-1', nickname: 'Johnny' });
    markid.getVerificationStatus({ scanRef: 's', clientId: 'user-1' });
    idenfy.processVerification({
      authToken: 't',
      country: 'LT',
      documentType: 'PASSPORT',
      images: { FRONT: 'a', FACE: 'b', SELFIE: 'c' },
    });
  });

  it('reject wrong types and values of the fields the spec lists', () => {
    // @ts-expect-error clientId is a string or a number
    idenfy.createToken({ clientId: true });
    // @ts-expect-error XX is not an ISO 3166-1 alpha-2 code
    markid.createToken({ clientId: 'user-1', country: 'XX' });
    // @ts-expect-error expiryTime is a number of seconds
    idenfy.createToken({ clientId: 'user-1', expiryTime: '3600' });
    markid.processVerification({
      authToken: 't',
      country: 'LT',
      documentType: 'PASSPORT',
      // @ts-expect-error an image is base64 text
      images: { FRONT: 1, FACE: 'b' },
    });
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
