import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredBrands, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { renderErrorsPageBody } from '../src/errors-page.ts';
import { productName } from '../src/landing-page.ts';
import type { SearchDocument } from '../src/search.ts';
import {
  assetsRoute,
  brandSiteDir,
  handbookRoute,
  LANDING_ROUTE,
  llmsIndexRoute,
  llmsSiteRoute,
  referenceRoute,
  searchIndexRoute,
  searchRoute,
  siteDir,
} from '../src/site-layout.ts';

const readRoute = (route: string) => readFileSync(join(siteDir, route), 'utf8');
const htmlRoutes = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

it('has one folder per brand the spec declares, beside the shared assets', () => {
  const folders = readdirSync(siteDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  expect(folders.map((entry) => entry.name).sort()).toEqual(
    [assetsRoute, ...declaredBrands().map((brand) => brand.id)].sort(),
  );
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

describe.each(publishedBrands())("%s's own site", (brand) => {
  const dir = brandSiteDir(brand);
  const read = (route: string) => readFileSync(join(dir, route), 'utf8');
  const name = declaredBrands().find((declared) => declared.id === brand)?.name ?? '';

  it("holds the shared assets, the brand's folder and its own front page, search and llms.txt, at its root", () => {
    const root = readdirSync(dir, { withFileTypes: true });
    expect(
      root
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    ).toEqual([assetsRoute, brand].sort());
    for (const route of [LANDING_ROUTE, searchRoute, searchIndexRoute, llmsSiteRoute]) {
      expect(
        root.some((entry) => entry.name === route),
        route,
      ).toBe(true);
    }
  });

  it('has the same brand pages as the combined site', () => {
    const pages = readdirSync(join(siteDir, brand), { recursive: true, encoding: 'utf8' }).sort();
    expect(readdirSync(join(dir, brand), { recursive: true, encoding: 'utf8' }).sort()).toEqual(pages);
    expect(read(handbookRoute(brand))).toBe(readFileSync(join(siteDir, handbookRoute(brand)), 'utf8'));
  });

  it('names the brand alone on its front page, in its search index and in its llms.txt', () => {
    expect(read(LANDING_ROUTE)).toContain(`<h1>${productName([name])}</h1>`);
    const documents = JSON.parse(read(searchIndexRoute)) as SearchDocument[];
    expect(new Set(documents.map((doc) => doc.brandName))).toEqual(new Set([name]));
    expect(read(llmsSiteRoute)).toContain(`](${llmsIndexRoute(brand).replace(/llms\.txt$/, 'handbook.md')})`);
  });

  it("leads each page's header with the brand and its pages, and never with a bare bar", () => {
    for (const route of [LANDING_ROUTE, searchRoute, handbookRoute(brand), referenceRoute(brand)]) {
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(read(route))?.[0] ?? '';
      expect(header, route).toMatch(new RegExp(`<a href="[^"]*index\\.html" class="home"[^>]*>${name}</a>`));
      expect(header, route).toContain('handbook.html');
    }
  });
});

it("writes Redoc's prerendered menu links as the hash routes it follows, so they survive a reload anywhere", () => {
  for (const brand of publishedBrands()) {
    const html = readRoute(referenceRoute(brand));
    const links = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map(([, href]) => href ?? '');
    expect(
      links.filter((href) => href.startsWith('/')),
      brand,
    ).toEqual([]);
    expect(links.filter((href) => href.startsWith('#/')).length, brand).toBeGreaterThan(1);
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

describe('rendering an errors page', () => {
  const table = (cell: string) => `|Error identifier|Explanation|\n|---|---|\n|${cell}|Wrong HTTP method.|\n`;
  const cases: Array<[name: string, { given: string; want: string }]> = [
    [
      "keeps the page's anchor on the identifier",
      {
        given: table('<a id="METHOD_NOT_ALLOWED"></a>`METHOD_NOT_ALLOWED`'),
        want: '<td><a id="METHOD_NOT_ALLOWED"></a><code>METHOD_NOT_ALLOWED</code></td>',
      },
    ],
    [
      'turns a kramdown class line into the paragraph class',
      { given: '{: .important }\nA common error.\n', want: '<p class="important">A common error.</p>' },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    expect(renderErrorsPageBody(given)).toContain(want);
  });

  const refused: Array<[name: string, { given: string; want: string }]> = [
    ['a script', { given: 'Text <script>alert(1)</script>\n', want: 'found: <script>' }],
    [
      'a link',
      {
        given: table('<a href="https://elsewhere.example">x</a>'),
        want: 'found: <a href="https://elsewhere.example">',
      },
    ],
    ['an HTML block', { given: '<div id="x">\nText\n</div>\n', want: 'found: <div id="x">' }],
  ];

  it.each(refused)('refuses HTML other than anchors: %s', (_name, { given, want }) => {
    expect(() => renderErrorsPageBody(given)).toThrow(`The errors page may contain HTML anchors only, ${want}`);
  });
});

describe("the landing page's title", () => {
  const cases: Array<[name: string, { given: string[]; want: string }]> = [
    ['one brand', { given: ['iDenfy'], want: 'Standard API errors of the iDenfy identity-verification API' }],
    [
      'two brands',
      { given: ['iDenfy', 'Mark ID'], want: 'Standard API errors of the iDenfy and Mark ID identity-verification API' },
    ],
    [
      'three brands',
      { given: ['A', 'B', 'C'], want: 'Standard API errors of the A, B and C identity-verification API' },
    ],
  ];

  it.each(cases)('names %s', (_name, { given, want }) => {
    expect(productName(given)).toBe(want);
  });

  it('names every declared brand on the combined site', () => {
    expect(readRoute('index.html')).toContain(`<h1>${productName(declaredBrands().map((brand) => brand.name))}</h1>`);
  });
});
