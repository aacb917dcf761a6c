/** Builds the whole static site into one folder: landing page, and per brand its reference, errors page and bundles. */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle } from '@error-contract/spec/bundle';
import { catalogOf, docsPageOf } from '@error-contract/spec/catalog';
import { bundlePath, errorsPagePath } from '@error-contract/spec/locations';
import { renderErrorsPageBody } from './errors-page.ts';
import { renderPage } from './html.ts';
import { LANDING_ROUTE, renderLandingPage } from './landing-page.ts';
import { precompress } from './precompress.ts';
import { logoRoute, redocAsset } from './redoc-asset.ts';
import { renderReferencePage } from './reference-page.ts';
import {
  appDir,
  bundleRoute,
  errorsRoute,
  faviconRoute,
  referenceRoute,
  siteDir,
  stylesheetRoute,
} from './site-layout.ts';

function write(route: string, content: string | Buffer, outDir: string): void {
  const path = join(outDir, route);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function copyAsset(route: string, outDir: string): void {
  const target = join(outDir, route);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(appDir, 'assets', route.split('/').pop() ?? ''), target);
}

export function buildSite(outDir = siteDir): string[] {
  rmSync(outDir, { recursive: true, force: true });
  const brands = publishedBrands();
  const redoc = redocAsset();
  write(redoc.route, redoc.content, outDir);
  for (const route of [stylesheetRoute, faviconRoute, logoRoute]) copyAsset(route, outDir);

  const summaries = brands.map((brand) => {
    const bundle = loadBundle(brand);
    const catalog = catalogOf(bundle);
    for (const format of ['json', 'yaml'] as const) {
      write(bundleRoute(brand, format), readFileSync(bundlePath(brand, format)), outDir);
    }
    const reference = renderReferencePage({
      bundleJsonPath: bundlePath(brand, 'json'),
      route: referenceRoute(brand),
      redoc,
      scratchPath: join(outDir, '.scratch', `${brand}.html`),
    });
    write(referenceRoute(brand), reference, outDir);
    write(
      errorsRoute(brand),
      renderPage({
        route: errorsRoute(brand),
        title: `${docsPageOf(bundle).title} · ${bundle.info.title}`,
        nav: [
          { label: 'All brands', route: LANDING_ROUTE },
          { label: `${bundle.info.title} reference`, route: referenceRoute(brand) },
        ],
        body: renderErrorsPageBody(readFileSync(errorsPagePath(brand), 'utf8')),
      }),
      outDir,
    );
    return { brand, title: bundle.info.title, identifierCount: catalog.length };
  });
  rmSync(join(outDir, '.scratch'), { recursive: true, force: true });
  write(LANDING_ROUTE, renderLandingPage(summaries), outDir);
  precompress(outDir);
  return brands;
}
