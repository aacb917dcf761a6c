/** Requests the tests share: the seeded partners' credentials and valid bodies built from the brand's spec. */
import type { BrandBundle } from '@error-contract/spec/catalog';
import { basic } from './raw-request.ts';

/** The partners of the package's sandbox.config.json. */
export const partners = {
  full: basic('sandbox-key', 'sandbox-secret'),
  basic: basic('basic-key', 'basic-secret'),
  quota: basic('quota-key', 'quota-secret'),
} as const;

export function jsonHeaders(authorization: string = partners.full): Record<string, string> {
  return { authorization, 'content-type': 'application/json' };
}

/** The largest image the brand's spec accepts, read from its bundle. */
export function imageLimit(bundle: BrandBundle): number {
  const image = bundle.components.schemas.Image as { maxLength?: number } | undefined;
  if (!image?.maxLength) throw new Error('The bundle has no Image maxLength.');
  return image.maxLength;
}

export function processBody(authToken: string, images: Record<string, string> = {}): string {
  return JSON.stringify({
    authToken,
    country: 'LT',
    documentType: 'ID_CARD',
    images: { FRONT: 'aGVsbG8=', BACK: 'aGVsbG8=', FACE: 'aGVsbG8=', ...images },
  });
}
