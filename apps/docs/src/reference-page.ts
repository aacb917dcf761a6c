/**
 * A brand's API reference: `redocly build-docs` of the brand bundle (prerendered HTML plus the definition),
 * pointed at the site's own Redoc script instead of Redocly's CDN.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRedocly } from '@error-contract/spec/redocly';
import { CONTENT_SECURITY_POLICY } from './html.ts';
import type { RedocAsset } from './redoc-asset.ts';
import { faviconRoute, relativeLink, templatesDir } from './site-layout.ts';

const CDN_SCRIPT = /https:\/\/cdn\.redocly\.com\/redoc\/v[\d.]+\/bundles\/redoc\.standalone\.js/g;
const CDN_INTEGRITY = /integrity="sha384-[^"]+"/g;

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
  const run = await runRedocly([
    'build-docs',
    bundleJsonPath,
    '--output',
    scratchPath,
    '--template',
    join(templatesDir, 'reference.hbs'),
    `--templateOptions.contentSecurityPolicy=${CONTENT_SECURITY_POLICY}`,
    `--templateOptions.favicon=${faviconRoute}`,
  ]);
  if (!run.ok) throw new Error(`redocly build-docs ${bundleJsonPath} failed:\n${run.output}`);
  const html = readFileSync(scratchPath, 'utf8');
  if (html.match(CDN_SCRIPT)?.length !== 2) {
    throw new Error(
      'build-docs no longer references its CDN script twice (preload and import); update reference-page.ts.',
    );
  }
  return html
    .replace(CDN_SCRIPT, relativeLink(route, redoc.route))
    .replace(CDN_INTEGRITY, `integrity="${redoc.integrity}"`);
}

/** The API definition a built reference page embeds and hydrates, as build-docs serialises it. */
export function embeddedDefinition(html: string): unknown {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match?.[1]) throw new Error('No embedded API definition (__redoc_definition) in the page.');
  return JSON.parse(match[1]);
}
