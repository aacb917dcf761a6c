/**
 * A site's front page: names the product of the brands the site holds (one on a brand's own site) and links each
 * brand's handbook, errors page, changelog, reference, bundles and machine-readable files.
 */
import { escapeHtml, renderPage, type SiteNav } from './html.ts';
import {
  arazzoRoute,
  bundleRoute,
  catalogJsonRoute,
  changelogRoute,
  errorsRoute,
  handbookRoute,
  LANDING_ROUTE,
  llmsIndexRoute,
  markdownTwinRoute,
  referenceRoute,
  searchRoute,
} from './site-layout.ts';

export interface BrandSummary {
  brand: string;
  /** The brand's display name, `Mark ID`. */
  name: string;
  /** The brand's API title, `Mark ID IVS Core API`. */
  title: string;
  identifierCount: number;
}

/** `Standard API errors of the iDenfy and Mark ID identity-verification API`, from the brands' names. */
export function productName(brandNames: readonly string[]): string {
  const names =
    brandNames.length > 1 ? `${brandNames.slice(0, -1).join(', ')} and ${brandNames.at(-1)}` : (brandNames[0] ?? '');
  return `Standard API errors of the ${names} identity-verification API`;
}

export function renderLandingPage(brands: readonly BrandSummary[], nav: SiteNav): string {
  const title = productName(brands.map((brand) => brand.name));
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
    nav,
    markdownTwin: markdownTwinRoute(LANDING_ROUTE),
    body: `    <h1>${escapeHtml(title)}</h1>
    <p>Every request the API cannot carry out is answered with HTTP 400 and a JSON body whose <code>identifier</code>
    your code can act on. <a href="${searchRoute}">Search the error handbook</a>, or start from ${brands.length > 1 ? 'your brand' : 'here'}:</p>
    <ul class="brands">
${cards}
    </ul>`,
  });
}

export function landingMarkdown(brands: readonly BrandSummary[]): string {
  const sections = brands.map(
    ({ brand, title, identifierCount }) =>
      `## ${title}\n\n- [Error handbook](${markdownTwinRoute(handbookRoute(brand))}) (${identifierCount} identifiers)\n- [Standard API errors](${markdownTwinRoute(errorsRoute(brand))})\n- [Changelog](${markdownTwinRoute(changelogRoute(brand))})\n- [API reference](${markdownTwinRoute(referenceRoute(brand))})\n- [llms.txt](${llmsIndexRoute(brand)}) · [error catalog JSON](${catalogJsonRoute(brand)})`,
  );
  return `# ${productName(brands.map((brand) => brand.name))}\n\n${sections.join('\n\n')}\n`;
}
