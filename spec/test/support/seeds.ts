/**
 * The original docs pages (the seed pages) are not in the repository: they live beside this repository's own
 * checkouts, in ../shared/seeds. The comparison with them runs only when `ERROR_CONTRACT_SEEDS_DIR` names their folder
 * (absolute, or relative to the repository root); `.ci/run` sets it. Without it the comparison is skipped and says
 * why; with it, a folder that is missing fails the comparison. `CI=true` alone never switches it on: GitHub sets it
 * too, and a clone there has nothing beside it.
 *
 * A brand's seed follows from its place among the declared brands (the spec's servers): the n-th brand's seed is
 * the file whose name starts with n, zero-padded to three digits (`000_…`, `001_…`), which is how the seed pages
 * are numbered. A brand without such a file has no original page, and its comparison is skipped.
 *
 * Nothing here reads a seed while a suite is being collected: only `readSeed`, called inside a test, does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { declaredBrands, repoDir } from '../../src/workspace.ts';

export const seedsVariable = 'ERROR_CONTRACT_SEEDS_DIR';

/** Where the seed pages are, when the environment switches the comparison on; otherwise why it is skipped. */
export function seedComparison(
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): { dir: string } | { skipReason: string } {
  const configured = env[seedsVariable];
  if (!configured) {
    return { skipReason: `skipped: ${seedsVariable} is not set (set it to the seed pages' folder to compare)` };
  }
  return { dir: resolve(root, configured) };
}

const comparison = seedComparison(process.env, repoDir);
const seedsDir = 'dir' in comparison ? comparison.dir : undefined;
export const skipSeedTests = seedsDir === undefined;
export const seedSkipReason = 'skipReason' in comparison ? comparison.skipReason : '';

function seedFiles(): string[] {
  if (seedsDir === undefined || !existsSync(seedsDir)) {
    throw new Error(`The seed pages are missing: ${seedsVariable} names ${seedsDir}, which does not exist.`);
  }
  return readdirSync(seedsDir);
}

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

/** Whether the brand has an original page to compare with (true where the folder is missing: reading it fails). */
export function hasSeed(brand: string): boolean {
  return (
    seedsDir === undefined ||
    !existsSync(seedsDir) ||
    seedFileAt(positionOf(brand), readdirSync(seedsDir)) !== undefined
  );
}

export function readSeed(brand: string): string {
  const file = seedFileAt(positionOf(brand), seedFiles());
  if (!file) throw new Error(`No seed page is numbered for brand "${brand}" in ${seedsDir}.`);
  return readFileSync(join(seedsDir as string, file), 'utf8');
}
