/**
 * Packs every artefact of the release into one folder, each by its own ecosystem's tool, and lists them in
 * `artefacts.json` (name, install command, files with their sizes):
 *
 *     npm/        <brand>-ivs-core-client-X.Y.Z.tgz, <brand>-ivs-core-sandbox-X.Y.Z.tgz, the verifier's tarball
 *     python/     each brand's sdist and wheel
 *     composer/   each brand's archive
 *     goproxy/    the Go modules, as a module proxy serves them
 *
 * Outside CI an ecosystem whose tool is missing is skipped, and listed as such; under CI=true it fails the packing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedModuleFolder } from '@error-contract/kits/codegen';
import { releaseTagOf } from '@error-contract/spec/history';
import {
  type BrandRelease,
  currentRelease,
  type Ecosystem,
  type PackedArtefact,
  plannedArtefacts,
  type Release,
} from './artefacts.ts';
import { goTag, writeGoProxy } from './go.ts';
import { npmPack, stageClient, stageSandbox, stageVerifier } from './npm.ts';
import { composerArchive, stagePhp } from './php.ts';
import { buildDistributions, stagePython } from './python.ts';
import { bytesOf, commitTime, hasTool } from './tools.ts';

export const manifestFile = 'artefacts.json';

/** Where `turbo run artefacts` packs the release, and where the checks of the artefacts read them. */
export const packedDir = fileURLToPath(new URL('../dist', import.meta.url));

export interface PackedRelease {
  version: string;
  /** The git tags the release makes on its commit: the contract's release tag, each Go module's. */
  tags: string[];
  artefacts: PackedArtefact[];
  /** The ecosystems left out for want of their tool (never under CI=true). */
  skipped: Array<{ ecosystem: Ecosystem; reason: string }>;
}

/** The tool each ecosystem is packed with, as the check that it can run. */
export const toolchains: Record<Ecosystem, { command: string; args: string[] }> = {
  npm: { command: 'npm', args: ['--version'] },
  // Debian ships venv without ensurepip (python3-venv), and a venv without pip builds nothing.
  pypi: { command: 'python3', args: ['-c', 'import ensurepip, venv'] },
  composer: { command: 'composer', args: ['--version'] },
  go: { command: 'go', args: ['version'] },
};

/** Where packing writes, and how it finds its own earlier output. */
interface Packing {
  release: Release;
  outDir: string;
  /** A fresh folder to stage an artefact in. */
  stage(name: string): string;
  /** Records an artefact's files, by its kind and brand. */
  packed(kind: PackedArtefact['kind'], brand: string | undefined, files: readonly string[]): void;
}

type Packer = (packing: Packing) => Promise<void>;

/** How each ecosystem's artefacts are packed. */
const packers: Record<Ecosystem, Packer> = {
  async npm({ release, outDir, stage, packed }) {
    for (const brandRelease of release.brands) {
      const { id } = brandRelease.brand;
      stageClient(release, brandRelease, stage(`${id}-client`));
      packed('client', id, [npmPack(stage(`${id}-client`), join(outDir, 'npm'))]);
      await stageSandbox(release, brandRelease, stage(`${id}-sandbox`));
      packed('sandbox', id, [npmPack(stage(`${id}-sandbox`), join(outDir, 'npm'))]);
    }
    await stageVerifier(release, stage('verifier'));
    packed('verifier', undefined, [npmPack(stage('verifier'), join(outDir, 'npm'))]);
  },
  async pypi({ release, outDir, stage, packed }) {
    forEachBrand(release, (brandRelease, id) => {
      stagePython(release, brandRelease, stage(`${id}-python`));
      packed('python-kit', id, buildDistributions(stage(`${id}-python`), join(outDir, 'python'), commitTime()));
    });
  },
  async composer({ release, outDir, stage, packed }) {
    forEachBrand(release, (brandRelease, id) => {
      stagePhp(release, brandRelease, stage(`${id}-php`));
      const archive = `${brandRelease.brand.packages.composer.replace('/', '-')}-${release.version}`;
      packed('php-kit', id, [composerArchive(stage(`${id}-php`), join(outDir, 'composer'), archive)]);
    });
  },
  async go({ release, outDir, packed }) {
    const folders = [sharedModuleFolder, ...release.brands.map(({ brand }) => brand.id)];
    for (const [folder, files] of writeGoProxy(folders, release.version, join(outDir, 'goproxy'))) {
      const paths = files.map((file) => join(outDir, 'goproxy', file));
      if (folder === sharedModuleFolder) packed('go-shared', undefined, paths);
      else packed('go-kit', folder, paths);
    }
  },
};

function forEachBrand(release: Release, pack: (brandRelease: BrandRelease, id: string) => void): void {
  for (const brandRelease of release.brands) pack(brandRelease, brandRelease.brand.id);
}

/** Packs the release into `outDir` (emptied first) and writes its manifest; returns what it packed. */
export async function packRelease(outDir: string, release: Release = currentRelease()): Promise<PackedRelease> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const stages = mkdtempSync(join(tmpdir(), 'release-stage-'));
  const files = new Map<string, string[]>();
  const key = (kind: string, brand?: string) => `${kind} ${brand ?? ''}`;
  const skipped: PackedRelease['skipped'] = [];
  const packing: Packing = {
    release,
    outDir,
    stage: (name) => join(stages, name),
    packed: (kind, brand, paths) => files.set(key(kind, brand), [...paths]),
  };
  try {
    for (const [ecosystem, pack] of Object.entries(packers) as Array<[Ecosystem, Packer]>) {
      const { command, args } = toolchains[ecosystem];
      if (!hasTool(command, args)) {
        const reason = `\`${command} ${args.join(' ')}\` does not run`;
        if (process.env.CI === 'true') throw new Error(`Cannot pack the ${ecosystem} artefacts: ${reason}.`);
        skipped.push({ ecosystem, reason });
        continue;
      }
      await pack(packing);
    }
  } finally {
    rmSync(stages, { recursive: true, force: true });
  }
  const artefacts = plannedArtefacts(release)
    .filter((planned) => !skipped.some(({ ecosystem }) => ecosystem === planned.ecosystem))
    .map((planned): PackedArtefact => {
      const packed = files.get(key(planned.kind, planned.brand));
      if (!packed) throw new Error(`Nothing packed for ${planned.name}.`);
      return {
        ...planned,
        files: packed.map((file) => ({ path: relative(outDir, file).replaceAll('\\', '/'), bytes: bytesOf(file) })),
      };
    });
  const goFolders = [sharedModuleFolder, ...release.brands.map(({ brand }) => brand.id)];
  const tags = [releaseTagOf(release.version), ...goFolders.map((folder) => goTag(folder, release.version))];
  const packedRelease: PackedRelease = { version: release.version, tags, artefacts, skipped };
  writeFileSync(join(outDir, manifestFile), `${JSON.stringify(packedRelease, null, 2)}\n`);
  return packedRelease;
}
