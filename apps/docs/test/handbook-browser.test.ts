/**
 * Every page type of each brand's own site in Chromium, as the brand deploys it (at its root), in the light and the
 * dark colour scheme: no foreign request and no console error, axe-core with no serious or critical violation, the
 * header on one line at 1280 px and no bar without a link, and screenshots at 1280 px and 375 px. Then the handbook
 * as a reader uses it (the list of identifiers, anchors followed in the page and on load, with script on and off,
 * copy buttons, `/` to search), the search's results, Redoc's menu links after a reload, and the combined site under a
 * sub-path, every link resolving.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { declaredBrands, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appDir,
  brandSiteDir,
  changelogRoute,
  errorsRoute,
  handbookRoute,
  LANDING_ROUTE,
  referenceRoute,
  searchRoute,
  siteDir,
} from '../src/site-layout.ts';
import { type ServerProcess, startSiteServer } from '../src/site-server.ts';
import {
  browserSkipReason,
  launchChromium,
  redocMenu,
  rendered,
  skipBrowserTests,
  visit,
  WIDE,
} from './support/chromium.ts';
import { publishedSnippets } from './support/published-snippets.ts';

const resultsDir = join(appDir, 'test-results');
const screenshotsDir = join(resultsDir, 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SUB_PATH = 'error-contract/';
const PHONE = { width: 375, height: 812 };
const brands = publishedBrands();
const names = new Map(declaredBrands().map((brand) => [brand.id, brand.name]));

/** Every page type of a brand's site, by its route there. */
const pageTypes: Array<[type: string, route: (brand: string) => string]> = [
  ['landing', () => LANDING_ROUTE],
  ['search', () => `${searchRoute}?q=token`],
  ['handbook', handbookRoute],
  ['errors', errorsRoute],
  ['changelog', changelogRoute],
  ['reference', referenceRoute],
];
const schemes = ['light', 'dark'] as const;

let browser: Browser;
/**
 * A context per colour scheme, 1280 px wide, in which each test opens its own pages: none depends on a fresh context's
 * empty cache or storage. The light one is the reader's; a test that needs other settings (script off, the clipboard
 * granted) opens a context of its own.
 */
const contexts = {} as Record<(typeof schemes)[number], BrowserContext>;
/** Each brand's own site, served at its root. */
const brandServers = new Map<string, ServerProcess>();
/** The combined site, served under a sub-path as project Pages serve it. */
let subPathServer: ServerProcess;
let subPathDir: string;
const axeCounts: Record<string, { serious: number; critical: number }> = {};

beforeAll(async () => {
  if (skipBrowserTests) return;
  subPathDir = mkdtempSync(join(tmpdir(), 'docs-subpath-'));
  cpSync(siteDir, join(subPathDir, SUB_PATH), { recursive: true });
  const servers = await Promise.all([
    startSiteServer({ dir: subPathDir }),
    ...brands.map((brand) => startSiteServer({ dir: brandSiteDir(brand) })),
  ]);
  subPathServer = servers[0] as ServerProcess;
  for (const [index, brand] of brands.entries()) brandServers.set(brand, servers[index + 1] as ServerProcess);
  browser = await launchChromium();
  for (const scheme of schemes) contexts[scheme] = await browser.newContext({ colorScheme: scheme, viewport: WIDE });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([subPathServer?.close(), ...[...brandServers.values()].map((server) => server.close())]);
  if (subPathDir) rmSync(subPathDir, { recursive: true, force: true });
  if (Object.keys(axeCounts).length > 0) {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'axe.json'), `${JSON.stringify(axeCounts, null, 2)}\n`);
  }
});

/** The reader's context: the light colour scheme, 1280 px wide. */
const reader = () => contexts.light;

/** The URL of a route on a brand's own site. */
const urlOf = (brand: string, route: string) => new URL(route, brandServers.get(brand)?.url).href;

/** Where an element with `id` is, against the viewport. */
function boxOf(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top, bottom, viewport: window.innerHeight };
  });
}

type Violation = { id: string; impact: string; nodes: number };
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
      };
    };
    const results = await axe.run(document);
    return results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
  });
}

