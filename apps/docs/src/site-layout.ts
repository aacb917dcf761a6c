/** Where each file of the static site goes. Brand page routes come from the spec's site-routes, shared with the clients. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  brandPageRoute,
  catalogJsonFile,
  changelogPageFile,
  errorsPageFile,
  handbookPageFile,
  llmsFullFile,
  llmsIndexFile,
  markdownTwinRoute,
  referencePageFile,
} from '@error-contract/spec/site-routes';

// Found from the package's manifest, not from this file, so that the compiled build (in dist/lib) finds the same folder.
export const appDir = dirname(createRequire(import.meta.url).resolve('@error-contract/docs/package.json'));
/** The combined site of every brand, for the API team: what `pnpm start` serves. */
export const siteDir = join(appDir, 'dist', 'site');
/** Each brand's own site, `<sitesDir>/<brand>/`: what a brand deploys at its docs root. It names no other brand. */
export const sitesDir = join(appDir, 'dist', 'sites');
export const brandSiteDir = (brand: string) => join(sitesDir, brand);
export const templatesDir = join(appDir, 'templates');

export const assetsRoute = 'assets';
export const stylesheetRoute = `${assetsRoute}/site.css`;
export const faviconRoute = `${assetsRoute}/favicon.svg`;
/** The site's one script: copy buttons, the current entry, `/` to search, and the search page's results. */
export const siteScriptRoute = `${assetsRoute}/site.js`;
export const LANDING_ROUTE = 'index.html';
export const searchRoute = 'search.html';
export const searchIndexRoute = 'search-index.json';
/** The site's llms.txt, at its root as llmstxt.org places it: the Markdown twins of every brand the site holds. */
export const llmsSiteRoute = 'llms.txt';

export const referenceRoute = (brand: string) => brandPageRoute(brand, referencePageFile);
export const errorsRoute = (brand: string) => brandPageRoute(brand, errorsPageFile);
export const handbookRoute = (brand: string) => brandPageRoute(brand, handbookPageFile);
export const changelogRoute = (brand: string) => brandPageRoute(brand, changelogPageFile);
export const catalogJsonRoute = (brand: string) => brandPageRoute(brand, catalogJsonFile);
export const llmsIndexRoute = (brand: string) => brandPageRoute(brand, llmsIndexFile);
export const llmsFullRoute = (brand: string) => brandPageRoute(brand, llmsFullFile);
export const bundleRoute = (brand: string, format: 'json' | 'yaml') => brandPageRoute(brand, `openapi.${format}`);
/** The Arazzo 1.0 workflows that reproduce each identifier (`contract:verify`'s export), beside the bundle they use. */
export const arazzoRoute = (brand: string) => brandPageRoute(brand, 'arazzo.yaml');
export { markdownTwinRoute };

/** A link from a page at `fromRoute` to `toRoute`, both relative to the site root, so the site works under any base path. */
export function relativeLink(fromRoute: string, toRoute: string): string {
  const depth = fromRoute.split('/').length - 1;
  return `${'../'.repeat(depth)}${toRoute}`;
}
