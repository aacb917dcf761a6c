/**
 * Packs every artefact of the release into one folder, each by its own ecosystem's tool, and lists them in
 * `artefacts.json` (name, install command, files, packed size):
 *
 *     npm/        <brand>-ivs-core-client-X.Y.Z.tgz, <brand>-ivs-core-sandbox-X.Y.Z.tgz, the verifier's tarball
 *     python/     each brand's sdist and wheel
 *     composer/   each brand's archive
 *     goproxy/    the Go modules, as a module proxy serves them
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sharedModuleFolder } from '@error-contract/kits/codegen';
import {
  type ArtefactKind,
  currentRelease,
  type PackedArtefact,
  type PlannedArtefact,
  plannedArtefacts,
  type Release,
} from './artefacts.ts';
import { writeGoProxy } from './go.ts';
import { npmPack, stageClient, stageSandbox, stageVerifier } from './npm.ts';
import { composerArchive, stagePhp } from './php.ts';
import { buildDistributions, stagePython } from './python.ts';
import { bytesOf } from './tools.ts';

export const manifestFile = 'artefacts.json';

export interface PackedRelease {
  version: string;
  artefacts: PackedArtefact[];
}

/** Packs the release into `outDir` (emptied first) and writes its manifest; returns what it packed. */
export async function packRelease(outDir: string, release: Release = currentRelease()): Promise<PackedRelease> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const stages = mkdtempSync(join(tmpdir(), 'release-stage-'));
  const files = new Map<string, string[]>();
  const key = (kind: ArtefactKind, brand?: string) => `${kind} ${brand ?? ''}`;
  const stage = (name: string) => join(stages, name);
  try {
    for (const brandRelease of release.brands) {
      const { id, packages } = brandRelease.brand;
      stageClient(release, brandRelease, stage(`${id}-client`));
      files.set(key('client', id), [npmPack(stage(`${id}-client`), join(outDir, 'npm'))]);
      await stageSandbox(release, brandRelease, stage(`${id}-sandbox`));
      files.set(key('sandbox', id), [npmPack(stage(`${id}-sandbox`), join(outDir, 'npm'))]);
      stagePython(release, brandRelease, stage(`${id}-python`));
      files.set(key('python-kit', id), buildDistributions(stage(`${id}-python`), join(outDir, 'python')));
      stagePhp(release, brandRelease, stage(`${id}-php`));
      const archive = `${packages.composer.replace('/', '-')}-${release.version}`;
      files.set(key('php-kit', id), [composerArchive(stage(`${id}-php`), join(outDir, 'composer'), archive)]);
    }
    await stageVerifier(release, stage('verifier'));
    files.set(key('verifier'), [npmPack(stage('verifier'), join(outDir, 'npm'))]);
    const goFolders = [sharedModuleFolder, ...release.brands.map(({ brand }) => brand.id)];
    const goProxy = writeGoProxy(goFolders, release.version, join(outDir, 'goproxy'));
    for (const [folder, proxyFiles] of goProxy) {
      const packed = proxyFiles.map((file) => join(outDir, 'goproxy', file));
      files.set(folder === sharedModuleFolder ? key('go-shared') : key('go-kit', folder), packed);
    }
  } finally {
    rmSync(stages, { recursive: true, force: true });
  }
  const artefacts = plannedArtefacts(release).map((planned: PlannedArtefact): PackedArtefact => {
    const packed = files.get(key(planned.kind, planned.brand));
    if (!packed) throw new Error(`Nothing packed for ${planned.name}.`);
    return {
      ...planned,
      files: packed.map((file) => ({ path: relative(outDir, file).replaceAll('\\', '/'), bytes: bytesOf(file) })),
    };
  });
  const packedRelease = { version: release.version, artefacts };
  writeFileSync(join(outDir, manifestFile), `${JSON.stringify(packedRelease, null, 2)}\n`);
  return packedRelease;
}
