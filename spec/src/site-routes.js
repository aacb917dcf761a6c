/**
 * The URL scheme of the hosted docs site, in one place: the site (apps/docs) writes its pages at these routes, the
 * clients link each identifier to its handbook entry there, and the brand decorator links the reference back to it.
 * Plain JS with JSDoc types, because the Redocly plugin (../plugins/error-contract.js) loads it without a TypeScript
 * step; ./docs-routes.ts re-exports it.
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

/**
 * Route of a brand's page, relative to the site root: `idenfy/errors.html`.
 * @param {string} brand
 * @param {string} file
 * @returns {string}
 */
export function brandPageRoute(brand, file) {
  return `${brand}/${file}`;
}

/**
 * Route of the page that holds a brand's error entries: `idenfy/handbook.html`.
 * @param {string} brand
 * @returns {string}
 */
export function errorEntryRoute(brand) {
  return brandPageRoute(brand, handbookPageFile);
}

/**
 * The Markdown twin of an HTML page's route: `idenfy/handbook.html` → `idenfy/handbook.md`.
 * @param {string} route
 * @returns {string}
 */
export function markdownTwinRoute(route) {
  return route.replace(/\.html$/, '.md');
}

/**
 * Absolute URL of an identifier's entry in the brand's error handbook, under the site root.
 * @param {string} siteRoot
 * @param {string} brand
 * @param {string} docsAnchor
 * @returns {string}
 */
export function errorDocsUrl(siteRoot, brand, docsAnchor) {
  const url = new URL(errorEntryRoute(brand), siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`);
  url.hash = docsAnchor;
  return url.href;
}
