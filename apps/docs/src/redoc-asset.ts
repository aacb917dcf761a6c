/**
 * The Redoc script, served once from the site for every brand's reference instead of from Redocly's CDN
 * or inlined (2.3 MB) into each page. Its name carries a content hash, so a host may cache it forever.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { redocStandalonePath } from '@error-contract/spec/redocly';
import { assetsRoute } from './site-layout.ts';

/** Redoc shows its attribution logo from a CDN; the site serves its own copy (pages sit one folder deep). */
const REMOTE_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
export const logoRoute = `${assetsRoute}/redocly-logo.svg`;

export interface RedocAsset {
  route: string;
  content: string;
  /** Subresource integrity of `content`, as build-docs writes it for its CDN script. */
  integrity: string;
}

let loaded: RedocAsset | undefined;

/** Read and hashed once per process: the script is part of the installed CLI, which does not change under it. */
export function redocAsset(): RedocAsset {
  loaded ??= readRedocAsset();
  return loaded;
}

function readRedocAsset(): RedocAsset {
  const original = readFileSync(redocStandalonePath, 'utf8');
  const content = original.replace(REMOTE_LOGOS, `../${logoRoute}`);
  if (content === original)
    throw new Error(`Redoc's logo URL was not found in ${redocStandalonePath}; check REMOTE_LOGOS.`);
  const hash = createHash('sha384').update(content);
  const integrity = `sha384-${hash.copy().digest('base64')}`;
  return { route: `${assetsRoute}/redoc.standalone.${hash.digest('hex').slice(0, 12)}.js`, content, integrity };
}
