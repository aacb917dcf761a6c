/**
 * One brand's view of the canonical spec. A brand is declared once, as one of the spec's `servers` (`x-brand`, its
 * id, and `x-brand-name`, its display name); every other name of the brand is derived here, and so is how the
 * spec's brand maps and `x-brand-overrides` resolve for it. Pure functions of a document: the Redocly plugin
 * (./plugin) is built from them, so this module imports no package.
 */

/**
 * The workspace package whose entry point `<CLIENT_PACKAGE>/<id>` is a brand's typed client in this repository, and
 * whose version, bumped by changesets, is the version of every artefact of a release. Partners install the brand's
 * own package instead (`BrandPackages.client`).
 */
export const CLIENT_PACKAGE = '@error-contract/client';

export interface Brand {
  /** The server's `x-brand`, e.g. `markid`: the key of brand maps and overrides, the folder of its bundle and pages. */
  id: string;
  /** The server's `x-brand-name`, e.g. `Mark ID`: how the brand is written for people. */
  name: string;
  /** The brand's production server. */
  serverUrl: string;
  /** The brand's published API title, its name before the spec's title: `Mark ID IVS Core API`. */
  title: string;
  /** The name as one PascalCase word, for code: `MarkId`. */
  pascalName: string;
  /** The entry point of its typed client in this workspace: `@error-contract/client/markid`. */
  clientModule: string;
  /** The function that creates its client: `createMarkIdClient`. */
  clientFactory: string;
  /** The names its deliveries are published under. */
  packages: BrandPackages;
}

/**
 * The names of a brand's deliveries, each in a namespace the brand owns (its npm scope and Composer vendor, its
 * prefix on PyPI, which has no scopes), so that a partner of one brand installs, imports and reads nothing of
 * another. The rest of each name is the product's (`ivs-core`, from the spec's title) and the kind of delivery.
 */
export interface BrandPackages {
  /** The brand's npm scope: `@markid`. */
  npmScope: string;
  /** npm: the typed client, `@markid/ivs-core-client`. */
  client: string;
  /** npm: the local sandbox serving the brand's API, `@markid/ivs-core-sandbox`. */
  sandbox: string;
  /** The sandbox's command, unique across brands: `markid-ivs-core-sandbox`. */
  sandboxCommand: string;
  /** PyPI: the Python kit, `markid-ivs-core-errors`. */
  python: string;
  /** Packagist: the PHP kit, `markid/ivs-core-errors`. */
  composer: string;
}

/**
 * The names of the API team's own tools, which serve every brand and so name none: under the product's npm scope,
 * `@ivs-core`.
 */
export interface ApiTeamPackages {
  npmScope: string;
  /** npm: the deployment verifier, `@ivs-core/contract-verify`. */
  verifier: string;
  /** Its command: `contract-verify`. */
  verifierCommand: string;
}

interface ServerDeclaration {
  url?: unknown;
  'x-brand'?: unknown;
  'x-brand-name'?: unknown;
  [keyword: string]: unknown;
}

/** The part of an OpenAPI document that declares brands. */
export interface BrandDeclarations {
  info?: { title?: string };
  servers?: ServerDeclaration[];
}

const BRAND_ID = /^[a-z][a-z0-9]*$/;

/** `Mark ID` → `MarkId`, `iDenfy` → `Idenfy`: each word of letters and digits, capitalised, the rest lower case. */
function pascalCase(name: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');
}

/** The product as a lower-case slug for package names: `IVS Core API` → `ivs-core` (a closing "API" dropped). */
export function productSlug(apiTitle: string): string {
  const words = (apiTitle.match(/[A-Za-z0-9]+/g) ?? []).map((word) => word.toLowerCase());
  if (words.length > 1 && words.at(-1) === 'api') words.pop();
  return words.length > 0 ? words.join('-') : 'api';
}

