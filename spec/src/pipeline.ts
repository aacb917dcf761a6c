/** The spec's two steps, bundling and linting, as functions the scripts and the tests share. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { publishedBrands } from './brands.ts';
import type { BrandBundle } from './bundle.ts';
import { renderErrorsPage } from './errors-page.ts';
import { bundlePath, distDir, errorsPagePath, redoclyConfigPath } from './locations.ts';
import { type RedoclyRun, runRedocly } from './redocly.ts';

export interface PipelineOptions {
  configPath?: string;
  outDir?: string;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

async function buildBrand(brand: string, configPath: string, outDir: string): Promise<void> {
  const yamlPath = bundlePath(brand, 'yaml', outDir);
  const run = await runRedocly([
    'bundle',
    brand,
    '--config',
    configPath,
    '--output',
    yamlPath,
    '--lint-config',
    'error',
  ]);
  if (!run.ok) throw new Error(`redocly bundle ${brand} failed:\n${run.output}`);
  const bundle = parse(readFileSync(yamlPath, 'utf8')) as BrandBundle;
  writeFile(bundlePath(brand, 'json', outDir), `${JSON.stringify(bundle, null, 2)}\n`);
  writeFile(errorsPagePath(brand, outDir), renderErrorsPage(bundle));
}

/**
 * Writes each brand's bundle (YAML and JSON) and its Standard API errors page, the brands side by side.
 * Throws with Redocly's report on failure.
 */
export async function buildBrands({
  configPath = redoclyConfigPath,
  outDir = distDir,
}: PipelineOptions = {}): Promise<string[]> {
  const brands = publishedBrands(configPath);
  await Promise.all(brands.map((brand) => buildBrand(brand, configPath, outDir)));
  return brands;
}

const LINT_OPTIONS = ['--format', 'stylish', '--lint-config', 'error'];

/** Lints the canonical spec once with each brand's API configuration. */
export function lintSources({ configPath = redoclyConfigPath }: PipelineOptions = {}): Promise<RedoclyRun> {
  return runRedocly(['lint', '--config', configPath, ...LINT_OPTIONS]);
}

/**
 * Lints the built bundles, where the decorator's output (enum, examples) can be checked against the schemas.
 * The bundles' 400s are the decorator's components, one per set of identifiers, so the rule that keeps the sources
 * on the one shared StandardError does not apply to them, nor does the check of the reproductions beside the sources.
 */
export function lintBundles({
  configPath = redoclyConfigPath,
  outDir = distDir,
}: PipelineOptions = {}): Promise<RedoclyRun> {
  const bundles = publishedBrands(configPath).map((brand) => bundlePath(brand, 'yaml', outDir));
  const skip = [
    '--skip-rule',
    'error-contract/standard-error-response',
    '--skip-rule',
    'error-contract/reproductions-complete',
  ];
  return runRedocly(['lint', '--config', configPath, ...LINT_OPTIONS, ...skip, ...bundles]);
}
