/**
 * The original docs pages live in ../shared/seeds beside the checkout, not in the repository. Where they
 * are missing, tests that need them skip, except in CI (CI=true), where they must be present.
 * `ERROR_CONTRACT_SEEDS_DIR` points elsewhere; CI uses it to prove that a public clone skips cleanly.
 *
 * Nothing here reads a seed while a suite is being collected: only `readSeed`, called inside a test, does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '../../src/locations.ts';

export const seedsDir = process.env.ERROR_CONTRACT_SEEDS_DIR ?? join(repoDir, '..', 'shared', 'seeds');

/** The seed page each brand was created from. */
export const seedFileOfBrand: Record<string, string> = {
  idenfy: '000_a565c0a2a3546dee.txt',
  markid: '001_4ac8ab2eccdcc7a7.txt',
};

const present = existsSync(seedsDir);
export const skipSeedTests = !present && process.env.CI !== 'true';
export const seedSkipReason = `skipped: ${seedsDir} is not beside this checkout (it is in CI, where this test runs)`;

export function readSeed(brand: string): string {
  const file = seedFileOfBrand[brand];
  if (!file) throw new Error(`No seed page is known for brand "${brand}".`);
  if (!present) throw new Error(`The seed pages are missing: ${seedsDir} does not exist, and CI=true requires them.`);
  return readFileSync(join(seedsDir, file), 'utf8');
}
