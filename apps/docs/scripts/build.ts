/** `pnpm build` in apps/docs: writes the static site to dist/site. */
import { buildSite } from '../src/build-site.ts';
import { siteDir } from '../src/site-layout.ts';

const brands = await buildSite();
console.log(`Built the docs site for ${brands.join(', ')} in ${siteDir}.`);
