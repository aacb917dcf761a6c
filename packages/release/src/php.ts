/**
 * A brand's PHP kit for Composer: the kit's classes with the brand's namespace alone, a composer.json from the
 * brand's declaration that `composer validate --strict` accepts, archived by `composer archive`. The PSR-7 interfaces
 * are a suggestion: only `Errors::classifyResponse` needs them (and guzzlehttp/psr7, the test doubles' `Doubles`).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { phpNamespace } from '@error-contract/kits/codegen';
import { repoDir } from '@error-contract/spec/workspace';
import type { BrandRelease, Release } from './artefacts.ts';
import { brandValues, readme } from './templates.ts';
import { addLicense, packageDirOf, run } from './tools.ts';

const kitDir = () => join(packageDirOf('@error-contract/kits'), 'php');

interface KitComposer {
  require: Record<string, string>;
  suggest?: Record<string, string>;
  autoload: unknown;
}

/** The kit's own composer.json (the repository's development manifest): its PHP version, suggestions, autoload. */
const kitComposer = () => JSON.parse(readFileSync(join(kitDir(), 'composer.json'), 'utf8')) as KitComposer;

/** composer.json of a brand's package. Composer takes the version from the release tag, so it has none. */
export function composerJson(release: Release, { brand, title, contact }: BrandRelease): Record<string, unknown> {
  const kit = kitComposer();
  const source = `${release.repository.url}/tree/main/${relative(repoDir, kitDir()).replaceAll('\\', '/')}`;
  return {
    name: brand.packages.composer,
    description: `Typed standard API errors of the ${title}: its identifiers and the classifier of its failed replies.`,
    type: 'library',
    keywords: [brand.id, 'identity verification', 'kyc', 'api errors'],
    homepage: contact.homepage,
    license: 'Apache-2.0',
    authors: [
      {
        name: `${brand.name} ${contact.supportName ?? ''}`.trim(),
        ...(contact.supportEmail && { email: contact.supportEmail }),
        homepage: contact.homepage,
      },
    ],
    support: {
      ...(contact.supportEmail && { email: contact.supportEmail }),
      docs: contact.homepage,
      source,
    },
    require: kit.require,
    ...(kit.suggest && { suggest: kit.suggest }),
    autoload: kit.autoload,
  };
}

/** The kit's classes for one brand: every file of src/ but the other brands' namespaces. */
export function stagePhp(release: Release, brandRelease: BrandRelease, dir: string): void {
  const from = join(kitDir(), 'src');
  const others = release.brands
    .filter((other) => other !== brandRelease)
    .map(({ brand }) => resolve(from, phpNamespace(brand.id)));
  mkdirSync(dir, { recursive: true });
  cpSync(from, join(dir, 'src'), { recursive: true, filter: (source) => !others.includes(resolve(source)) });
  writeFileSync(join(dir, 'composer.json'), `${JSON.stringify(composerJson(release, brandRelease), null, 4)}\n`);
  const phpVersion = kitComposer().require.php ?? '';
  writeFileSync(join(dir, 'README.md'), readme('php', { ...brandValues(release, brandRelease), phpVersion }, 'php'));
  addLicense(dir);
}

/** Validates the staged package strictly and archives it into `outDir` as a zip; returns the archive's path. */
export function composerArchive(stageDir: string, outDir: string, baseName: string): string {
  mkdirSync(outDir, { recursive: true });
  const env = { ...process.env, COMPOSER_DISABLE_NETWORK: '1', COMPOSER_NO_INTERACTION: '1' };
  run('composer', ['validate', '--strict', '--no-check-lock'], { cwd: stageDir, env });
  run('composer', ['archive', '--format=zip', `--dir=${outDir}`, `--file=${baseName}`], { cwd: stageDir, env });
  return join(outDir, `${baseName}.zip`);
}
