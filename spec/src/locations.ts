/** Where the spec's sources and build outputs live; the one place that knows the dist layout. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder, found from this module whether it runs from src/ or from the compiled dist/lib/. */
function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'openapi.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the spec package folder (no openapi.yaml above this module).');
    dir = parent;
  }
  return dir;
}

export const specDir = packageDir();
export const repoDir = dirname(specDir);
/** The canonical spec's entry, where the brands are declared (its `servers`). */
export const specEntryPath = join(specDir, 'openapi.yaml');
export const redoclyConfigPath = join(repoDir, 'redocly.yaml');
export const distDir = join(specDir, 'dist');

export type BundleFormat = 'yaml' | 'json';

export function bundlePath(brand: string, format: BundleFormat, outDir = distDir): string {
  return join(outDir, brand, `openapi.${format}`);
}

export function errorsPagePath(brand: string, outDir = distDir): string {
  return join(outDir, brand, 'standard-api-errors.md');
}
