/** The spec's steps, building its Redocly plugin, bundling and linting, as functions the scripts and the tests share. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { BrandBundle } from './bundle.ts';
import { renderErrorsPage } from './errors-page.ts';
import { formatProblem, type LintProblem, type LintTarget, redoclyBundle, redoclyLint } from './redocly.ts';
import {
  bundlePath,
  catalogSourceFile,
  distDir,
  errorsPagePath,
  pluginFile,
  publishedBrands,
  redoclyConfigPath,
  repoDir,
  specDir,
} from './workspace.ts';

export interface PipelineOptions {
  configPath?: string;
  outDir?: string;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * Builds the Redocly plugin from the spec library's sources under `root` (a workspace, or a copy of the spec at a
 * git ref) into the one file redocly.yaml names. It bundles the library's own modules and must import no package,
 * so any copy of the spec builds with no installation beside it.
 */
export async function buildPlugin(root = repoDir): Promise<void> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'spec/src/plugin/index.ts')],
    outfile: join(root, pluginFile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    loader: { '.tmpl': 'text' },
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    banner: { js: '// Built from spec/src/plugin by `pnpm build` (spec#compile). Do not edit.' },
  });
  const imported = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external && !entry.path.startsWith('node:')).map((entry) => entry.path),
  );
  if (imported.length > 0) {
    throw new Error(`The Redocly plugin must import no package, but imports ${[...new Set(imported)].join(', ')}.`);
  }
}

async function buildBrand(brand: string, configPath: string, outDir: string): Promise<void> {
  const { document, yaml } = await redoclyBundle(configPath, brand);
  writeFile(bundlePath(brand, 'yaml', outDir), yaml);
  writeFile(bundlePath(brand, 'json', outDir), `${JSON.stringify(document, null, 2)}\n`);
  writeFile(errorsPagePath(brand, outDir), renderErrorsPage(document as unknown as BrandBundle));
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
  // Every brand runs to its end before the first failure is thrown: a caller that cleans the output
  // folder on failure must not race a sibling brand still writing into it.
  const runs = await Promise.allSettled(brands.map((brand) => buildBrand(brand, configPath, outDir)));
  const failed = runs.find((run): run is PromiseRejectedResult => run.status === 'rejected');
  if (failed) throw failed.reason;
  return brands;
}

export interface LintResult {
  ok: boolean;
  /** Each problem once, in the order reported. */
  problems: LintProblem[];
  /** The problems one per line (`file:line:col severity rule message (pointer)`), or why it could not lint. */
  output: string;
}

/** Runs `redocly lint` and keeps each problem once; a lint that cannot run (a broken redocly.yaml) says why. */
async function lint(configPath: string, target: LintTarget, skipRules: readonly string[] = []): Promise<LintResult> {
  let reported: LintProblem[];
  try {
    reported = await redoclyLint(configPath, target, { skipRules });
  } catch (error) {
    return { ok: false, problems: [], output: (error as Error).message };
  }
  const seen = new Set<string>();
  const problems = reported.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: problems.length === 0, problems, output: problems.map(formatProblem).join('\n') };
}

/**
 * Lints the canonical spec, once: every API of redocly.yaml has the same root and rules (they differ only in the
 * brand decorator, which lint does not apply), so one of them reports each problem once.
 */
export function lintSources({ configPath = redoclyConfigPath }: PipelineOptions = {}): Promise<LintResult> {
  const [firstBrand = ''] = publishedBrands(configPath);
  return lint(configPath, { api: firstBrand });
}

/**
 * Lints the built bundles, where the decorator's output (enum, examples) can be checked against the schemas.
 * The bundles' 400s are the decorator's components, one per set of identifiers, so the rule that keeps the sources
 * on the one shared StandardError does not apply to them.
 */
export function lintBundles({
  configPath = redoclyConfigPath,
  outDir = distDir,
}: PipelineOptions = {}): Promise<LintResult> {
  const files = publishedBrands(configPath).map((brand) => bundlePath(brand, 'yaml', outDir));
  return lint(configPath, { files }, ['error-contract/standard-error-response']);
}
/**
 * The files of `reproductions/` that no catalog entry references: left behind by a removed or renamed identifier.
 * The plugin's rule sees only what the document references, so this check of the folder sits beside it.
 */
export function unreferencedReproductions(specFolder = specDir): string[] {
  const folder = join(specFolder, 'reproductions');
  const schema = parse(readFileSync(join(specFolder, catalogSourceFile), 'utf8')) as {
    'x-error-catalog'?: Record<string, { reproductions?: { $ref?: unknown } }>;
  };
  const referenced = new Set(
    Object.values(schema['x-error-catalog'] ?? {}).flatMap((entry) =>
      typeof entry?.reproductions?.$ref === 'string' ? [basename(entry.reproductions.$ref)] : [],
    ),
  );
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml') && !referenced.has(file))
    .map(
      (file) =>
        `reproductions/${file}: no catalog entry references it; reference it from its identifier's \`reproductions\`, or delete it.`,
    );
}
