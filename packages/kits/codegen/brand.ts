/** What the kits generate from, per brand: its identifiers with their explanation, retry hint and docs URL. */
import { type BrandFacts, brandFacts } from '@error-contract/kit-corpus/brand-facts';
import { loadBundle } from '@error-contract/spec/workspace';
import { checkBrand, checkIdentifier } from './names.ts';

export interface KitBrand extends BrandFacts {
  /** The bundle's `info.title`, for doc comments. */
  title: string;
}

export function kitBrand(brand: string): KitBrand {
  const bundle = loadBundle(checkBrand(brand));
  const facts = brandFacts(brand, bundle);
  for (const entry of facts.identifiers) checkIdentifier(brand, entry.identifier);
  return { ...facts, title: bundle.info.title };
}

export const banner = (brand: string, comment: string): string =>
  `${comment} ${GENERATED} from spec/dist/${brand}/openapi.json by packages/kits/codegen. Do not edit: run \`pnpm generate\`.`;

/** The words every generated file starts with (after PHP's opening tag), by which a stale one is found. */
export const GENERATED = 'Generated';
