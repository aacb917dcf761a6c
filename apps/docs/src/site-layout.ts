/** Where each file of the static site goes. Brand page routes come from the spec's docs-routes, shared with the clients. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandPageRoute, errorsPageFile, referencePageFile } from '@error-contract/spec/docs-routes';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const siteDir = join(appDir, 'dist', 'site');
export const templatesDir = join(appDir, 'templates');

export const assetsRoute = 'assets';
export const stylesheetRoute = `${assetsRoute}/site.css`;
export const faviconRoute = `${assetsRoute}/favicon.svg`;

export const referenceRoute = (brand: string) => brandPageRoute(brand, referencePageFile);
export const errorsRoute = (brand: string) => brandPageRoute(brand, errorsPageFile);
export const bundleRoute = (brand: string, format: 'json' | 'yaml') => brandPageRoute(brand, `openapi.${format}`);

/** A link from a page at `fromRoute` to `toRoute`, both relative to the site root, so the site works under any base path. */
export function relativeLink(fromRoute: string, toRoute: string): string {
  const depth = fromRoute.split('/').length - 1;
  return `${'../'.repeat(depth)}${toRoute}`;
}
