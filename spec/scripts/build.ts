/** `pnpm build` in spec/: writes dist/<brand>/openapi.{yaml,json} and dist/<brand>/standard-api-errors.md. */
import { buildBrands } from '../src/pipeline.ts';

const brands = await buildBrands();
console.log(`Built the bundles and errors pages of: ${brands.join(', ')}.`);
