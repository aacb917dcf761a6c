/**
 * Every page type of the site in Chromium: no foreign request and no console error, each handbook entry's anchor in
 * the viewport (with JavaScript on and off), axe-core with no serious or critical violation, the offline search,
 * the whole site under a sub-path as project Pages serve it, and one screenshot per page type.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDING_ROUTE } from '../src/landing-page.ts';
import {
  appDir,
  changelogRoute,
  errorsRoute,
  handbookRoute,
  referenceRoute,
  searchRoute,
  siteDir,
} from '../src/site-layout.ts';
import { type ServerProcess, startSiteServer } from '../src/site-server.ts';
import { browserSkipReason, launchChromium, skipBrowserTests, visit } from './support/chromium.ts';

const resultsDir = join(appDir, 'test-results');
const screenshotsDir = join(resultsDir, 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SUB_PATH = 'error-contract/';

type PageType = 'landing' | 'search' | 'handbook' | 'errors' | 'changelog' | 'reference';
const brandPages: Array<[PageType, (brand: string) => string]> = [
  ['handbook', handbookRoute],
  ['errors', errorsRoute],
  ['changelog', changelogRoute],
  ['reference', referenceRoute],
];
/** Every page of the site with its type. */
const pages: Array<{ type: PageType; route: string; brand?: string }> = [
  { type: 'landing', route: LANDING_ROUTE },
  { type: 'search', route: searchRoute },
  ...publishedBrands().flatMap((brand) => brandPages.map(([type, route]) => ({ type, route: route(brand), brand }))),
];

let server: ServerProcess;
let subPathServer: ServerProcess;
let subPathDir: string;
let browser: Browser;
const axeCounts: Record<string, { serious: number; critical: number }> = {};

beforeAll(async () => {
  if (skipBrowserTests) return;
  subPathDir = mkdtempSync(join(tmpdir(), 'docs-subpath-'));
  cpSync(siteDir, join(subPathDir, SUB_PATH), { recursive: true });
  [server, subPathServer] = await Promise.all([startSiteServer(), startSiteServer({ dir: subPathDir })]);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), subPathServer?.close()]);
  if (subPathDir) rmSync(subPathDir, { recursive: true, force: true });
  if (Object.keys(axeCounts).length > 0) {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'axe.json'), `${JSON.stringify(axeCounts, null, 2)}\n`);
  }
});

/** Opens a URL in a fresh page of `context`, or of the browser. */
const open = (url: string, context?: BrowserContext) => visit(context ?? browser, url);

/** Where an element with `id` is, against the viewport. */
function boxOf(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top, bottom, viewport: window.innerHeight };
  });
}

