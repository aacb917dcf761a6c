/** Generates the kits' code in PHP, Python and Go, as file contents keyed by path under the package, and the corpus. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licensePath, publishedBrands } from '@error-contract/spec/workspace';
import { kitBrand } from './brand.ts';
import { corpusDir, writeCorpora } from './corpus.ts';
import {
  goDir,
  renderGoDoubles,
  renderGoModules,
  renderGoPackage,
  renderGoReadme,
  renderGoRegistry,
  sharedModuleFolder,
} from './go.ts';
import { renderLimits } from './limits.ts';
import { phpNamespace } from './names.ts';
import { renderPhpDoubles, renderPhpEnum, renderPhpErrors } from './php.ts';
import { renderPythonModule } from './python.ts';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The handbook's unit tests on each kit's doubles, which the docs show and the kits' tests run. */
export { type DoubleTestCell, type DoubleTests, doubleTestCells, doubleTests } from './double-tests.ts';
/** The Go modules' layout, for packages/release: each module's folder and path, the go line. */
export {
  GO_README_EXAMPLE,
  GO_VERSION,
  goDir,
  goModule,
  OLDEST_GO_TOOLCHAIN,
  sharedModuleFolder,
} from './go.ts';
export { phpNamespace } from './names.ts';

/**
 * The generated files: the limits in each language; per brand a Python module, a PHP namespace and a Go module;
 * the Go modules' manifests, and in each Go module, since Go publishes it from the repository, its README and the
 * repository's LICENSE.
 */
export function generateKits(brands: readonly string[] = publishedBrands()): Map<string, string> {
  const files = new Map<string, string>([...renderLimits(), ...renderGoModules(brands)]);
  const license = readFileSync(licensePath, 'utf8');
  files.set(`${goDir}/internal/brands/brands.go`, renderGoRegistry(brands));
  files.set(`${goDir}/${sharedModuleFolder}/LICENSE`, license);
  files.set(`${goDir}/${sharedModuleFolder}/README.md`, renderGoReadme());
  for (const brand of brands.map(kitBrand)) {
    files.set(`python/src/error_contract/${brand.brand}.py`, renderPythonModule(brand));
    files.set(`${goDir}/${brand.brand}/catalog.go`, renderGoPackage(brand));
    files.set(`${goDir}/${brand.brand}/doubles.go`, renderGoDoubles(brand));
    files.set(`${goDir}/${brand.brand}/LICENSE`, license);
    files.set(`${goDir}/${brand.brand}/README.md`, renderGoReadme(brand));
    const namespace = phpNamespace(brand.brand);
    files.set(`php/src/${namespace}/ErrorIdentifier.php`, renderPhpEnum(brand));
    files.set(`php/src/${namespace}/Errors.php`, renderPhpErrors(brand));
    files.set(`php/src/${namespace}/Doubles.php`, renderPhpDoubles(brand));
  }
  return files;
}

/** Writes the generated files under `outDir` (the package by default); a file that is already right is not touched. */
export function writeKits(outDir = packageDir): string[] {
  const files = generateKits();
  for (const [path, content] of files) {
    const target = join(outDir, path);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return [...files.keys()];
}

/** What the repository's codegen step runs: the kits' files and the corpus, rewritten; absolute paths. */
export async function writeAll(): Promise<string[]> {
  const corpora = await writeCorpora();
  return [...writeKits().map((path) => join(packageDir, path)), ...corpora.map((name) => join(corpusDir, name))];
}
