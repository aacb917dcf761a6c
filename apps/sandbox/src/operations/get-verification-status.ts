/** getVerificationStatus (`POST /api/v2/status`): where one of the partner's verifications stands. */
import type { HandlerFactory } from './operation.ts';
import { verificationFor } from './verification-lookup.ts';

export const getVerificationStatus: HandlerFactory = (_bundle, state) => {
  return ({ body, apiKey, now }) => {
    const verification = verificationFor(state, apiKey, body.scanRef);
    return {
      status: state.statusOf(verification, now),
      scanRef: verification.scanRef,
      clientId: verification.clientId,
      fraudTags: [],
      mismatchTags: [],
    };
  };
};
