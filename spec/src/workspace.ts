/**
 * The spec in this workspace: where its sources and build outputs live (the one place that knows the dist layout),
 * and what reading them gives: the brands it declares and publishes, a built bundle, what gives each brand away.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type Brand, type BrandDeclarations, brandsOf, isPlainObject } from './brand-view.ts';
import type { BrandBundle } from './bundle.ts';

/** The package folder, found from this module whether it runs from src/ or from the compiled dist/lib/. */
function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'openapi.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the spec package folder (no openapi.yaml above this module).');
    dir = parent;
  }
  return dir;
}

export const specDir = packageDir();
export const repoDir = dirname(specDir);

interface PackageManifest {
  version?: string;
  repository?: string | { url?: string };
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;

/** Where the repository is public: brand-neutral, since every brand's artefacts name it as their source. */
export interface Repository {
  /** `https://github.com/ivs-core/error-contract` */
  url: string;
  /** The same without the scheme, the root of its Go import paths: `github.com/ivs-core/error-contract`. */
  importPath: string;
}

/** The repository, as the root package.json's `repository` declares it (its one home). */
export function repository(root = repoDir): Repository {
  const declared = manifestOf(root).repository;
  const text = typeof declared === 'string' ? declared : declared?.url;
  const url = text ? URL.parse(text.replace(/^git\+/, '').replace(/\.git$/, '')) : null;
  if (url?.protocol !== 'https:' || url.pathname.split('/').filter(Boolean).length !== 2) {
    throw new Error(
      `${join(root, 'package.json')}: "repository" must be the https URL of the repository, got ${JSON.stringify(text)}.`,
    );
  }
  const importPath = `${url.host}${url.pathname}`;
  return { url: `https://${importPath}`, importPath };
}

/**
 * The version of the contract, which every artefact of a release carries: the spec package's own, which changesets
 * keeps equal to the client's (a `fixed` group), so that the breaking-change gate's bumps of the client decide it.
 */
export function contractVersion(): string {
  const { version } = manifestOf(specDir);
  if (!version) throw new Error(`${join(specDir, 'package.json')} has no version.`);
  return version;
}

/**
 * The Go module path of a folder of the repository (relative to its root) at a version: the repository's import
 * path and the folder, then `/vN` from major version 2 on, as Go's semantic import versioning wants.
 */
export function goModulePath(folder: string, version: string, root = repoDir): string {
  const major = Number(version.split('.')[0]);
  return `${repository(root).importPath}/${folder}${major >= 2 ? `/v${major}` : ''}`;
}
/** The canonical spec's entry, where the brands are declared (its `servers`). */
export const specEntryPath = join(specDir, 'openapi.yaml');
export const redoclyConfigPath = join(repoDir, 'redocly.yaml');
/** The license of the repository and of every artefact, Apache-2.0, which every artefact carries a copy of. */
export const licensePath = join(repoDir, 'LICENSE');
export const distDir = join(specDir, 'dist');
/** The built Redocly plugin, as redocly.yaml names it relative to itself. */
export const pluginFile = 'spec/dist/plugin/error-contract.js';
/** The one file that defines every error identifier (`x-error-catalog`), relative to the spec folder. */
export const catalogSourceFile = 'components/schemas/ErrorIdentifier.yaml';
/** What a build of the spec reads besides redocly.yaml: the spec package's sources, relative to it. */
export const specSources = ['openapi.yaml', 'paths', 'components', 'code_samples', 'reproductions', 'src'] as const;

export type BundleFormat = 'yaml' | 'json';

export function bundlePath(brand: string, format: BundleFormat, outDir = distDir): string {
  return join(outDir, brand, `openapi.${format}`);
}

export function errorsPagePath(brand: string, outDir = distDir): string {
  return join(outDir, brand, 'standard-api-errors.md');
}

export function loadBundle(brand: string, outDir?: string): BrandBundle {
  return JSON.parse(readFileSync(bundlePath(brand, 'json', outDir), 'utf8')) as BrandBundle;
}

/**
 * Copies the spec's sources, redocly.yaml and the built plugin into `root` (as `root/redocly.yaml` and
 * `root/spec/…`): a copy that lints and builds on its own, for tests and tools that change a spec without touching
 * this one.
 */
export function copySpec(root: string): { configPath: string; specDir: string } {
  const copiedSpec = join(root, 'spec');
  for (const source of specSources) cpSync(join(specDir, source), join(copiedSpec, source), { recursive: true });
  cpSync(join(repoDir, pluginFile), join(root, pluginFile));
  const configPath = join(root, 'redocly.yaml');
  cpSync(redoclyConfigPath, configPath);
  return { configPath, specDir: copiedSpec };
}

interface RedoclyConfig {
  apis?: Record<string, { root?: string; decorators?: Record<string, { brand?: string } | undefined> }>;
}

/** The API's own name, the spec's `info.title` (`IVS Core API`), which every brand's title ends with. */
export function apiTitle(specPath = specEntryPath): string {
  const title = (parse(readFileSync(specPath, 'utf8')) as BrandDeclarations).info?.title;
  if (!title) throw new Error(`${specPath}: info.title must name the API.`);
  return title;
}

/** The last spec text whose brands were read, and what they are: generators ask once per identifier. */
let lastDeclared: { text: string; brands: readonly Brand[] } | undefined;

/** Every brand the spec declares, in the order of its servers, with the names derived from its declaration. */
export function declaredBrands(specPath = specEntryPath): Brand[] {
  const text = readFileSync(specPath, 'utf8');
  if (lastDeclared?.text !== text) lastDeclared = { text, brands: brandsOf(parse(text)) };
  return [...lastDeclared.brands];
}

/** The declared brand with this id; throws when there is none. */
export function brandById(id: string, brands: readonly Brand[] = declaredBrands()): Brand {
  const brand = brands.find((candidate) => candidate.id === id);
  if (!brand)
    throw new Error(`Unknown brand "${id}": the spec declares ${brands.map((known) => known.id).join(', ')}.`);
  return brand;
}

/**
 * Makes each brand's published client name (`@markid/ivs-core-client`, what its docs import) resolve, from modules in
 * `dir`, to that brand's entry points in this workspace (`@error-contract/client/markid`, and each of `subpaths`, such
 * as `./testing`), so that what the docs show runs and type-checks as a partner pastes it. `dir` must sit inside a
 * package that depends on the client. Writes a small package per brand under `dir/node_modules` whose entry points
 * re-export the workspace's, types included.
 */
export function linkPublishedClients(
  dir: string,
  subpaths: readonly string[] = ['.'],
  brands: readonly Brand[] = declaredBrands(),
): void {
  for (const { packages, clientModule } of brands) {
    const packageDir = join(dir, 'node_modules', packages.client);
    const exports: Record<string, { types: string; default: string }> = {};
    for (const subpath of subpaths) {
      const name = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
      const target = subpath === '.' ? clientModule : `${clientModule}/${name}`;
      mkdirSync(dirname(join(packageDir, name)), { recursive: true });
      for (const file of [`${name}.js`, `${name}.d.ts`]) {
        writeFileSync(join(packageDir, file), `export * from '${target}';\n`);
      }
      exports[subpath] = { types: `./${name}.d.ts`, default: `./${name}.js` };
    }
    const manifest = { name: packages.client, private: true, type: 'module', exports };
    writeFileSync(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/**
 * The ids of the brands redocly.yaml publishes, in the spec's order. Each API must be named after its brand, use
 * the brand decorator with that `brand:`, and the APIs must be exactly the brands the API's root declares.
 */
export function publishedBrands(configPath = redoclyConfigPath): string[] {
  const config = parse(readFileSync(configPath, 'utf8')) as RedoclyConfig;
  const apis = Object.entries(config.apis ?? {});
  for (const [apiName, api] of apis) {
    if (api.decorators?.['error-contract/brand']?.brand !== apiName) {
      throw new Error(
        `redocly.yaml: API "${apiName}" must use the error-contract/brand decorator with brand: ${apiName}.`,
      );
    }
  }
  const roots = new Set(apis.map(([, api]) => api.root));
  const [root, ...otherRoots] = roots;
  if (root === undefined || otherRoots.length > 0) {
    throw new Error(
      `redocly.yaml: every API must have the same root (the canonical spec), found ${[...roots].join(', ') || 'none'}.`,
    );
  }
  const declared = declaredBrands(resolve(dirname(configPath), root)).map((brand) => brand.id);
  const published = apis.map(([apiName]) => apiName);
  const missing = declared.filter((id) => !published.includes(id));
  const undeclared = published.filter((id) => !declared.includes(id));
  if (missing.length > 0 || undeclared.length > 0) {
    throw new Error(
      [
        ...missing.map((id) => `redocly.yaml: brand "${id}" is declared by a server of ${root} but has no API.`),
        ...undeclared.map((id) => `redocly.yaml: API "${id}" has no server with x-brand: ${id} in ${root}.`),
      ].join('\n'),
    );
  }
  return declared;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  return isPlainObject(value) ? Object.values(value).flatMap(stringsIn) : [];
}

/** Every text the spec writes for one brand only: the values of brand maps and of `x-brand-overrides`, by brand. */
function brandOnlyTexts(document: unknown, brandIds: readonly string[], into: Map<string, string[]>): void {
  if (Array.isArray(document)) {
    for (const item of document) brandOnlyTexts(item, brandIds, into);
    return;
  }
  if (!isPlainObject(document)) return;
  const keys = Object.keys(document);
  const brandMap = keys.length > 0 && keys.every((key) => brandIds.includes(key));
  for (const [key, value] of Object.entries(document)) {
    if (brandMap) into.get(key)?.push(...stringsIn(value));
    else if (key === 'x-brand-overrides' && isPlainObject(value)) {
      for (const [brand, override] of Object.entries(value)) into.get(brand)?.push(...stringsIn(override));
    } else brandOnlyTexts(value, brandIds, into);
  }
}

/** Host names, and their last two labels, of the URLs and e-mail addresses in a text: `ivs.idenfy.com`, `idenfy.com`. */
function hostsIn(text: string): string[] {
  const hosts = [
    ...[...text.matchAll(/https?:\/\/([^/\s'"?#:]+)/g)].map(([, host]) => host ?? ''),
    ...[...text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map(([, host]) => host ?? ''),
  ];
  return hosts.flatMap((host) => [host, host.split('.').slice(-2).join('.')]);
}

/**
 * What gives each brand away in a text, by brand id, derived from the spec: its id, display name (also without
 * spaces) and PascalCase name; the host of its server; and the hosts and e-mail domains in its brand maps and
 * `x-brand-overrides`. Lower case, without repeats.
 */
export function brandMarks(specPath = specEntryPath): Map<string, string[]> {
  const brands = declaredBrands(specPath);
  const ids = brands.map((brand) => brand.id);
  const texts = new Map(brands.map((brand) => [brand.id, [brand.serverUrl]]));
  const specFolder = dirname(specPath);
  const sources = [
    specPath,
    ...['paths', 'components'].flatMap((folder) =>
      readdirSync(join(specFolder, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => join(specFolder, folder, file)),
    ),
  ];
  for (const source of sources) brandOnlyTexts(parse(readFileSync(source, 'utf8')), ids, texts);
  return new Map(
    brands.map((brand) => {
      const marks = [brand.id, brand.name, brand.name.replaceAll(/\s+/g, ''), brand.pascalName];
      marks.push(...(texts.get(brand.id) ?? []).flatMap(hostsIn));
      return [brand.id, [...new Set(marks.map((mark) => mark.toLowerCase()))]];
    }),
  );
}
