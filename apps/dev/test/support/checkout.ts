/**
 * A fresh checkout of this workspace as it stands (its last commit plus the uncommitted changes and new files), with
 * the locked dependencies installed from the local store: where `pnpm dev` can run as a newcomer runs it, writing
 * its generated files into the checkout instead of this workspace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { repoDir } from '@error-contract/spec/workspace';

export interface Checkout {
  dir: string;
  /**
   * Turbo's cache of this workspace (shared by its git worktrees): the checkout's builds of unchanged packages are
   * restored from it instead of run again. Pass it as TURBO_CACHE_DIR.
   */
  turboCacheDir: string;
  remove(): void;
}

const git = (cwd: string, args: string[], input?: Buffer) =>
  execFileSync('git', args, { cwd, input, maxBuffer: 1 << 28 });

export function checkoutWorkspace(): Checkout {
  const dir = mkdtempSync(join(tmpdir(), 'error-contract-dev-checkout-'));
  git(dir, ['clone', '--quiet', repoDir, '.']);
  const changes = git(repoDir, ['diff', 'HEAD', '--binary']);
  if (changes.length > 0) git(dir, ['apply', '--binary', '-'], changes);
  const added = git(repoDir, ['ls-files', '--others', '--exclude-standard', '-z']).toString('utf8').split('\0');
  for (const file of added.filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoDir, file), join(dir, file));
  }
  const install = spawnSync('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`pnpm install failed in ${dir}:\n${install.stdout}${install.stderr}`);
  const commonGitDir = resolve(repoDir, git(repoDir, ['rev-parse', '--git-common-dir']).toString('utf8').trim());
  return {
    dir,
    turboCacheDir: join(dirname(commonGitDir), '.turbo', 'cache'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
