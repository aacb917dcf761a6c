/**
 * A temporary clone of the repository, set up as the API team's checkout: the locked dependencies installed
 * from the local store, the release's Python build tools copied from the repository's, and everything built once,
 * with its own turbo cache (empty, or seeded from the repository's with `seedTurboCache`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { buildEnvDir } from '@error-contract/release/python';
import { editYaml } from '@error-contract/spec/test/add-brand';
import { repoDir } from '@error-contract/spec/workspace';
import type { parseDocument } from 'yaml';
import { turbo } from './turbo.ts';

export interface Clone {
  dir: string;
  /** Runs a command in the clone and returns its output; throws with the output when it fails. */
  run(command: string, args: string[]): string;
  read(path: string): string;
  /** Edits a YAML file of the clone as a document, so its comments and layout stay as they were. */
  editYaml(path: string, edit: (document: ReturnType<typeof parseDocument>) => void): void;
  /** The tracked files the working tree changed and the untracked ones it added, relative to the clone. */
  changedFiles(): string[];
  remove(): void;
}

// The clone's turbo keeps its cache in the clone: a cache folder configured for the repository is not the clone's.
const { TURBO_CACHE_DIR: _repositoryCacheDir, ...cloneEnv } = process.env;

/** Runs a command in `cwd`; returns its stdout and its stderr, apart; throws with both when it fails. */
function spawn(
  cwd: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = cloneEnv,
): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/**
 * Copies the release's Python build environment (`build` and setuptools, which pip installs from PyPI) into the clone
 * when the repository has one, as the clone's Node dependencies come from the local store: otherwise every clone that
 * packs the release (its contract tests do) makes its own, about 5 s of CPU. What the environment holds
 * does not depend on the tree, only on requirements.txt, which it keeps a copy of: should the clone's differ,
 * packing makes the environment again. A copy, so that nothing the clone does can reach the repository's.
 */
function copyPythonBuildEnv(dir: string): void {
  if (!existsSync(buildEnvDir)) return;
  cpSync(buildEnvDir, join(dir, relative(repoDir, buildEnvDir)), {
    recursive: true,
    verbatimSymlinks: true,
    // Python trusts a compiled module only while its source keeps the time it was compiled from.
    preserveTimestamps: true,
    mode: constants.COPYFILE_FICLONE,
  });
}

export function cloneRepository(): Clone {
  const dir = mkdtempSync(join(tmpdir(), 'error-contract-scenario-'));
  execFileSync('git', ['clone', '--quiet', repoDir, dir]);
  copyPythonBuildEnv(dir);
  const run = (command: string, args: string[]) => {
    const { stdout, stderr } = spawn(dir, command, args);
    return `${stdout}${stderr}`;
  };
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  return {
    dir,
    run,
    read,
    editYaml: (path, edit) => editYaml(dir, path, edit),
    changedFiles() {
      return run('git', ['status', '--porcelain', '--untracked-files=all'])
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Where the repository's turbo may keep the entries it has built: its `cacheDir`, in the repository and in the main
 * worktree, whose default cache turbo shares with every linked worktree of it (a CI checkout is both at once).
 */
function repositoryCacheDirs(): string[] {
  const { cacheDir } = JSON.parse(turbo(['config'])) as { cacheDir: string };
  const gitDir = spawn(repoDir, 'git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], process.env);
  const mainWorktree = dirname(gitDir.stdout.trim());
  return [...new Set([resolve(repoDir, cacheDir), resolve(mainWorktree, cacheDir)])].filter(existsSync);
}

/**
 * Copies into the clone's turbo cache the repository's entries for the tasks `pnpm <script>` would run on the clone
 * as it is now (installed, and edited if it is), so that its first build of what the repository has built already
 * is restored, not rebuilt. Turbo names an entry by the hash of the task's inputs, so an entry found is one built
 * from the same content; where the repository has none (its cache empty, or filled from a dirty working tree) the
 * task just builds. Only these tasks' entries are copied, never the whole cache: what the repository built from other
 * content (an edit a scenario is about to make, tried out there by hand) cannot turn a rebuild after the scenario's
 * edit into a cache hit. Copies, not hard links, so nothing the clone's turbo writes can reach the repository's.
 * Returns the ids of the tasks it found entries for.
 */
export function seedTurboCache(clone: Clone, script: string): string[] {
  const dryRun = spawn(clone.dir, 'pnpm', ['--silent', script, '--dry=json']).stdout;
  const { tasks } = JSON.parse(dryRun) as { tasks: Array<{ taskId: string; hash: string }> };
  const sources = repositoryCacheDirs().map((dir) => ({ dir, files: readdirSync(dir) }));
  const target = join(clone.dir, '.turbo', 'cache');
  mkdirSync(target, { recursive: true });
  const seeded: string[] = [];
  for (const { taskId, hash } of tasks) {
    // An entry is `<hash>.tar.zst` and its `<hash>-meta.json` (and, by turbo's version, more files of that name).
    const source = sources.find(({ files }) => files.includes(`${hash}.tar.zst`));
    if (!source) continue;
    for (const file of source.files.filter((name) => name.startsWith(`${hash}.`) || name.startsWith(`${hash}-`))) {
      copyFileSync(join(source.dir, file), join(target, file), constants.COPYFILE_FICLONE);
    }
    seeded.push(taskId);
  }
  return seeded.sort();
}

/** The `package#task` names a turbo run reports with the given cache outcome, sorted. */
export function turboTasks(output: string, outcome: 'hit' | 'miss'): string[] {
  return [...output.matchAll(new RegExp(`^(\\S+):(\\S+): cache ${outcome}`, 'gm'))]
    .map(([, pkg, task]) => `${pkg}#${task}`)
    .sort();
}
