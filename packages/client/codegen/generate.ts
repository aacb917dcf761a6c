/** Generates every brand's client sources from its bundle, as file contents keyed by path under src/generated/. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandById, bundlePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { renderBrandModule } from './brand-module.ts';
import { renderCatalogModule } from './catalog-module.ts';
import { renderMswModule, renderTestingModule } from './doubles.ts';
import { renderEffectModule } from './effect-module.ts';
import { packageExports, renderEntryModule } from './entry-module.ts';

/** The entry points of a brand's client, and how its published package names them (for packages/release). */
export { type ClientEntry, clientEntries, publishedEntryFields } from './entry-module.ts';

import { renderErrorBodyModule } from './error-body-module.ts';
import { renderLimitsModule } from './limits.ts';
import { renderOpenapiTypes } from './openapi-types.ts';
import { renderOperationsModule } from './operations-module.ts';

/**
 * The masker, which the corpus's generator checks its expected bodies against: from source, as it runs before any
 * build, and loaded only when asked for, once this generator has written the limits it reads.
 */
export const loadMasking = () => import('../src/masking.ts');
/** The replies the contract documents, for the kits' doubles and the corpus. */
export { DOUBLE_REQUEST_ID, type DocumentedReply, documentedReplies, repliesByOperation } from './doubles.ts';
/** The limits every runtime applies, for the kits' generator and the corpus. */
export {
  type Limit,
  limits,
  MASK_CHUNK,
  MAX_BODY_BYTES,
  MAX_DEPTH,
  MIN_SECRET_LENGTH,
  TEXT_LIMIT,
} from './limits.ts';

export const generatedDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
export const packageJsonPath = fileURLToPath(new URL('../package.json', import.meta.url));

function banner(source: string, how: string): string {
  return `// Generated from ${source} by ${how}. Do not edit: run \`pnpm generate\`.\n\n`;
}

/** Where the bundles are read from: the spec package's dist and redocly.yaml unless given (the dev loop's copies). */
export interface SpecSource {
  specDistDir?: string;
  configPath?: string;
}

export async function generateBrand(brand: string, { specDistDir }: SpecSource = {}): Promise<Map<string, string>> {
  const bundle = loadBundle(brand, specDistDir);
  const source = `spec/dist/${brand}/openapi.json`;
  const own = banner(source, 'packages/client/codegen');
  return new Map([
    [
      `${brand}/openapi.ts`,
      banner(source, 'openapi-typescript') + (await renderOpenapiTypes(bundlePath(brand, 'json', specDistDir))),
    ],
    [`${brand}/catalog.ts`, own + renderCatalogModule(brand, bundle)],
    [`${brand}/operations.ts`, own + renderOperationsModule(bundle)],
    [`${brand}/error-body.ts`, own + renderErrorBodyModule(bundle)],
    [`${brand}/brand.ts`, own + renderBrandModule(brand, bundle)],
    [`${brand}/index.ts`, own + renderEntryModule(brandById(brand))],
    [`${brand}/testing.ts`, own + renderTestingModule(bundle)],
    [`${brand}/testing-msw.ts`, own + renderMswModule()],
  ]);
}

export async function generateAll(source: SpecSource = {}): Promise<Map<string, string>> {
  const files = new Map([
    ['effect.ts', banner('the effects of spec/src/bundle.ts', 'packages/client/codegen') + renderEffectModule()],
    ['limits.ts', banner('packages/client/codegen/limits.ts', 'packages/client/codegen') + renderLimitsModule()],
  ]);
  for (const brand of publishedBrands(source.configPath)) {
    for (const [path, content] of await generateBrand(brand, source)) files.set(path, content);
  }
  return files;
}

/** Replaces the contents of `outDir` with freshly generated files, so a brand or file that is gone disappears. */
export async function writeGenerated(outDir = generatedDir): Promise<string[]> {
  const files = await generateAll();
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  return [...files.keys()];
}

/** What the repository's codegen step runs: src/generated/ and package.json's `exports` rewritten; absolute paths. */
export async function writeAll(): Promise<string[]> {
  writeFileSync(packageJsonPath, packageJsonWithExports());
  const written = await writeGenerated();
  return [packageJsonPath, ...written.map((path) => join(generatedDir, path))];
}

/**
 * package.json with its `exports` map: the published brands' entry points and this generator (TypeScript, run by
 * tsx) for the repository's codegen step and the dev loop. The package is private: each brand's client is packed
 * as a package of its own (packages/release), from `publishedEntryFields`. The rest as it was.
 */
export function packageJsonWithExports(path = packageJsonPath): string {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.exports = {
    './codegen': { types: './codegen/generate.ts', default: './codegen/generate.ts' },
    ...packageExports(publishedBrands()),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every file under `dir`, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length)
        .replace(/^[/\\]/, '')
        .replaceAll('\\', '/'),
    )
    .sort();
}
