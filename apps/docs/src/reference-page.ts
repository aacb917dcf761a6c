/**
 * A brand's API reference: `redocly build-docs` of the brand bundle (prerendered HTML plus the definition),
 * pointed at the site's own Redoc script instead of Redocly's CDN, under the site's header, which links back to the
 * brand's handbook and front page. Redoc routes in the URL's hash (`reference.html#/verification-tokens`), but its
 * prerendered menu links are root paths (`/verification-tokens`), which 404 when opened in a new tab or without
 * script, at the root and under a sub-path: they are written as the hash routes they stand for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brandsOf } from '@error-contract/spec/brand-view';
import { redoclyBuildDocs } from '@error-contract/spec/redocly';
import { brandNav, CONTENT_SECURITY_POLICY, siteHeader } from './html.ts';
import type { RedocAsset } from './redoc-asset.ts';
import { faviconRoute, relativeLink, siteScriptRoute, stylesheetRoute, templatesDir } from './site-layout.ts';

const CDN_SCRIPT = /https:\/\/cdn\.redocly\.com\/redoc\/v[\d.]+\/bundles\/redoc\.standalone\.js/g;
const CDN_INTEGRITY = /integrity="sha384-[^"]+"/g;
const HEADER_SLOT = '<!-- site-header -->';
/** A link of Redoc's prerendered menu: a root path of its router. */
const ROUTER_PATH_LINK = /(<a\b[^>]*?\shref=")\/(?!\/)/g;

export interface ReferencePageInput {
  bundleJsonPath: string;
  route: string;
  redoc: RedocAsset;
  /** Scratch file build-docs writes to before the script URL is rewritten. */
  scratchPath: string;
}

export async function renderReferencePage({
  bundleJsonPath,
  route,
  redoc,
  scratchPath,
}: ReferencePageInput): Promise<string> {
  try {
    await redoclyBuildDocs({
      api: bundleJsonPath,
      output: scratchPath,
      template: join(templatesDir, 'reference.hbs'),
      templateOptions: {
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        favicon: faviconRoute,
        stylesheet: stylesheetRoute,
        script: siteScriptRoute,
      },
    });
  } catch (error) {
    throw new Error(`redocly build-docs ${bundleJsonPath} failed:\n${(error as Error).message}`);
  }
  const html = readFileSync(scratchPath, 'utf8');
  if (html.match(CDN_SCRIPT)?.length !== 2) {
    throw new Error(
      'build-docs no longer references its CDN script twice (preload and import); update reference-page.ts.',
    );
  }
  if (html.search(ROUTER_PATH_LINK) < 0) {
    throw new Error("build-docs' menu no longer links root paths of Redoc's router; update reference-page.ts.");
  }
  const [brand] = brandsOf(JSON.parse(readFileSync(bundleJsonPath, 'utf8')));
  if (!brand) throw new Error(`${bundleJsonPath} declares no brand (x-brand on its server).`);
  return html
    .replace(CDN_SCRIPT, relativeLink(route, redoc.route))
    .replace(CDN_INTEGRITY, `integrity="${redoc.integrity}"`)
    .replace(ROUTER_PATH_LINK, '$1#/')
    .replace(HEADER_SLOT, siteHeader(route, brandNav(brand)));
}

/** The API definition a built reference page embeds and hydrates, as build-docs serialises it. */
export function embeddedDefinition(html: string): unknown {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match?.[1]) throw new Error('No embedded API definition (__redoc_definition) in the page.');
  return JSON.parse(match[1]);
}
