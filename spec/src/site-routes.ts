/**
 * The URL scheme of the hosted docs site, in one place: the site (apps/docs) writes its pages at these routes, and
 * an identifier's docs URL (the clients' `docsUrl`, the reference's and the errors page's links) is built by
 * `errorDocsPath` alone, so every link and the page it points at agree by construction.
 */

/** The "Standard API errors" page, in the layout of the original docs page. */
export const errorsPageFile = 'errors.html';
/** The API reference (Redoc). */
export const referencePageFile = 'reference.html';
/** The error handbook: one entry per identifier, anchored at its docs anchor. */
export const handbookPageFile = 'handbook.html';
/** The contract's history, from the release tags. */
export const changelogPageFile = 'changelog.html';
/** The brand's error catalog as JSON. */
export const catalogJsonFile = 'errors.json';
/** The llms.txt index of the brand's docs, and its full-text companion. */
export const llmsIndexFile = 'llms.txt';
export const llmsFullFile = 'llms-full.txt';

/** Route of a brand's page, relative to the site root: `idenfy/errors.html`. */
export function brandPageRoute(brand: string, file: string): string {
  return `${brand}/${file}`;
}

/** The Markdown twin of an HTML page's route: `idenfy/handbook.html` → `idenfy/handbook.md`. */
export function markdownTwinRoute(route: string): string {
  return route.replace(/\.html$/, '.md');
}

/** An identifier's entry in the brand's error handbook, relative to the site root: `idenfy/handbook.html#BAD_VALUE`. */
export function errorDocsPath(brand: string, docsAnchor: string): string {
  return `${brandPageRoute(brand, handbookPageFile)}#${docsAnchor}`;
}

/** Absolute URL of an identifier's entry in the brand's error handbook, under the site root. */
export function errorDocsUrl(siteRoot: string, brand: string, docsAnchor: string): string {
  return new URL(errorDocsPath(brand, docsAnchor), siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`).href;
}