/** The names a brand's deliveries are published under (see BrandPackages), from its id and the spec's title. */
export function namePackages(id: string, apiTitle: string): BrandPackages {
  const product = productSlug(apiTitle);
  return {
    npmScope: `@${id}`,
    client: `@${id}/${product}-client`,
    sandbox: `@${id}/${product}-sandbox`,
    sandboxCommand: `${id}-${product}-sandbox`,
    python: `${id}-${product}-errors`,
    composer: `${id}/${product}-errors`,
  };
}

/** The names of the API team's tools (see ApiTeamPackages), from the spec's title. */
export function nameApiTeamPackages(apiTitle: string): ApiTeamPackages {
  const scope = `@${productSlug(apiTitle)}`;
  return { npmScope: scope, verifier: `${scope}/contract-verify`, verifierCommand: 'contract-verify' };
}

/** Where a brand's deliveries send their readers: its docs site and its support contact. */
export interface BrandContact {
  /** The root of the brand's docs site (`externalDocs.url`). */
  homepage: string;
  /** Who answers (`info.contact.name`), e.g. `API team`. */
  supportName?: string;
  supportEmail?: string;
  supportUrl?: string;
}

/**
 * A brand's contact, from its bundle, where the spec's `x-brand-overrides` of `info.contact` and `externalDocs` are
 * already resolved for it. Throws when the bundle has no docs root.
 */
export function contactOf(bundle: { info?: Record<string, unknown>; externalDocs?: { url?: unknown } }): BrandContact {
  const homepage = bundle.externalDocs?.url;
  if (typeof homepage !== 'string') throw new Error('The bundle has no externalDocs.url, the root of its docs site.');
  const contact = isPlainObject(bundle.info?.contact) ? bundle.info.contact : {};
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    homepage,
    supportName: text(contact.name),
    supportEmail: text(contact.email),
    supportUrl: text(contact.url),
  };
}

/**
 * The naming rule: everything a brand is called, from its id, display name and server, and the spec's title
 * (`IVS Core API`). Throws an Error naming the server when the declaration is incomplete.
 */
export function nameBrand(
  { id, name, serverUrl }: { id: unknown; name: unknown; serverUrl: unknown },
  apiTitle: string,
): Brand {
  const where = `server ${JSON.stringify(serverUrl)}`;
  if (typeof id !== 'string' || !BRAND_ID.test(id)) {
    throw new Error(
      `${where}: x-brand must be a lower-case id of letters and digits (e.g. markid), got ${JSON.stringify(id)}.`,
    );
  }
  if (typeof name !== 'string' || !/[A-Za-z]/.test(name) || name.trim() !== name) {
    throw new Error(
      `${where} (x-brand: ${id}): x-brand-name must be the brand's display name (e.g. Mark ID), got ${JSON.stringify(name)}.`,
    );
  }
  if (typeof serverUrl !== 'string') throw new Error(`brand ${id}: its server needs a url.`);
  const pascalName = pascalCase(name);
  return {
    id,
    name,
    serverUrl,
    title: `${name} ${apiTitle}`,
    pascalName,
    clientModule: `${CLIENT_PACKAGE}/${id}`,
    clientFactory: `create${pascalName}Client`,
    packages: namePackages(id, apiTitle),
  };
}

/** The brands a document declares: one per server with an `x-brand`, in the servers' order. */
export function brandsOf(document: BrandDeclarations): Brand[] {
  const apiTitle = document.info?.title ?? '';
  const brands = (document.servers ?? [])
    .filter((server) => server['x-brand'] !== undefined)
    .map((server) =>
      nameBrand({ id: server['x-brand'], name: server['x-brand-name'], serverUrl: server.url }, apiTitle),
    );
  for (const [index, brand] of brands.entries()) {
    if (brands.findIndex((other) => other.id === brand.id) !== index) {
      throw new Error(`x-brand ${brand.id} is declared by more than one server.`);
    }
  }
  return brands;
}

/** The brand ids a document declares, without validating the declarations (lint reports those). */
export function brandIdsOf(document: BrandDeclarations): string[] {
  return (document.servers ?? []).map((server) => server['x-brand']).filter((id) => typeof id === 'string');
}

