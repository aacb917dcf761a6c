/**
 * `pnpm build` in spec/: writes dist/<brand>/openapi.{yaml,json} and dist/<brand>/standard-api-errors.md.
 * It runs compiled (dist/lib/build-command.js), so each build starts without a TypeScript loader.
 */
import { buildBrands } from './pipeline.ts';

const brands = await buildBrands();
console.log(`Built the bundles and errors pages of: ${brands.join(', ')}.`);
