/** The URL scheme of the hosted docs site (defined in plain JS for the Redocly plugin, ./site-routes.js). */
export * from './site-routes.js';
