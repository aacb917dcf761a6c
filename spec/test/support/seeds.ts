/**
 * The original docs pages live in ../shared/seeds beside the checkout, not in the repository. Where they
 * are missing, tests that need them skip, except in CI (CI=true), where they must be present.
 * `ERROR_CONTRACT_SEEDS_DIR` points elsewhere; CI uses it to prove that a public clone skips cleanly.
 *
 * A brand's seed follows from its place among the declared brands (the spec's servers): the n-th brand's seed is
 * the file whose name starts with n, zero-padded to three digits (`000_…`, `001_…`), which is how the seed pages
 * are numbered. A brand without such a file has no original page, and its comparison is skipped.
 *
 * Nothing here reads a seed while a suite is being collected: only `readSeed`, called inside a test, does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredBrands, repoDir } from '../../src/workspace.ts';

export const seedsDir = process.env.ERROR_CONTRACT_SEEDS_DIR ?? join(repoDir, '..', 'shared', 'seeds');

const present = existsSync(seedsDir);
export const skipSeedTests = !present && process.env.CI !== 'true';
export const seedSkipReason = `skipped: ${seedsDir} is not beside this checkout (it is in CI, where this test runs)`;

/** The seed file numbered `position` among `files`, or undefined when there is none. */
export function seedFileAt(position: number, files: readonly string[]): string | undefined {
  const prefix = `${String(position).padStart(3, '0')}_`;
  const matches = files.filter((file) => file.startsWith(prefix));
  if (matches.length > 1) throw new Error(`More than one seed page starts with ${prefix}: ${matches.join(', ')}.`);
  return matches[0];
}

function positionOf(brand: string): number {
  const position = declaredBrands().findIndex((declared) => declared.id === brand);
  if (position < 0) throw new Error(`No server of the spec declares brand "${brand}".`);
  return position;
}

/** Whether the brand has an original page to compare with (true where the seeds are missing: reading them fails). */
export function hasSeed(brand: string): boolean {
  return !present || seedFileAt(positionOf(brand), readdirSync(seedsDir)) !== undefined;
}

export function readSeed(brand: string): string {
  if (!present) throw new Error(`The seed pages are missing: ${seedsDir} does not exist, and CI=true requires them.`);
  const file = seedFileAt(positionOf(brand), readdirSync(seedsDir));
  if (!file) throw new Error(`No seed page is numbered for brand "${brand}" in ${seedsDir}.`);
  return readFileSync(join(seedsDir, file), 'utf8');
}
