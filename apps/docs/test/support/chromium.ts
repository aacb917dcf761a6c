/**
 * Debian's Chromium, driven by playwright-core. Where it is not installed the browser tests skip, except
 * in CI (CI=true), where .ci/run installs it and its absence is a failure. Then how a test opens a page of the site,
 * and when that page has rendered.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const skipBrowserTests = !existsSync(chromiumPath) && process.env.CI !== 'true';
export const browserSkipReason = `skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The desktop viewport the tests read pages at. */
export const WIDE = { width: 1280, height: 900 };

export interface Visit {
  page: Page;
  /** Console errors and warnings, and uncaught page errors. */
  consoleProblems: string[];
  /** Requests to an origin other than the page's (blob: and data: URLs aside). */
  foreignRequests: string[];
}

/**
 * Opens `url` in a fresh page of `opener` (a browser or a context), recording console problems and foreign requests,
 * and returns once the page shows what a reader sees (`rendered`).
 */
export async function visit(opener: Browser | BrowserContext, url: string): Promise<Visit> {
  const page = await opener.newPage({ viewport: WIDE });
  const consoleProblems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'blob:' && target.protocol !== 'data:' && target.origin !== origin)
      foreignRequests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await rendered(page);
  return { page, consoleProblems, foreignRequests };
}

/**
 * Redoc's sidebar menu. Its panels repeat the names of tags and operations (a tag's description may contain an
 * operation's summary), so a test that goes through the menu clicks there.
 */
export const redocMenu = (page: Page) => page.locator('[data-component-name="Menu/Menu"]');

/**
 * Resolves once a loaded page shows what its scripts render after the load event. The site's own script is deferred,
 * so it has run by then, except for the search page's results, which wait for the index it fetches: with a query,
 * the status line counts them once they are shown. Redoc hydrates the pre-rendered reference after load and only then
 * renders the section of each tag, with an `h2` heading. Network idle (no request for 500 ms) is no such sign: it
 * costs half a second on every page, and comes before Redoc has rendered.
 */
export async function rendered(page: Page): Promise<void> {
  const query = new URL(page.url()).searchParams.get('q')?.trim();
  const searchStatus = page.locator('#search-status');
  if (query && (await searchStatus.count()) > 0) await searchStatus.filter({ hasText: /\S/ }).waitFor();
  if ((await page.locator('#redoc').count()) > 0) await page.locator('#redoc h2').first().waitFor();
}
