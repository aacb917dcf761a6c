/** Prints the README's reproduction table for the published brands: `pnpm --filter @error-contract/sandbox reproduction-table`. */
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { reproductionTable } from '../src/reproduction-table.ts';

const brands = publishedBrands().map((brand) => ({ brand, bundle: loadBundle(brand) }));
process.stdout.write(`${reproductionTable(brands)}\n`);
