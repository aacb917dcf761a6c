/**
 * The spec as committed at a git ref: the release tags, and a ref's spec built into bundles without touching the
 * work tree. The breaking-change gate compares against a ref; the docs' changelog builds every release.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_PACKAGE } from './brand-view.ts';
import type { BrandBundle } from './bundle.ts';
import { buildBrands, buildPlugin } from './pipeline.ts';
import { loadBundle, specSources } from './workspace.ts';

/**
 * The release tags of the contract, named after the client whose version is the contract's, e.g.
 * `@error-contract/client@1.2.0`: one per release, made by the release workflow (packages/release lists it).
 */
export const releaseTagPattern = `${CLIENT_PACKAGE}@*`;

/** The release tag of a version. */
export const releaseTagOf = (version: string): string => `${CLIENT_PACKAGE}@${version}`;

/** Runs git in `cwd`; throws with git's message when it fails. */
export function git(args: readonly string[], cwd: string, input?: Buffer): Buffer {
  const run = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stderr.toString().trim()}`);
  return run.stdout;
}

/** Whether `ref` names a commit of the repository. */
export function refExists(ref: string, repoDir: string): boolean {
  return tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoDir) !== undefined;
}

function tryGit(args: readonly string[], cwd: string): string | undefined {
  try {
    return git(args, cwd).toString().trim();
  } catch {
    return undefined;
  }
}

/** The top folder of the git repository `cwd` is in. */
export function repoRootOf(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
}

/** The commit a ref names, or an error that says which ref is unknown. */
export function commitOf(ref: string, repoDir: string): string {
  const commit = tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoDir);
  if (!commit) throw new Error(`Unknown git ref "${ref}". Fetch it first (CI: actions/checkout with fetch-depth: 0).`);
  return commit;
}

/** The release tags of the repository, oldest version first; none when `repoDir` is not a git repository. */
export function releaseTags(repoDir: string): string[] {
  const tags = tryGit(['tag', '--list', releaseTagPattern, '--sort=version:refname'], repoDir);
  return tags ? tags.split('\n').filter(Boolean) : [];
}

/** The last release tag reachable from HEAD, if any. */
export function lastReleaseTag(repoDir: string): string | undefined {
  return tryGit(['describe', '--tags', '--abbrev=0', '--match', releaseTagPattern], repoDir);
}

/** The commit date of a ref, YYYY-MM-DD. */
export function commitDate(ref: string, repoDir: string): string {
  return git(['log', '-1', '--format=%cs', commitOf(ref, repoDir)], repoDir)
    .toString()
    .trim();
}

/**
 * Builds every brand's bundle of the spec in a workspace (or a copy of its redocly.yaml and spec/): its own
 * plugin, then its bundles, into a folder of their own. Bundles by brand id.
 */
export async function bundlesOf(root: string): Promise<Map<string, BrandBundle>> {
  await buildPlugin(root);
  const outDir = mkdtempSync(join(tmpdir(), 'error-contract-bundles-'));
  try {
    const brands = await buildBrands({ configPath: join(root, 'redocly.yaml'), outDir });
    return new Map(brands.map((brand) => [brand, loadBundle(brand, outDir)]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Builds every brand's bundle of the spec as committed at `ref` (redocly.yaml and the spec's sources, through
 * `git archive`, so the work tree is never touched). Bundles by brand id.
 */
export async function bundlesAt(ref: string, repoDir: string): Promise<Map<string, BrandBundle>> {
  const root = mkdtempSync(join(tmpdir(), 'error-contract-ref-'));
  try {
    const paths = ['redocly.yaml', ...specSources.map((source) => `spec/${source}`)];
    const archive = git(['archive', '--format=tar', commitOf(ref, repoDir), '--', ...paths], repoDir);
    const untar = spawnSync('tar', ['-x', '-f', '-', '-C', root], { input: archive });
    if (untar.status !== 0) throw new Error(`Could not unpack the spec of ${ref}: ${untar.stderr.toString()}`);
    if (!existsSync(join(root, 'spec/src/plugin/index.ts'))) {
      throw new Error(
        `The spec at ${ref} predates its plugin's spec library (spec/src/plugin); compare with a later ref.`,
      );
    }
    return await bundlesOf(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