/** A JSON object: not null and not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A brand map is an object whose keys are all brand ids: `{ idenfy: '…', markid: '…' }`. */
export function isBrandMap(value: unknown, brandIds: readonly string[]): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => brandIds.includes(key));
}

/**
 * Deep copy of `value` with every brand map replaced by its entry for `brand`; an entry of `null` (the brand has
 * none, e.g. no front matter) drops the key.
 */
export function resolveForBrand<T>(value: T, brand: string, brandIds: readonly string[]): T {
  if (Array.isArray(value)) return value.map((item) => resolveForBrand(item, brand, brandIds)) as T;
  if (isBrandMap(value, brandIds)) return (resolveForBrand(value[brand], brand, brandIds) ?? undefined) as T;
  if (!isPlainObject(value)) return value;
  const resolved: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const itemForBrand = resolveForBrand(item, brand, brandIds);
    if (itemForBrand !== undefined) resolved[key] = itemForBrand;
  }
  return resolved as T;
}

/** A brand-keyed map that does not speak for every brand it has to: where it is, and what is missing. */
export interface BrandMapProblem {
  path: readonly (string | number)[];
  message: string;
}

/**
 * Every brand-keyed map in `value` (a brand map, or an `x-brand-overrides`) that lacks an entry for a brand of
 * `brands`, or names a brand the spec does not declare. A brand states "none" with `null` in a brand map (no front
 * matter) and "the defaults" with `{}` in overrides, so a new brand is never silently given another brand's text.
 * Inside `x-error-catalog`, an entry's maps speak for the brands that have it (`brands`, else every brand).
 */
export function brandMapProblems(
  value: unknown,
  brandIds: readonly string[],
  brands: readonly string[] = brandIds,
  path: readonly (string | number)[] = [],
): BrandMapProblem[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => brandMapProblems(item, brandIds, brands, [...path, index]));
  }
  if (!isPlainObject(value)) return [];
  const problems: BrandMapProblem[] = [];
  const where = (at: readonly (string | number)[]) => at.join('.');
  const keys = Object.keys(value);
  if (isBrandMap(value, brandIds)) {
    for (const brand of brands.filter((id) => !Object.hasOwn(value, id))) {
      problems.push({ path, message: `${where(path)}: no entry for brand "${brand}" (null if it has none).` });
    }
  } else if (keys.some((key) => brandIds.includes(key))) {
    const others = keys.filter((key) => !brandIds.includes(key));
    problems.push({
      path,
      message: `${where(path)}: a brand map whose keys are not all brands: ${others.join(', ')}.`,
    });
  }
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key];
    if (key === 'x-brand-overrides' && isPlainObject(item)) {
      for (const brand of brands.filter((id) => !Object.hasOwn(item, id))) {
        problems.push({ path: at, message: `${where(at)}: no entry for brand "${brand}" ({} to keep the defaults).` });
      }
      for (const brand of Object.keys(item).filter((id) => !brandIds.includes(id))) {
        problems.push({ path: [...at, brand], message: `${where(at)}: unknown brand "${brand}".` });
      }
      // Each brand's override is that brand's alone: no brand maps inside it to check.
      continue;
    }
    const inCatalog = path.at(-1) === 'x-error-catalog';
    const entryBrands = inCatalog && isPlainObject(item) && Array.isArray(item.brands) ? item.brands : brands;
    problems.push(...brandMapProblems(item, brandIds, entryBrands, at));
  }
  return problems;
}

/** Applies and removes every `x-brand-overrides` in the tree, in place. */
export function applyBrandOverrides(node: unknown, brand: string): void {
  if (Array.isArray(node)) {
    for (const item of node) applyBrandOverrides(item, brand);
    return;
  }
  if (!isPlainObject(node)) return;
  const overrides = node['x-brand-overrides'];
  if (overrides !== undefined) {
    delete node['x-brand-overrides'];
    Object.assign(node, isPlainObject(overrides) ? (overrides[brand] ?? {}) : {});
  }
  for (const item of Object.values(node)) applyBrandOverrides(item, brand);
}
