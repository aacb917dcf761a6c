/**
 * The URL scheme of the hosted docs site, in one place: the site (apps/docs) writes its pages at these
 * routes and the clients link each identifier to its anchor there.
 */
export const errorsPageFile = 'errors.html';
export const referencePageFile = 'reference.html';

/** Route of a brand's page, relative to the site root: `idenfy/errors.html`. */
export function brandPageRoute(brand: string, file: string): string {
  return `${brand}/${file}`;
}

/** Absolute URL of an identifier's entry on the brand's errors page. */
export function errorDocsUrl(siteRoot: string, brand: string, docsAnchor: string): string {
  const url = new URL(brandPageRoute(brand, errorsPageFile), siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`);
  url.hash = docsAnchor;
  return url.href;
}
