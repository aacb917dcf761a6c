/**
 * The spec reader of a packed command (the sandbox, the verifier): in place of `@error-contract/spec/workspace`,
 * which reads the repository, esbuild gives the command this module, which reads the brand bundles shipped in its
 * package, `bundles/<brand>/openapi.json`, listed in `bundles/brands.json`. The command runs unchanged otherwise.
 * Its exports are what the commands import of the workspace module; a new import fails the bundling by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrandBundle } from '@error-contract/spec/bundle';
import type * as workspace from '@error-contract/spec/workspace';

export const bundlesFolder = 'bundles';
export const brandsFile = 'brands.json';

/** The package's folder: the command is `<package>/dist/<command>.js`. */
const packageDir = () => fileURLToPath(new URL('..', import.meta.url));

export const publishedBrands: typeof workspace.publishedBrands = () =>
  JSON.parse(readFileSync(join(packageDir(), bundlesFolder, brandsFile), 'utf8')) as string[];

export const bundlePath: typeof workspace.bundlePath = (brand, format, outDir = join(packageDir(), bundlesFolder)) => {
  if (!publishedBrands().includes(brand)) {
    throw new Error(`Unknown brand "${brand}": this package serves ${publishedBrands().join(', ')}.`);
  }
  return join(outDir, brand, `openapi.${format}`);
};

export const loadBundle: typeof workspace.loadBundle = (brand, outDir) =>
  JSON.parse(readFileSync(bundlePath(brand, 'json', outDir), 'utf8')) as BrandBundle;
