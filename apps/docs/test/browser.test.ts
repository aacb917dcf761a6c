import { operationsOf } from '@error-contract/spec/bundle';
import { canReturn, catalogOf } from '@error-contract/spec/catalog';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { errorsRoute, LANDING_ROUTE, referenceRoute } from '../src/site-layout.ts';
import { type ServerProcess, startSiteServer } from '../src/site-server.ts';
import { browserSkipReason, launchChromium, redocMenu, skipBrowserTests, visit, WIDE } from './support/chromium.ts';

let server: ServerProcess;
let browser: Browser;
/** One context for every page: no test here depends on a fresh one's empty storage or cache. */
let context: BrowserContext;

beforeAll(async () => {
  if (skipBrowserTests) return;
  server = await startSiteServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: WIDE });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a route of the served site in a fresh page. */
const visitRoute = (route: string) => visit(context, new URL(route, server.url).href);

// Each test opens its own pages, so they run side by side.
describe
  .skipIf(skipBrowserTests)
  .concurrent(`the docs site in Chromium${skipBrowserTests ? ` (${browserSkipReason})` : ''}`, () => {
    it("links every brand from the combined site's landing page", async ({ expect }) => {
      const { page, consoleProblems, foreignRequests } = await visitRoute(LANDING_ROUTE);
      for (const brand of publishedBrands()) {
        await expect(page.locator(`a[href="${errorsRoute(brand)}"]`).count()).resolves.toBe(1);
        await expect(page.locator(`a[href="${referenceRoute(brand)}"]`).count()).resolves.toBe(1);
      }
      expect({ consoleProblems, foreignRequests }).toEqual({ consoleProblems: [], foreignRequests: [] });
      await page.close();
    });

    describe.each(publishedBrands())('%s', (brand) => {
      const catalog = catalogOf(loadBundle(brand));

      it('shows every identifier with its explanation on the errors page, from the local server only', async ({
        expect,
      }) => {
        const { page, consoleProblems, foreignRequests } = await visitRoute(errorsRoute(brand));
        const rows = await page.locator('tr:has(a[id])').evaluateAll((elements) =>
          elements.map((row) =>
            // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is tested
            [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim()),
          ),
        );
        expect(rows).toEqual(catalog.map((entry) => [entry.identifier, entry.explanation.replaceAll('*', '')]));
        expect(rows.some(([identifier]) => identifier === 'PERMISSIONS_ERROR')).toBe(brand === 'markid');
        expect({ consoleProblems, foreignRequests }).toEqual({ consoleProblems: [], foreignRequests: [] });
        await page.close();
      });

      it('scrolls the TOKEN_NOT_VALID deep link into view', async ({ expect }) => {
        const anchor = catalog.find((entry) => entry.identifier === 'TOKEN_NOT_VALID')?.docsAnchor;
        const { page } = await visitRoute(`${errorsRoute(brand)}#${anchor}`);
        const box = await page.locator(`[id="${anchor}"]`).evaluate((row) => {
          const { top, bottom } = row.getBoundingClientRect();
          return { top, bottom, viewport: window.innerHeight, scrolled: window.scrollY };
        });
        expect(box.scrolled).toBeGreaterThan(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        await page.close();
      });

      it('renders the reference with the identifier enum and its explanations, from the local server only', async ({
        expect,
      }) => {
        const { page, consoleProblems, foreignRequests } = await visitRoute(referenceRoute(brand));
        await redocMenu(page).getByText('Verification tokens').click();
        await redocMenu(page).getByText('Create a verification token').click();
        await page.getByText('400', { exact: true }).first().click();
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is tested
        const text = await page.locator('body').innerText();
        for (const entry of catalog) {
          expect(text).toContain(entry.identifier);
          expect(text).toContain(entry.explanation.replaceAll('*', ''));
        }
        expect({ consoleProblems, foreignRequests }).toEqual({ consoleProblems: [], foreignRequests: [] });
        await page.close();
      });

      // One test per operation, each a fresh page of the reference: they run side by side.
      it.for(operationsOf(loadBundle(brand)).map((operation) => [operation.operationId, operation] as const))(
        "lists, in %s's 400 examples, exactly the identifiers the catalog says it can return",
        async ([operationId, operation], { expect }) => {
          const identifiers = catalog.map((entry) => entry.identifier);
          const returnable = catalog.filter((entry) => canReturn(entry, operationId)).map((entry) => entry.identifier);
          const { page } = await visitRoute(referenceRoute(brand));
          await redocMenu(page)
            .getByText(String((operation.tags as string[])[0]))
            .click();
          await redocMenu(page).getByText(String(operation.summary)).click();
          // Redoc's section of an operation: `<tag>/<operationid>`, lower-cased.
          const section = page.locator(`[id$="/${operationId.toLowerCase()}"]`);
          await section.getByRole('tab', { name: '400', exact: true }).click();
          // The example dropdown opens its menu outside the section; only the open menu is visible.
          await section.getByRole('button', { name: 'Example', exact: true }).click();
          await page.getByRole('menuitem').filter({ visible: true }).first().waitFor();
          const shown = (await page.getByRole('menuitem').filter({ visible: true }).allInnerTexts()).map((text) =>
            text.trim(),
          );
          expect(
            shown.filter((text) => identifiers.includes(text)),
            operationId,
          ).toEqual(returnable);
          await page.close();
        },
      );

      it("finds TOKEN_NOT_VALID with the reference's search", async ({ expect }) => {
        const { page } = await visitRoute(referenceRoute(brand));
        await page.getByText('Search', { exact: false }).first().click();
        await page.getByPlaceholder('Search docs...').fill('TOKEN_NOT_VALID');
        const firstResult = page.getByTestId('search-dialog').getByText('TOKEN_NOT_VALID').first();
        await firstResult.waitFor({ timeout: 10_000 });
        await expect(firstResult.isVisible()).resolves.toBe(true);
        await page.close();
      });
    });
  });
