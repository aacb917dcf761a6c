/** The spec's steps, building its Redocly plugin, bundling and linting, as functions the scripts and the tests share. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { BrandBundle } from './bundle.ts';
import { renderErrorsPage } from './errors-page.ts';
import { runRedocly } from './redocly.ts';
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
  // Every brand runs to its end before the first failure is thrown: a caller that cleans the output
  // folder on failure must not race a sibling brand still writing into it.
  const runs = await Promise.allSettled(brands.map((brand) => buildBrand(brand, configPath, outDir)));
  const failed = runs.find((run): run is PromiseRejectedResult => run.status === 'rejected');
  if (failed) throw failed.reason;
  return brands;
}

/** One problem redocly lint reports: where (file, line, column, JSON pointer), which rule, and what. */
export interface LintProblem {
  file: string;
  line: number;
  col: number;
  pointer: string;
  rule: string;
  severity: 'error' | 'warn';
  message: string;
}

export interface LintResult {
  ok: boolean;
  /** Each problem once, in the order reported. */
  problems: LintProblem[];
  /** The problems one per line (`file:line:col severity rule message (pointer)`), or what the CLI said when it could not lint. */
  output: string;
}

interface LintReport {
  problems: Array<{
    ruleId: string;
    severity: 'error' | 'warn';
    message: string;
    location: Array<{ source: { ref: string }; pointer: string; start?: { line: number; col: number } }>;
  }>;
}

export function formatProblem({ file, line, col, severity, rule, message, pointer }: LintProblem): string {
  return `${file}:${line}:${col} ${severity} ${rule} ${message} (${pointer})`;
}

/** Runs `redocly lint` with its JSON report, and reads each problem once. */
async function lint(args: readonly string[]): Promise<LintResult> {
  const run = await runRedocly(['lint', ...args, '--format', 'json', '--lint-config', 'error']);
  // Linting files (not an API) prints one report per file, between progress lines: each starts and ends at column 0.
  const blocks = run.stdout.match(/^\{$[\s\S]*?^\}/gm) ?? [];
  let reports: LintReport[];
  try {
    reports = blocks.map((block) => JSON.parse(block) as LintReport);
  } catch {
    reports = [];
  }
  if (reports.length === 0) return { ok: false, problems: [], output: run.output || 'redocly lint printed no report.' };
  const seen = new Set<string>();
  const problems: LintProblem[] = [];
  for (const { ruleId, severity, message, location } of reports.flatMap((report) => report.problems)) {
    const [at] = location;
    const problem: LintProblem = {
      file: at?.source.ref ?? '',
      line: at?.start?.line ?? 0,
      col: at?.start?.col ?? 0,
      pointer: at?.pointer ?? '',
      rule: ruleId,
      severity,
      message,
    };
    const key = formatProblem(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return { ok: run.ok && problems.length === 0, problems, output: problems.map(formatProblem).join('\n') };
}

/**
 * Lints the canonical spec, once: every API of redocly.yaml has the same root and rules (they differ only in the
 * brand decorator, which lint does not apply), so one of them reports each problem once.
 */
export function lintSources({ configPath = redoclyConfigPath }: PipelineOptions = {}): Promise<LintResult> {
  const [firstBrand = ''] = publishedBrands(configPath);
  return lint([firstBrand, '--config', configPath]);
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
  const bundles = publishedBrands(configPath).map((brand) => bundlePath(brand, 'yaml', outDir));
  return lint(['--config', configPath, '--skip-rule', 'error-contract/standard-error-response', ...bundles]);
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