describe.skipIf(skipBrowserTests)(
  `every page type in Chromium${skipBrowserTests ? ` (${browserSkipReason})` : ''}`,
  () => {
    it.each(pages.map((entry) => [entry.route, entry] as const))(
      '%s loads from the site only, with no console error, and axe finds no serious or critical violation',
      async (route, { type, brand }) => {
        // The search page is checked, and shown, with results.
        const query = type === 'search' ? '?q=token' : '';
        const { page, consoleProblems, foreignRequests } = await open(new URL(`${route}${query}`, server.url).href);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
              };
            }
          ).axe;
          const results = await axe.run(document);
          return results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
        });
        const serious = violations.filter((violation) => violation.impact === 'serious');
        const critical = violations.filter((violation) => violation.impact === 'critical');
        axeCounts[route] = { serious: serious.length, critical: critical.length };
        if (brand === publishedBrands()[0] || !brand) {
          mkdirSync(screenshotsDir, { recursive: true });
          await page.screenshot({ path: join(screenshotsDir, `${type}.png`), fullPage: type !== 'reference' });
        }
        expect({ consoleProblems, foreignRequests }).toEqual({ consoleProblems: [], foreignRequests: [] });
        expect([...serious, ...critical], `${route}: axe`).toEqual([]);
        await page.close();
      },
    );

    describe.each(publishedBrands())('%s', (brand) => {
      const catalog = catalogOf(loadBundle(brand));

      it.each(catalog.map((entry) => [entry.identifier, entry.docsAnchor] as const))(
        "scrolls %s's handbook entry into view",
        async (_identifier, anchor) => {
          const { page } = await open(new URL(`${handbookRoute(brand)}#${anchor}`, server.url).href);
          const box = await boxOf(page, anchor);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(box.viewport);
          await page.close();
        },
      );

      it('serves the handbook whole with JavaScript off: every entry, and the anchors still land', async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const last = catalog.at(-1)?.docsAnchor ?? '';
        const { page, consoleProblems } = await open(
          new URL(`${handbookRoute(brand)}#${last}`, server.url).href,
          context,
        );
        await expect(
          page.locator('h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id)),
        ).resolves.toEqual(catalog.map((entry) => entry.docsAnchor));
        const box = await boxOf(page, last);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        expect(consoleProblems).toEqual([]);
        await context.close();
      });

      it("links each identifier of the reference's enum and 400 examples to its handbook entry", async () => {
        const bundle = loadBundle(brand);
        const { page } = await open(new URL(referenceRoute(brand), server.url).href);
        await page.getByText('Verification tokens').first().click();
        await page.getByText('Create a verification token').first().click();
        await page.getByText('400', { exact: true }).first().click();
        const links = await page
          .locator('a[href*="#"]')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        for (const entry of catalog) {
          expect(links).toContain(errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor));
        }
        await page.close();
      });

      it("takes a reader from the errors page's row to the handbook entry", async () => {
        const entry = catalog.find((candidate) => candidate.identifier === 'TOKEN_NOT_VALID') ?? catalog[0];
        const { page } = await open(new URL(errorsRoute(brand), server.url).href);
        await page.locator(`tr:has([id="${entry?.docsAnchor}"]) a[href]`).click();
        await page.waitForURL(`**/${handbookRoute(brand)}#${entry?.docsAnchor}`);
        const box = await boxOf(page, entry?.docsAnchor ?? '');
        expect(box.top).toBeGreaterThanOrEqual(0);
        await page.close();
      });
    });

    const searches: Array<[name: string, { given: string; want: string[] }]> = [
      [
        'an identifier',
        { given: 'TOKEN_NOT_VALID', want: publishedBrands().map((brand) => `${handbookRoute(brand)}#TOKEN_NOT_VALID`) },
      ],
      [
        'a word of an explanation',
        { given: 'malformed', want: publishedBrands().map((brand) => `${handbookRoute(brand)}#JSON_ERROR`) },
      ],
      [
        'a word of a fix only one brand has',
        { given: 'dashboard', want: [`${handbookRoute('markid')}#PERMISSIONS_ERROR`] },
      ],
    ];

    it.each(searches)('finds the entries for %s with the offline search', async (_name, { given, want }) => {
      const { page, foreignRequests } = await open(
        new URL(`${searchRoute}?q=${encodeURIComponent(given)}`, server.url).href,
      );
      await page
        .locator('#search-status')
        .filter({ hasText: /result/ })
        .waitFor();
      const found = await page
        .locator('#search-results a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(found).toEqual(want);
      expect(foreignRequests).toEqual([]);
      await page.close();
    });

    it(`works under a sub-path (/${SUB_PATH}): every page loads, and every link on it resolves`, async () => {
      const base = new URL(SUB_PATH, subPathServer.url).href;
      const broken: string[] = [];
      for (const { route, type } of pages) {
        const { page, consoleProblems, foreignRequests } = await open(new URL(route, base).href);
        expect({ route, consoleProblems, foreignRequests }).toEqual({
          route,
          consoleProblems: [],
          foreignRequests: [],
        });
        // Redoc's own menu links are routes of its in-page router, not files; the reference is checked for its resources.
        const selector = type === 'reference' ? 'link[href], script[src]' : 'a[href], link[href], script[src]';
        const targets = await page
          .locator(selector)
          .evaluateAll((elements) =>
            elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src),
          );
        for (const target of new Set(targets.map((url) => url.split('#')[0] ?? url))) {
          if (!target.startsWith(new URL(subPathServer.url).origin)) continue;
          const response = await page.request.get(target);
          if (!response.ok() || !target.startsWith(base)) broken.push(`${route} → ${target} (${response.status()})`);
        }
        await page.close();
      }
      expect(broken).toEqual([]);
    });
  },
);
