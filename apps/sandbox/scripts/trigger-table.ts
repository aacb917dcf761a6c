/** Prints the README's trigger table for the published brands: `pnpm --filter @error-contract/sandbox trigger-table`. */
import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle } from '@error-contract/spec/bundle';
import { partnersByRole } from '../src/partner-roles.ts';
import { triggerTable } from '../src/trigger-table.ts';

const brands = publishedBrands().map((brand) => ({ brand, bundle: loadBundle(brand) }));
process.stdout.write(`${triggerTable(brands, partnersByRole())}\n`);
