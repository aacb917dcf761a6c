/**
 * The brands, declared once as the spec's `servers` (`x-brand`, `x-brand-name`) and named by ./brand-names.js;
 * each is published as the redocly.yaml API of the same name, built by the `error-contract/brand` decorator.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
