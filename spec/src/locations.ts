/** Where the spec's sources and build outputs live; the one place that knows the dist layout. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const specDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoDir = dirname(specDir);
export const redoclyConfigPath = join(repoDir, 'redocly.yaml');
export const distDir = join(specDir, 'dist');

export type BundleFormat = 'yaml' | 'json';

export function bundlePath(brand: string, format: BundleFormat, outDir = distDir): string {
  return join(outDir, brand, `openapi.${format}`);
}

export function errorsPagePath(brand: string, outDir = distDir): string {
  return join(outDir, brand, 'standard-api-errors.md');
}
