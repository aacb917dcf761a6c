/** Where the dev loop reads the spec and writes what it builds, for the workspace or a copy of it (`--root`). */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from '@error-contract/spec/workspace';

export interface DevLayout {
  /** The checkout (or copy) whose `redocly.yaml` and `spec/` are watched. */
  root: string;
  configPath: string;
  specDir: string;
  /** The spec entry, where the brands are declared. */
  specPath: string;
  /** Where the brand bundles and errors pages are written, as `pnpm build` writes them. */
  specDistDir: string;
  /** The client's generated sources, rewritten file by file. */
  clientGeneratedDir: string;
  /**
   * Whether the loop watches this workspace itself, whose bundles the kits' generator (and the client's exports
   * map) read: then a save regenerates them too. A copy (`--root`) gets the bundles, the client's sources and the site.
   */
  isWorkspace: boolean;
  /** The dev loop's own scratch: the served site and build-docs' scratch files. */
  workDir: string;
  siteDir: string;
}

export const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

export function devLayout(root: string, workDir: string): DevLayout {
  const absoluteRoot = resolve(root);
  const specDir = join(absoluteRoot, 'spec');
  const specDistDir = join(specDir, 'dist');
  return {
    root: absoluteRoot,
    configPath: join(absoluteRoot, 'redocly.yaml'),
    specDir,
    specPath: join(specDir, 'openapi.yaml'),
    specDistDir,
    clientGeneratedDir: join(absoluteRoot, 'packages', 'client', 'src', 'generated'),
    isWorkspace: specDistDir === distDir,
    workDir,
    siteDir: join(workDir, 'site'),
  };
}
