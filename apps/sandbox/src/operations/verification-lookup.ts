/** Finding the verification a `scanRef` names, for the operations that act on one. */

import type { BrandState, Verification } from '../brand-state.ts';
import { Refusal } from '../refusal.ts';

export function verificationFor(state: BrandState, apiKey: string, scanRef: unknown): Verification {
  const verification = state.verificationOf(apiKey, String(scanRef));
  if (!verification) throw new Refusal('unknownScanRef', `No verification has scanRef '${String(scanRef)}'.`);
  return verification;
}
