/**
 * What a packed artefact holds, for the checks of the artefacts themselves (the brand-isolation test, the manifest
 * and license checks): every file inside its tarballs, wheels and zips, read with the ecosystems' own formats' tools
 * (tar; Python's zipfile, since unzip is not everywhere Python is).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { PackedArtefact } from './artefacts.ts';
import { manifestFile, type PackedRelease } from './pack.ts';
import { run } from './tools.ts';

/** A file inside an artefact: where (`<packed file>!<path inside>`), and its bytes. */
export interface ArtefactFile {
  name: string;
  content: Buffer;
}

/** The manifest `packRelease` wrote into `outDir`. */
export function readPackedRelease(outDir: string): PackedRelease {
  return JSON.parse(readFileSync(join(outDir, manifestFile), 'utf8')) as PackedRelease;
}

/** Extracts a packed file into `dir`: a tarball with tar, a wheel or zip with Python's zipfile; other files as is. */
export function unpack(file: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (/\.(tgz|tar\.gz)$/.test(file)) run('tar', ['-xzf', file, '-C', dir]);
  else if (/\.(zip|whl)$/.test(file)) run('python3', ['-m', 'zipfile', '-e', file, dir]);
  else run('cp', [file, dir]);
}

/** Every file inside an artefact's packed files (in `outDir`), sorted by name. */
export function filesInside(artefact: PackedArtefact, outDir: string): ArtefactFile[] {
  const scratch = mkdtempSync(join(tmpdir(), 'release-unpack-'));
  try {
    return artefact.files.flatMap(({ path }) => {
      const dir = join(scratch, path);
      unpack(join(outDir, path), dir);
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
        .map((file) => ({ name: `${path}!${relative(dir, file)}`, content: readFileSync(file) }));
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
