import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredBrands, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { renderErrorsPageBody } from '../src/errors-page.ts';
import { productName } from '../src/landing-page.ts';
import { assetsRoute, referenceRoute, siteDir } from '../src/site-layout.ts';

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

  it('names every declared brand', () => {
    expect(readRoute('index.html')).toContain(`<h1>${productName(declaredBrands().map((brand) => brand.name))}</h1>`);
  });
});
