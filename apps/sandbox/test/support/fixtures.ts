/** Requests the tests share: the seeded partners' credentials and valid bodies built from the brand's spec. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { basic } from './raw-request.ts';

/** The `Authorization` header of each partner of the package's sandbox.config.json. */
export const authorizations = {
  full: basic('sandbox-key', 'sandbox-secret'),
  basic: basic('basic-key', 'basic-secret'),
  quota: basic('quota-key', 'quota-secret'),
} as const;

export function jsonHeaders(authorization: string = authorizations.full): Record<string, string> {
  return { authorization, 'content-type': 'application/json' };
}

/** The largest image the brand's spec accepts, read from its bundle. */
export function imageLimit(bundle: BrandBundle): number {
  const image = bundle.components.schemas.Image as { maxLength?: number } | undefined;
  if (!image?.maxLength) throw new Error('The bundle has no Image maxLength.');
  return image.maxLength;
}

type Step = 'FRONT' | 'BACK' | 'FACE' | 'UTILITY_BILL';

/** A valid process request for an ID card (which needs its back image), with some images replaced. */
export function processRequest(authToken: string, images: Partial<Record<Step, string>> = {}) {
  return {
    authToken,
    country: 'LT' as const,
    documentType: 'ID_CARD' as const,
    images: { FRONT: 'aGVsbG8=', BACK: 'aGVsbG8=', FACE: 'aGVsbG8=', ...images },
  };
}

export function processBody(authToken: string, images: Partial<Record<Step, string>> = {}): string {
  return JSON.stringify(processRequest(authToken, images));
}
