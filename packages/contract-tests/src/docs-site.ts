/** The built docs site (apps/docs/dist/site) as the tests read it: pages by route and their anchors. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from '@error-contract/docs/site-layout';

/** The page at `route` (e.g. `idenfy/errors.html`), or undefined when the site has no such page. */
export function readPage(route: string): string | undefined {
  const path = join(siteDir, route);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The element ids of a page: what a URL's `#anchor` can point at. */
export function anchorsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id ?? '');
}
