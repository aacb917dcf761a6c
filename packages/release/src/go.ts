/**
 * The Go modules of a release, as the go command fetches them: the brand-neutral module and each brand's, zipped by
 * golang.org/x/mod/zip (the modproxy helper) from their folders in the repository, which is what Go serves once they
 * are tagged `<folder>/vX.Y.Z`, and laid out as a module proxy (GOPROXY=file://<folder>).
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goDir, goModule } from '@error-contract/kits/codegen';
import { repoDir } from '@error-contract/spec/workspace';
import { commitTime, packageDirOf, run } from './tools.ts';

const modproxyDir = fileURLToPath(new URL('../modproxy', import.meta.url));

/** The tag Go finds a module's version by: its folder in the repository, then `/vX.Y.Z`. */
export function goTag(folder: string, version: string): string {
  const dir = join(packageDirOf('@error-contract/kits'), goDir, folder);
  return `${relative(repoDir, dir).replaceAll('\\', '/')}/v${version}`;
}

/** The files of a module version in a proxy folder, relative to it. */
export function proxyFiles(modulePath: string, version: string): string[] {
  // Module paths here are lower case, which the proxy protocol writes as they are.
  return ['info', 'mod', 'zip'].map((extension) => `${modulePath}/@v/v${version}.${extension}`);
}

/**
 * Writes the modules in `folders` (under the kits' go/) at `version` into the proxy folder `outDir`; returns each
 * folder's files there.
 */
export function writeGoProxy(folders: readonly string[], version: string, outDir: string): Map<string, string[]> {
  const kitsGo = join(packageDirOf('@error-contract/kits'), goDir);
  const env = { ...process.env, GOFLAGS: '-mod=readonly', GOWORK: 'off' };
  run(
    'go',
    [
      'run',
      '.',
      '-out',
      outDir,
      '-version',
      `v${version}`,
      '-time',
      // The commit's time, so that packing twice writes the same files.
      new Date(commitTime() * 1000).toISOString(),
      ...folders.map((folder) => join(kitsGo, folder)),
    ],
    { cwd: modproxyDir, env },
  );
  return new Map(folders.map((folder) => [folder, proxyFiles(goModule(folder, version).path, version)]));
}
