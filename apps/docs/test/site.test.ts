import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedBrands } from '@error-contract/spec/brands';
import { catalogOf, loadBundle } from '@error-contract/spec/catalog';
import { describe, expect, it } from 'vitest';
import { embeddedDefinition } from '../src/reference-page.ts';
import { errorsRoute, referenceRoute, siteDir } from '../src/site-layout.ts';

const readRoute = (route: string) => readFileSync(join(siteDir, route), 'utf8');
const htmlRoutes = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

describe.each(publishedBrands())('the %s pages', (brand) => {
  const bundle = loadBundle(brand);
  const catalog = catalogOf(bundle);

  it('embed exactly the brand bundle in the API reference', () => {
    expect(embeddedDefinition(readRoute(referenceRoute(brand)))).toEqual(bundle);
  });

  it('give every identifier a row anchored at its docs anchor, with its explanation', () => {
    const html = readRoute(errorsRoute(brand));
    const rowIds = [...html.matchAll(/<tr id="([^"]+)">\s*<td><code>([^<]+)<\/code><\/td>\s*<td>(.*?)<\/td>/g)];
    expect(rowIds.map(([, id, identifier]) => [id, identifier])).toEqual(
      catalog.map((entry) => [entry.docsAnchor, entry.identifier]),
    );
    for (const entry of catalog) expect(html).toContain(entry.identifier);
  });
});

it('loads every script, stylesheet and image from the site itself', () => {
  expect(htmlRoutes.length).toBeGreaterThanOrEqual(5);
  for (const route of htmlRoutes) {
    const html = readRoute(route);
    const resources = [...html.matchAll(/<(?:script|link|img)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map(([, url]) => url);
    expect(resources.length, route).toBeGreaterThan(0);
    expect(
      resources.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url ?? '')),
      route,
    ).toEqual([]);
    expect(html, route).not.toMatch(/from\s+["']https?:/);
  }
});

it('serves one Redoc script for both brands instead of inlining it', () => {
  const scripts = publishedBrands().map((brand) => {
    const html = readRoute(referenceRoute(brand));
    expect(html.length).toBeLessThan(1_000_000);
    return /import \{ hydrate \} from "([^"]+)"/.exec(html)?.[1];
  });
  expect(new Set(scripts).size).toBe(1);
  expect(scripts[0]).toMatch(/^\.\.\/assets\/redoc\.standalone\.[0-9a-f]{12}\.js$/);
});
