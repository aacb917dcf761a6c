/**
 * `pnpm build` in spec/: `plugin` builds the Redocly plugin (spec#compile); without an argument it writes
 * dist/<brand>/openapi.{yaml,json} and dist/<brand>/standard-api-errors.md. It runs compiled
 * (dist/lib/build-command.js), so each build starts without a TypeScript loader.
 */
import { buildBrands, buildPlugin } from './pipeline.ts';

if (process.argv[2] === 'plugin') {
  await buildPlugin();
} else {
  const brands = await buildBrands();
  console.log(`Built the bundles and errors pages of: ${brands.join(', ')}.`);
}
