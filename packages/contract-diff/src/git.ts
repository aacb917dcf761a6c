/** The few git commands the gate needs: find the repository, pick the base ref, read the spec at a ref. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The release tags changesets creates for the client, e.g. `@error-contract/client@1.2.0`. */
export const RELEASE_TAG_PATTERN = '@error-contract/client@*';
/** Everything a spec build reads: the Redocly config and the spec package's tracked files. */
const SPEC_PATHS = ['redocly.yaml', 'spec'];

function run(command: string, args: readonly string[], cwd: string, input?: Buffer): Buffer {
  const result = spawnSync(command, args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.toString().trim()}`);
  return result.stdout;
}

export function git(args: readonly string[], cwd: string): string {
  return run('git', args, cwd).toString().trim();
}

export function repoRootOf(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd);
}

function tryGit(args: readonly string[], cwd: string): string | undefined {
  try {
    return git(args, cwd);
  } catch {
    return undefined;
  }
}

/** The commit a ref names, or an error that says which ref is unknown. */
export function commitOf(ref: string, repoDir: string): string {
  const commit = tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoDir);
  if (!commit) throw new Error(`Unknown git ref "${ref}". Fetch it first (CI: actions/checkout with fetch-depth: 0).`);
  return commit;
}

/** The last release of the client, else `main`, else `origin/main`. */
export function defaultBase(repoDir: string): string {
  const tag = tryGit(['describe', '--tags', '--abbrev=0', '--match', RELEASE_TAG_PATTERN], repoDir);
  if (tag) return tag;
  return ['main', 'origin/main'].find((ref) => tryGit(['rev-parse', '--verify', '--quiet', ref], repoDir)) ?? 'main';
}

/**
 * Writes the spec as committed at `ref` into `into`, through `git archive`: the work tree is never touched. The
 * spec's Redocly plugin imports packages (yaml, ajv), so the copy resolves them from the work tree's installation.
 */
export function materialiseSpec(ref: string, repoDir: string, into: string): void {
  const archive = run('git', ['archive', '--format=tar', commitOf(ref, repoDir), '--', ...SPEC_PATHS], repoDir);
  mkdirSync(into, { recursive: true });
  run('tar', ['-x', '-f', '-', '-C', into], into, archive);
  const installed = join(repoDir, 'spec', 'node_modules');
  if (existsSync(installed)) symlinkSync(installed, join(into, 'spec', 'node_modules'), 'dir');
}
