/**
 * The npm artefacts: each brand's typed client and sandbox, and the API team's verifier. Each is staged as a package
 * folder of its own (manifest, README, LICENSE, built files) and packed by npm. The client ships the brand's entry
 * points and the shared runtime from the client's build, no other brand's files; the sandbox and the verifier are
 * bundled by esbuild into one command each, with the brand bundles they serve inside the package, and keep their npm
 * dependencies as dependencies.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedEntryFields } from '@error-contract/client/codegen';
import { nameApiTeamPackages } from '@error-contract/spec/brand-view';
import { bundlePath, repoDir } from '@error-contract/spec/workspace';
import { build, type Plugin } from 'esbuild';
import type { BrandRelease, Release } from './artefacts.ts';
import { brandsFile, bundlesFolder } from './shipped-bundles.ts';
import { brandValues, readme } from './templates.ts';
import { addLicense, installedVersion, packageDirOf, run } from './tools.ts';

interface SourceManifest {
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as SourceManifest;

const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** What every npm artefact's manifest says about where it comes from, who answers, and how it is published. */
function commonFields(release: Release, sourceDir: string, who: { homepage: string; email?: string }) {
  return {
    version: release.version,
    license: 'Apache-2.0',
    homepage: who.homepage,
    ...(who.email && { bugs: { email: who.email } }),
    repository: {
      type: 'git',
      url: `git+${release.repository.url}.git`,
      directory: relative(repoDir, sourceDir).replaceAll('\\', '/'),
    },
    type: 'module',
    engines: manifestOf(sourceDir).engines,
    publishConfig: { access: 'public', provenance: true },
  };
}

/**
 * A brand's client: the client's build without the other brands' folders, the entry points of `clientEntries` for
 * the brand alone (at the package's root, `/testing` and `/testing/msw` among them), and the client's dependencies
 * at the versions it is built with.
 */
export function stageClient(release: Release, brandRelease: BrandRelease, dir: string): void {
  const { brand, title, contact } = brandRelease;
  const clientDir = packageDirOf('@error-contract/client');
  const otherBrands = release.brands
    .filter((other) => other !== brandRelease)
    .map((other) => resolve(clientDir, publishedEntryFields(other.brand.id).main, '..'));
  mkdirSync(dir, { recursive: true });
  cpSync(join(clientDir, 'dist'), join(dir, 'dist'), {
    recursive: true,
    filter: (source) => !otherBrands.includes(resolve(source)),
  });
  const manifest = manifestOf(clientDir);
  const dependencies = Object.keys(manifest.dependencies ?? {}).sort();
  // Peers (msw, for the `/testing/msw` entry) from the version built with on, and optional as the client says.
  const peers = Object.keys(manifest.peerDependencies ?? {}).sort();
  writeJson(join(dir, 'package.json'), {
    name: brand.packages.client,
    description: `Typed client of the ${title}, with standard API errors a program can act on.`,
    keywords: [brand.id, 'identity verification', 'kyc', 'openapi', 'typed client'],
    ...commonFields(release, clientDir, { homepage: contact.homepage, email: contact.supportEmail }),
    sideEffects: false,
    ...publishedEntryFields(brand.id),
    files: ['dist'],
    dependencies: Object.fromEntries(dependencies.map((name) => [name, installedVersion(name, clientDir)])),
    ...(peers.length > 0 && {
      peerDependencies: Object.fromEntries(peers.map((name) => [name, `^${installedVersion(name, clientDir)}`])),
      peerDependenciesMeta: manifest.peerDependenciesMeta,
    }),
  });
  writeFileSync(join(dir, 'README.md'), readme('client', brandValues(release, brandRelease), 'client'));
  addLicense(dir);
}

const standIn = fileURLToPath(new URL('./shipped-bundles.ts', import.meta.url));

/**
 * Bundles a workspace command (its built `bin`) into one file, the workspace's spec reader replaced by the one that
 * reads the bundles shipped beside it. npm packages stay imports; returns them with the versions built with.
 */
