/** Prints the README's trigger table for the published brands: `pnpm --filter @error-contract/sandbox trigger-table`. */
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { triggerTable } from '../src/trigger-table.ts';

const brands = publishedBrands().map((brand) => ({ brand, bundle: loadBundle(brand) }));
process.stdout.write(`${triggerTable(brands)}\n`);
