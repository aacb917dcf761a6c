/**
 * The generators of committed files, run together in one process: each package's `./codegen` export, whose `writeAll`
 * writes the package's generated files. A generator reads its own folder, found by resolving the export (which loads
 * nothing), and is loaded only when it has to run: the client's pulls in openapi-typescript, about a second.
 * The generators are TypeScript sources: this package runs compiled, and registers tsx's loader only for a generator
 * that has to run, so a run that finds every file current loads no TypeScript loader at all.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, licensePath, repoDir, specDir } from '@error-contract/spec/workspace';
import type { Generator } from './codegen.ts';

export { repoDir };

/**
 * What every generator reads: the brand bundles and the spec library (both in spec/dist), the tool versions, and what
 * the published manifests say: the repository and license (the root package.json, LICENSE) and the contract's
 * version (the spec's package.json).
 */
const shared = [
  distDir,
  join(repoDir, 'pnpm-lock.yaml'),
  join(repoDir, 'package.json'),
  licensePath,
  join(specDir, 'package.json'),
];

const folderOf = (specifier: string) => dirname(fileURLToPath(import.meta.resolve(specifier)));

let loader: Promise<unknown> | undefined;
async function loadTypeScript<T>(load: () => Promise<T>): Promise<T> {
  loader ??= import('tsx/esm/api').then(({ register }) => register());
  await loader;
  return load();
}

export const generators: readonly Generator[] = [
  {
    name: 'client',
    reads: [...shared, folderOf('@error-contract/client/codegen')],
    write: async () => (await loadTypeScript(() => import('@error-contract/client/codegen'))).writeAll(),
  },
  {
    name: 'kits and corpus',
    reads: [...shared, folderOf('@error-contract/kits/codegen')],
    write: async () => (await loadTypeScript(() => import('@error-contract/kits/codegen'))).writeAll(),
  },
];

export const fingerprintPath = join(repoDir, 'node_modules', '.cache', 'error-contract-codegen', 'fingerprint.json');
