/** Prints the README's trigger table for the published brands: `pnpm --filter @error-contract/sandbox trigger-table`. */
import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { triggerTable } from '../src/trigger-table.ts';

const catalogs = publishedBrands().map((brand) => ({
  brand,
  identifiers: catalogOf(loadBundle(brand)).map(({ identifier }) => identifier),
}));
process.stdout.write(`${triggerTable(catalogs)}\n`);