/** The header's layout: how many rows its items take, and the bars (header, nav) that hold no link or field. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.site-header a, .site-header input')]
      .map((item) => item.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    // A new row starts below the bottom of the row above it.
    let rows = 0;
    let rowBottom = Number.NEGATIVE_INFINITY;
    for (const box of boxes) {
      if (box.top >= rowBottom) rows += 1;
      rowBottom = rows > 0 && box.top >= rowBottom ? box.bottom : Math.max(rowBottom, box.bottom);
    }
    const bars = [...document.querySelectorAll('header, nav')].filter((bar) => bar.getBoundingClientRect().height > 0);
    const empty = bars
      .filter((bar) => bar.querySelector('a, input, button') === null)
      .map((bar) => bar.outerHTML.slice(0, 80));
    return { rows, empty };
  });
}

describe.skipIf(skipBrowserTests)(
  `each brand's site in Chromium${skipBrowserTests ? ` (${browserSkipReason})` : ''}`,
  () => {
    const cases = brands.flatMap((brand) =>
      pageTypes.flatMap(([type, route]) =>
        schemes.map(
          (scheme) => [`${brand} ${type} (${scheme})`, { brand, type, route: route(brand), scheme }] as const,
        ),
      ),
    );

    it.concurrent.for(cases)(
      '%s: loads from the site only, without console errors, with no serious or critical axe violation, the header on one line',
      async ([_name, { brand, type, route, scheme }], { expect }) => {
        const { page, consoleProblems, foreignRequests } = await visit(contexts[scheme], urlOf(brand, route));
        const violations = await axeViolations(page);
        const serious = violations.filter(
          (violation) => violation.impact === 'serious' || violation.impact === 'critical',
        );
        axeCounts[`${brand}/${route} (${scheme})`] = {
          serious: violations.filter((violation) => violation.impact === 'serious').length,
          critical: violations.filter((violation) => violation.impact === 'critical').length,
        };
        const layout = await headerLayout(page);
        mkdirSync(screenshotsDir, { recursive: true });
        await page.screenshot({ path: join(screenshotsDir, `${brand}-${type}-1280-${scheme}.png`) });
        await page.setViewportSize(PHONE);
        await page.screenshot({ path: join(screenshotsDir, `${brand}-${type}-375-${scheme}.png`) });
        await page.close();
        expect({ consoleProblems, foreignRequests }).toEqual({ consoleProblems: [], foreignRequests: [] });
        expect(serious, `${brand}/${route} (${scheme}): axe`).toEqual([]);
        expect(layout).toEqual({ rows: 1, empty: [] });
      },
    );

    // A test that opens its own pages runs beside the others (`it.concurrent`); the anchor tests share one page, and
    // the copy tests the browser's one clipboard, so they run in turn, and the brands one after the other.
    describe.each(brands)('%s handbook', (brand) => {
      const catalog = catalogOf(loadBundle(brand));
      const handbook = () => urlOf(brand, handbookRoute(brand));
      const last = catalog.at(-1);

      /** Where the script marks the entry being read: the href of the list's marked link. */
      const markedIn = (page: Page) => page.locator('.toc a[aria-current]').getAttribute('href');

      /** One page of the handbook, which the anchor tests take from entry to entry without reloading it. */
      let handbookPage: Page;
      beforeAll(async () => {
        handbookPage = (await visit(reader(), handbook())).page;
      });
      afterAll(() => handbookPage?.close());

      // In turn, on the one page: a reader following a link to the entry from within the handbook.
      it.for(catalog.map((entry) => [entry.identifier, entry.docsAnchor] as const))(
        "scrolls %s's entry into view and marks it in the list of identifiers",
        async ([_identifier, anchor], { expect }) => {
          await handbookPage.goto(`${handbook()}#${anchor}`);
          // The script marks the entry on the hashchange, and again in the frame after the scroll.
          await expect.poll(() => markedIn(handbookPage)).toBe(`#${anchor}`);
          const box = await boxOf(handbookPage, anchor);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        },
      );

      it.concurrent(`scrolls a deep link's entry into view on load and marks it in the list of identifiers (${last?.identifier})`, async ({
        expect,
      }) => {
        const anchor = last?.docsAnchor ?? '';
        const { page } = await visit(reader(), `${handbook()}#${anchor}`);
        // The script marks the entry on the scroll to it, in the frame after load at the latest.
        await expect.poll(() => markedIn(page)).toBe(`#${anchor}`);
        const box = await boxOf(page, anchor);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        await page.close();
      });

      it.concurrent('works with JavaScript off: every entry, the list beside them, anchors that land, the linked entry marked', async ({
        expect,
      }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: WIDE });
        const anchor = last?.docsAnchor ?? '';
        const { page, consoleProblems } = await visit(context, `${handbook()}#${anchor}`);
        await expect(
          page.locator('main h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id)),
        ).resolves.toEqual(catalog.map((entry) => entry.docsAnchor));
        const box = await boxOf(page, anchor);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        const weightOf = (anchor: string) =>
          page.locator(`.toc a[href="#${anchor}"]`).evaluate((link) => getComputedStyle(link).fontWeight);
        await expect(page.locator('.toc a').filter({ visible: true }).count()).resolves.toBe(catalog.length);
        await expect(weightOf(anchor)).resolves.toBe('600');
        await expect(weightOf(catalog[0]?.docsAnchor ?? '')).resolves.not.toBe('600');
        expect(consoleProblems).toEqual([]);
        await context.close();
      });

      it.concurrent('keeps the list of identifiers in view at 1280 px as the reader scrolls, marking the entry being read', async ({
        expect,
      }) => {
        const { page } = await visit(reader(), handbook());
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        // The script marks the entry in the frame after the scroll.
        await expect.poll(() => markedIn(page)).toBe(`#${last?.docsAnchor}`);
        const toc = await page.locator('.toc').evaluate((element) => element.getBoundingClientRect().top);
        expect(toc).toBeGreaterThanOrEqual(0);
        expect(toc).toBeLessThan(50);
        await page.close();
      });

      it.concurrent('folds the list at 375 px, opens it on a tap, and takes the reader to the entry', async ({
        expect,
      }) => {
        const page = await reader().newPage();
        await page.setViewportSize(PHONE);
        await page.goto(handbook(), { waitUntil: 'load' });
        const entry = catalog[3] ?? catalog[0];
        const link = page.locator(`.toc a[href="#${entry?.docsAnchor}"]`);
        await expect(link.isVisible()).resolves.toBe(false);
        await page.locator('.toc summary').click();
        await link.click();
        await page.waitForURL(`**#${entry?.docsAnchor}`);
        const box = await boxOf(page, entry?.docsAnchor ?? '');
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeLessThan(box.viewport);
        await page.close();
      });

      it('copies a "Reproduce it" script with its copy button, exactly as shown', async () => {
        const context = await browser.newContext({ viewport: WIDE });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: brandServers.get(brand)?.url });
        const entry = catalog.find((candidate) => candidate.identifier === 'ENCODING_ERROR') ?? catalog[0];
        const { page } = await visit(context, `${handbook()}#${entry?.docsAnchor}`);
        const section = page.locator(`h2[id="${entry?.docsAnchor}"] ~ .code-block:has(code.language-sh)`).first();
        await section.getByRole('button', { name: 'Copy' }).click();
        // The label changes once the clipboard has taken the text, which may be after the click returns.
        await section.getByRole('button', { name: 'Copied' }).waitFor({ timeout: 10_000 });
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.trimEnd()).toBe(publishedSnippets(brand).get(entry?.docsAnchor ?? '')?.reproduce);
        await context.close();
      });

      it.concurrent('focuses the search box on /, and searches from it', async ({ expect }) => {
        const { page } = await visit(reader(), handbook());
        await page.keyboard.press('/');
        await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
        await page.keyboard.type('TOKEN_NOT_VALID');
        await page.keyboard.press('Enter');
        await page.locator('#search-results a').first().waitFor();
        await expect(page.locator('#search-results a').first().getAttribute('href')).resolves.toBe(
          `${handbookRoute(brand)}#TOKEN_NOT_VALID`,
        );
        await page.close();
      });

      it.concurrent("takes a reader from the errors page's row to the handbook entry", async ({ expect }) => {
        const entry = catalog.find((candidate) => candidate.identifier === 'TOKEN_NOT_VALID') ?? catalog[0];
        const { page } = await visit(reader(), urlOf(brand, errorsRoute(brand)));
        await page.locator(`tr:has([id="${entry?.docsAnchor}"]) a[href]`).click();
        await page.waitForURL(`**/${handbookRoute(brand)}#${entry?.docsAnchor}`);
        const box = await boxOf(page, entry?.docsAnchor ?? '');
        expect(box.top).toBeGreaterThanOrEqual(0);
        await page.close();
      });

      it.concurrent("links each identifier of the reference's enum and 400 examples to its handbook entry", async ({
        expect,
      }) => {
        const bundle = loadBundle(brand);
        const { page } = await visit(reader(), urlOf(brand, referenceRoute(brand)));
        await redocMenu(page).getByText('Verification tokens').click();
        await redocMenu(page).getByText('Create a verification token').click();
        await page.getByText('400', { exact: true }).first().click();
        const links = await page
          .locator('a[href*="#"]')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        for (const entry of catalog) {
          expect(links).toContain(errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor));
        }
        await page.close();
      });
    });

    /**
     * Redoc's menu links (the sidebar's: the panels beside it link operations too), opened as a reader reopens them: a
     * fresh page on the link's URL, then a reload. Returns the links, and those that broke.
     */
    async function menuLinksSurviveReload(referenceUrl: string): Promise<{ hrefs: string[]; broken: string[] }> {
      const { page } = await visit(reader(), referenceUrl);
      const hrefs = await redocMenu(page)
        .locator('a[href^="#/"]')
        .evaluateAll((links) => [...new Set(links.map((link) => (link as HTMLAnchorElement).href))]);
      await page.close();
      const broken: string[] = [];
      for (const href of hrefs) {
        const opened = await visit(reader(), href);
        const response = await opened.page.reload({ waitUntil: 'load' });
        await rendered(opened.page);
        const route = new URL(href).hash.slice(1);
        const active = await opened.page
          .locator(`a[href="#${route}"]`)
          .first()
          .isVisible()
          .catch(() => false);
        if (!response?.ok() || !active || opened.consoleProblems.length > 0) {
          broken.push(`${href} (${response?.status()}, ${opened.consoleProblems.join('; ')})`);
        }
        await opened.page.close();
      }
      return { hrefs, broken };
    }

    it.concurrent(`keeps Redoc's menu links after a reload, at a brand site's root (${brands[0]})`, async ({
      expect,
    }) => {
      const brand = brands[0] ?? '';
      const { hrefs, broken } = await menuLinksSurviveReload(urlOf(brand, referenceRoute(brand)));
      expect(hrefs.length).toBeGreaterThan(1);
      expect(broken).toEqual([]);
    });

    it.concurrent(`keeps Redoc's menu links after a reload under a sub-path (/${SUB_PATH}, ${brands.at(-1)})`, async ({
      expect,
    }) => {
      const base = new URL(SUB_PATH, subPathServer.url).href;
      const { hrefs, broken } = await menuLinksSurviveReload(new URL(referenceRoute(brands.at(-1) ?? ''), base).href);
      expect(hrefs.length).toBeGreaterThan(1);
      expect(broken).toEqual([]);
    });

    const searches: Array<[name: string, { given: string; want: Array<[route: string, brand: string]> }]> = [
      [
        'an identifier',
        {
          given: 'TOKEN_NOT_VALID',
          want: brands.map((brand) => [`${handbookRoute(brand)}#TOKEN_NOT_VALID`, names.get(brand) ?? '']),
        },
      ],
      [
        'a word of an explanation',
        {
          given: 'malformed',
          want: brands.map((brand) => [`${handbookRoute(brand)}#JSON_ERROR`, names.get(brand) ?? '']),
        },
      ],
      [
        'a word of a fix only one brand has',
        { given: 'dashboard', want: [[`${handbookRoute('markid')}#PERMISSIONS_ERROR`, names.get('markid') ?? '']] },
      ],
    ];

    it.concurrent.for(searches)(
      'finds the entries for %s on the combined site, each with its brand name and the term marked',
      async ([_name, { given, want }], { expect }) => {
        const base = new URL(SUB_PATH, subPathServer.url).href;
        const { page, foreignRequests } = await visit(
          reader(),
          new URL(`${searchRoute}?q=${encodeURIComponent(given)}`, base).href,
        );
        await page
          .locator('#search-status')
          .filter({ hasText: /result/ })
          .waitFor();
        const found = await page.locator('#search-results li').evaluateAll((items) =>
          items.map((item) => ({
            route: item.querySelector('a')?.getAttribute('href'),
            brand: item.querySelector('.brand')?.textContent,
            marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase()),
          })),
        );
        expect(found.map(({ route, brand }) => [route, brand])).toEqual(want);
        for (const { marked } of found) expect(marked).toContain(given.toLowerCase());
        expect(foreignRequests).toEqual([]);
        await page.close();
      },
    );

    it.concurrent(`serves the combined site under a sub-path (/${SUB_PATH}): every page loads, and every link on it resolves`, async ({
      expect,
    }) => {
      const base = new URL(SUB_PATH, subPathServer.url).href;
      const routes = [
        LANDING_ROUTE,
        // With a query, so that the page is checked once its script has fetched the index and shown the results.
        `${searchRoute}?q=token`,
        ...brands.flatMap((brand) => pageTypes.slice(2).map(([, route]) => route(brand))),
      ];
      const broken: string[] = [];
      for (const route of routes) {
        const { page, consoleProblems, foreignRequests } = await visit(reader(), new URL(route, base).href);
        expect({ route, consoleProblems, foreignRequests }).toEqual({
          route,
          consoleProblems: [],
          foreignRequests: [],
        });
        const targets = await page
          .locator('a[href], link[href], script[src]')
          .evaluateAll((elements) =>
            elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src),
          );
        const local = [...new Set(targets.map((url) => url.split('#')[0] ?? url))].filter((target) =>
          target.startsWith(new URL(subPathServer.url).origin),
        );
        const responses = await Promise.all(local.map((target) => page.request.get(target)));
        for (const [index, response] of responses.entries()) {
          const target = local[index] ?? '';
          if (!response.ok() || !target.startsWith(base)) broken.push(`${route} → ${target} (${response.status()})`);
        }
        await page.close();
      }
      expect(broken).toEqual([]);
    });
  },
);
