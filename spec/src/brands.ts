/** The published brands: the APIs of redocly.yaml, each built by the `error-contract/brand` decorator. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { redoclyConfigPath } from './locations.ts';

interface RedoclyConfig {
  apis?: Record<string, { decorators?: Record<string, { brand?: string } | undefined> }>;
}

/** Brand ids in the order redocly.yaml lists their APIs. Each API's name is its brand id. */
export function publishedBrands(configPath = redoclyConfigPath): string[] {
  const config = parse(readFileSync(configPath, 'utf8')) as RedoclyConfig;
  return Object.entries(config.apis ?? {}).map(([apiName, api]) => {
    const brand = api.decorators?.['error-contract/brand']?.brand;
    if (brand !== apiName) {
      throw new Error(
        `redocly.yaml: API "${apiName}" must use the error-contract/brand decorator with brand: ${apiName}.`,
      );
    }
    return brand;
  });
}
