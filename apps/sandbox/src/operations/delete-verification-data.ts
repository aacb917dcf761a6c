/** deleteVerificationData (`POST /api/v2/delete`): forgets a verification's document data and retires its token. */
import type { HandlerFactory } from './operation.ts';
import { verificationFor } from './verification-lookup.ts';

export const deleteVerificationData: HandlerFactory = (_bundle, state) => {
  return ({ body, apiKey, now }) => {
    const verification = verificationFor(state, apiKey, body.scanRef);
    const status = state.statusOf(verification, now);
    if (status !== 'DELETED' && status !== 'EXPIRED-DELETED') {
      verification.status = status === 'EXPIRED' ? 'EXPIRED-DELETED' : 'DELETED';
    }
    verification.data = {};
    verification.requested = {};
    const token = verification.authToken === undefined ? undefined : state.tokens.get(verification.authToken);
    if (token) token.used = true;
    return undefined;
  };
};
