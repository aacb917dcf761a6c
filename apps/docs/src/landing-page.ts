/** The site's front page: names the product and links each brand's reference, errors page and bundles. */
import { declaredBrands } from '@error-contract/spec/workspace';
import { escapeHtml, renderPage } from './html.ts';
import {
  arazzoRoute,
  bundleRoute,
  catalogJsonRoute,
  changelogRoute,
  errorsRoute,
  handbookRoute,
  llmsIndexRoute,
  referenceRoute,
  searchRoute,
} from './site-layout.ts';

export interface BrandSummary {
  brand: string;
  title: string;
  identifierCount: number;
}

export const LANDING_ROUTE = 'index.html';
/** `Standard API errors of the iDenfy and Mark ID identity-verification API`, from the declared brands' names. */
export function productName(brandNames: readonly string[]): string {
  const names =
    brandNames.length > 1 ? `${brandNames.slice(0, -1).join(', ')} and ${brandNames.at(-1)}` : (brandNames[0] ?? '');
  return `Standard API errors of the ${names} identity-verification API`;
}

export function renderLandingPage(brands: BrandSummary[]): string {
  const title = productName(declaredBrands().map((brand) => brand.name));
  const cards = brands
    .map(
      ({ brand, title, identifierCount }) => `      <li>
        <h2>${escapeHtml(title)}</h2>
        <p><a href="${handbookRoute(brand)}">Error handbook</a> (${identifierCount} identifiers)</p>
        <p><a href="${errorsRoute(brand)}">Standard API errors</a></p>
        <p><a href="${changelogRoute(brand)}">Changelog</a></p>
        <p><a href="${referenceRoute(brand)}">API reference</a></p>
        <p>OpenAPI 3.1: <a href="${bundleRoute(brand, 'yaml')}">YAML</a> · <a href="${bundleRoute(brand, 'json')}">JSON</a> · Arazzo 1.0 workflows that reproduce every error: <a href="${arazzoRoute(brand)}">YAML</a></p>
        <p>For machines: <a href="${llmsIndexRoute(brand)}">llms.txt</a> · <a href="${catalogJsonRoute(brand)}">error catalog (JSON)</a></p>
      </li>`,
    )
    .join('\n');
  return renderPage({
    route: LANDING_ROUTE,
    title,
    nav: [],
    markdownTwin: 'index.md',
    body: `    <h1>${escapeHtml(title)}</h1>
    <p>Every request the API cannot carry out is answered with HTTP 400 and a JSON body whose <code>identifier</code>
    your code can act on. <a href="${searchRoute}">Search the handbooks</a>, or pick your brand:</p>
    <ul class="brands">
${cards}
    </ul>`,
  });
}
