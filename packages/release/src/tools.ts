/** What every packer and the dry run share: running a tool, finding a workspace package, the license to ship. */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { licensePath, repoDir } from '@error-contract/spec/workspace';

const require = createRequire(import.meta.url);

/** The folder of a workspace package this one depends on, found from its main entry when it exports no package.json. */
export function packageDirOf(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    for (let dir = dirname(require.resolve(name)); dirname(dir) !== dir; dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) {
        return dir;
      }
    }
    throw new Error(`Cannot find the folder of ${name}.`);
  }
}

/** The installed version of `name`, as the package in `fromDir` resolves it (node_modules, walking up). */
export function installedVersion(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed for ${fromDir}.`);
  }
}

export interface Ran {
  stdout: string;
  stderr: string;
}

/**
 * Runs a tool and returns its output; throws with the command, its exit and its output when it fails. The output
 * is the tool's own: none of the tools run here is given a secret.
 */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? '');
  if (result.error || result.status !== 0) {
    const exit = result.error ? String(result.error) : `exit ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')} failed (${exit}):\n${`${stdout}\n${stderr}`.trim().slice(-8000)}`);
  }
  return { stdout, stderr };
}

/** Whether a tool can be started: `tool --version` (or the given arguments) exits 0. */
export function hasTool(command: string, args: readonly string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Copies the repository's LICENSE into an artefact's folder. */
export function addLicense(dir: string): void {
  cpSync(licensePath, join(dir, 'LICENSE'));
}

export const bytesOf = (path: string): number => statSync(path).size;

/** The time of the commit being packed, in seconds since the epoch; 0 outside a git repository. */
export function commitTime(): number {
  if (!existsSync(join(repoDir, '.git'))) return 0;
  return Number(run('git', ['log', '-1', '--format=%ct'], { cwd: repoDir }).stdout.trim());
}
