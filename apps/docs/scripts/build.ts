/**
 * `pnpm build` in apps/docs: writes the combined site to dist/site and each brand's own site to dist/sites/<brand>.
 * `--brand <id>` (repeatable) builds only those brands' own sites, e.g. for a brand's deployment.
 */
import { parseArgs } from 'node:util';
import { useBuildDocsWorkers } from '@error-contract/spec/redocly';

// One reference-page worker, started before the rest of the build is even loaded (spec/src/redocly.ts says why one).
useBuildDocsWorkers(1);
const { buildSite } = await import('../src/build-site.ts');
const { siteDir, sitesDir } = await import('../src/site-layout.ts');

const { values } = parseArgs({ options: { brand: { type: 'string', multiple: true } } });
const only = values.brand;
const brands = await buildSite({ brands: only, outDir: only ? false : siteDir, brandSitesDir: sitesDir });
console.log(
  `Built the docs sites of ${brands.join(', ')}: ${only ? '' : `the combined site in ${siteDir}, `}each brand's own in ${sitesDir}/<brand>.`,
);
