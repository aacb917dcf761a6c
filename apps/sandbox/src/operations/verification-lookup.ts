/** Finding the verification a `scanRef` names, for the operations that act on one. */
import { ApiError } from '../api-error.ts';
import type { BrandState, Verification } from '../brand-state.ts';

export function verificationFor(state: BrandState, apiKey: string, scanRef: unknown): Verification {
  const verification = state.verificationOf(apiKey, String(scanRef));
  if (!verification) throw new ApiError('unknownScanRef', `No verification has scanRef '${String(scanRef)}'.`);
  return verification;
}
