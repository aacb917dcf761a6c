/**
 * The brands, declared once as the spec's `servers` (`x-brand`, `x-brand-name`) and named by ./brand-names.js;
 * each is published as the redocly.yaml API of the same name, built by the `error-contract/brand` decorator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type Brand, declaredBrands as brandsOfDocument } from './brand-names.js';
import { redoclyConfigPath, specEntryPath } from './locations.ts';

export { type Brand, CLIENT_PACKAGE, nameBrand } from './brand-names.js';

interface RedoclyConfig {
  apis?: Record<string, { root?: string; decorators?: Record<string, { brand?: string } | undefined> }>;
}

/** Every brand the spec declares, in the order of its servers, with the names derived from its declaration. */
export function declaredBrands(specPath = specEntryPath): Brand[] {
  return brandsOfDocument(parse(readFileSync(specPath, 'utf8')));
}

/** The declared brand with this id; throws when there is none. */
export function brandById(id: string, brands: readonly Brand[] = declaredBrands()): Brand {
  const brand = brands.find((candidate) => candidate.id === id);
  if (!brand)
    throw new Error(`Unknown brand "${id}": the spec declares ${brands.map((known) => known.id).join(', ')}.`);
  return brand;
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

type Yaml = unknown;

const isPlainObject = (value: Yaml): value is Record<string, Yaml> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringsIn(value: Yaml): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  return isPlainObject(value) ? Object.values(value).flatMap(stringsIn) : [];
}

/** Every text the spec writes for one brand only: the values of brand maps and of `x-brand-overrides`, by brand. */
function brandOnlyTexts(document: Yaml, brandIds: readonly string[], into: Map<string, string[]>): void {
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
