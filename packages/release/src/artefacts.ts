/**
 * What a release delivers: per published brand its typed client and sandbox (npm), its Python kit (PyPI), its PHP
 * kit (Composer) and its Go module; the brand-neutral Go module the brands' modules build on; and the API team's
 * verifier (npm), which serves every brand. One version for all of them, the contract's. Every name comes from the
 * spec (brand-view's `namePackages`, the Go modules' paths from the repository), so a brand added to the spec is
 * packed with no edit here.
 */
import { goModule, sharedModuleFolder } from '@error-contract/kits/codegen';
import { type Brand, type BrandContact, contactOf, nameApiTeamPackages } from '@error-contract/spec/brand-view';
import {
  apiTitle,
  brandById,
  contractVersion,
  loadBundle,
  publishedBrands,
  type Repository,
  repository,
} from '@error-contract/spec/workspace';

/** One brand as its deliveries present it. */
export interface BrandRelease {
  brand: Brand;
  /** Its published API title, `Mark ID IVS Core API`. */
  title: string;
  contact: BrandContact;
}

export interface Release {
  /** The contract's version, `0.1.0`: every artefact's. */
  version: string;
  repository: Repository;
  /** The API's own name, `IVS Core API`, for what serves every brand. */
  apiTitle: string;
  brands: BrandRelease[];
}

/** The release the workspace would make now. */
export function currentRelease(): Release {
  return {
    version: contractVersion(),
    repository: repository(),
    apiTitle: apiTitle(),
    brands: publishedBrands().map((id) => {
      const bundle = loadBundle(id);
      return { brand: brandById(id), title: bundle.info.title, contact: contactOf(bundle) };
    }),
  };
}

export type Ecosystem = 'npm' | 'pypi' | 'composer' | 'go';

/** The kinds of artefact: what each is, for a brand's partner or for the API team. */
export type ArtefactKind = 'client' | 'sandbox' | 'verifier' | 'python-kit' | 'php-kit' | 'go-kit' | 'go-shared';

/** An artefact as the release names it, before it is packed. */
export interface PlannedArtefact {
  kind: ArtefactKind;
  ecosystem: Ecosystem;
  /** The brand it is delivered to; none for what serves every brand. */
  brand?: string;
  /** Its name in its registry: an npm or PyPI or Composer package, a Go module path. */
  name: string;
  /** The one command that installs it. */
  install: string;
}

/** An artefact packed: its files, relative to the output folder, with their sizes. */
export interface PackedArtefact extends PlannedArtefact {
  files: Array<{ path: string; bytes: number }>;
}

/** Every artefact of a release, the brands' in the spec's order, then what serves every brand. */
export function plannedArtefacts(release: Release): PlannedArtefact[] {
  const goModulePath = (folder: string) => goModule(folder, release.version).path;
  const perBrand = release.brands.flatMap(({ brand: { id, packages } }): PlannedArtefact[] => [
    { kind: 'client', ecosystem: 'npm', brand: id, name: packages.client, install: `npm install ${packages.client}` },
    {
      kind: 'sandbox',
      ecosystem: 'npm',
      brand: id,
      name: packages.sandbox,
      install: `npx ${packages.sandbox} --brand ${id}`,
    },
    {
      kind: 'python-kit',
      ecosystem: 'pypi',
      brand: id,
      name: packages.python,
      install: `pip install ${packages.python}`,
    },
    {
      kind: 'php-kit',
      ecosystem: 'composer',
      brand: id,
      name: packages.composer,
      install: `composer require ${packages.composer}`,
    },
    {
      kind: 'go-kit',
      ecosystem: 'go',
      brand: id,
      name: goModulePath(id),
      install: `go get ${goModulePath(id)}@latest`,
    },
  ]);
  const verifier = nameApiTeamPackages(release.apiTitle);
  const shared = goModulePath(sharedModuleFolder);
  return [
    ...perBrand,
    { kind: 'go-shared', ecosystem: 'go', name: shared, install: `go get ${shared}@latest` },
    {
      kind: 'verifier',
      ecosystem: 'npm',
      name: verifier.verifier,
      install: `npx ${verifier.verifier} --brand <id> --server https://…`,
    },
  ];
}