async function bundleCommand(entry: string, outfile: string): Promise<Record<string, string>> {
  const dependencies = new Map<string, string>();
  const workspaceAndDependencies: Plugin = {
    name: 'workspace-and-dependencies',
    setup(build) {
      build.onResolve({ filter: /^@error-contract\/spec\/workspace$/ }, () => ({ path: standIn }));
      build.onResolve({ filter: /^[^./]/ }, ({ path, resolveDir }) => {
        if (isBuiltin(path)) return { path, external: true };
        if (path.startsWith('@error-contract/')) return undefined;
        const name = path
          .split('/')
          .slice(0, path.startsWith('@') ? 2 : 1)
          .join('/');
        dependencies.set(name, installedVersion(name, resolveDir));
        return { path, external: true };
      });
    },
  };
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [workspaceAndDependencies],
  });
  return Object.fromEntries([...dependencies].sort(([a], [b]) => a.localeCompare(b)));
}

/** The bundles a command serves, in the package: `bundles/<brand>/openapi.json` and their list. */
function shipBundles(dir: string, brandIds: readonly string[]): void {
  for (const id of brandIds) {
    mkdirSync(join(dir, bundlesFolder, id), { recursive: true });
    cpSync(bundlePath(id, 'json'), join(dir, bundlesFolder, id, 'openapi.json'));
  }
  writeJson(join(dir, bundlesFolder, brandsFile), brandIds);
}

/** A workspace package's command as a package of its own: one bundled file, its config files, the brand bundles. */
async function stageCommand(sourceDir: string, dir: string, command: string, brandIds: readonly string[]) {
  const [bin] = Object.values(manifestOf(sourceDir).bin ?? {});
  if (!bin) throw new Error(`${sourceDir}/package.json has no bin.`);
  const file = `dist/${command}.js`;
  const dependencies = await bundleCommand(join(sourceDir, bin), join(dir, file));
  // The sandbox reads its seed and its schema from its package's folder, one level above the command.
  const sandboxDir = packageDirOf('@error-contract/sandbox');
  for (const config of ['sandbox.config.json', 'config.schema.json'])
    cpSync(join(sandboxDir, config), join(dir, config));
  shipBundles(dir, brandIds);
  addLicense(dir);
  return {
    bin: { [command]: file },
    files: ['dist', bundlesFolder, 'sandbox.config.json', 'config.schema.json'],
    dependencies,
  };
}

/** A brand's sandbox: the sandbox's command, serving the brand's bundle alone. */
export async function stageSandbox(release: Release, brandRelease: BrandRelease, dir: string): Promise<void> {
  const { brand, title, contact } = brandRelease;
  const sandboxDir = packageDirOf('@error-contract/sandbox');
  const command = await stageCommand(sandboxDir, dir, brand.packages.sandboxCommand, [brand.id]);
  writeJson(join(dir, 'package.json'), {
    name: brand.packages.sandbox,
    description: `A local stand-in for the ${title} that reproduces every standard API error with its real trigger.`,
    keywords: [brand.id, 'sandbox', 'mock server', 'identity verification', 'openapi'],
    ...commonFields(release, sandboxDir, { homepage: contact.homepage, email: contact.supportEmail }),
    ...command,
  });
  writeFileSync(join(dir, 'README.md'), readme('sandbox', brandValues(release, brandRelease)));
}

/** The API team's verifier: every brand's bundle, and the sandbox it starts without `--server`. */
export async function stageVerifier(release: Release, dir: string): Promise<void> {
  const names = nameApiTeamPackages(release.apiTitle);
  const verifyDir = packageDirOf('@error-contract/contract-verify');
  const brandIds = release.brands.map(({ brand }) => brand.id);
  const command = await stageCommand(verifyDir, dir, names.verifierCommand, brandIds);
  const homepage = `${release.repository.url}/tree/main/${relative(repoDir, verifyDir).replaceAll('\\', '/')}#readme`;
  writeJson(join(dir, 'package.json'), {
    name: names.verifier,
    description: `Verifies a deployment of the ${release.apiTitle} against its contract of standard API errors, cell by cell of each brand's reachability matrix.`,
    keywords: ['contract testing', 'openapi', 'api errors', 'verification'],
    ...commonFields(release, verifyDir, { homepage }),
    ...command,
  });
  const values = {
    verifierPackage: names.verifier,
    apiTitle: release.apiTitle,
    brands: brandIds.join(', '),
    repository: release.repository.url,
  };
  writeFileSync(join(dir, 'README.md'), readme('verifier', values));
}

/** Packs a staged package folder with npm into `outDir`; returns the tarball's path. */
export function npmPack(stageDir: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const { stdout } = run('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: stageDir });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
  if (!packed) throw new Error(`npm pack in ${stageDir} packed nothing.`);
  return join(outDir, packed.filename);
}
