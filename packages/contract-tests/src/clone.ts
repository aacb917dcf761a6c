/**
 * A temporary clone of the repository, set up as the API team's checkout: the locked dependencies installed
 * from the local store and everything built once, with its own turbo cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editYaml } from '@error-contract/spec/test/add-brand';
import { repoDir } from '@error-contract/spec/workspace';
import type { parseDocument } from 'yaml';

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

export function cloneRepository(): Clone {
  const dir = mkdtempSync(join(tmpdir(), 'error-contract-scenario-'));
  execFileSync('git', ['clone', '--quiet', repoDir, dir]);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${output}`);
    return output;
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

/** The `package#task` names a turbo run reports with the given cache outcome, sorted. */
export function turboTasks(output: string, outcome: 'hit' | 'miss'): string[] {
  return [...output.matchAll(new RegExp(`^(\\S+):(\\S+): cache ${outcome}`, 'gm'))]
    .map(([, pkg, task]) => `${pkg}#${task}`)
    .sort();
}
