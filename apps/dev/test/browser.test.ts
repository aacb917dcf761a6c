import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { errorsRoute } from '@error-contract/docs/site-layout';
import { launchChromium, skipBrowserTests } from '@error-contract/docs/test/chromium';
import { publishedBrands } from '@error-contract/spec/workspace';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DevLoop, startDevLoop } from '../src/dev-loop.ts';
import { EVENTS_ROUTE, OVERLAY_ID } from '../src/live-reload.ts';
import { CATALOG_FILE, plainExplanation } from './support/explanation.ts';
import { copySpec, type SpecCopy } from './support/spec-copy.ts';

const [brand = 'idenfy'] = publishedBrands();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let copy: SpecCopy;
let loop: DevLoop;
let browser: Browser;
let page: Page;

/** Resolves when the page (re)opens its live-reload channel. */
const channelOpened = () =>
  page.waitForResponse((response) => response.url().endsWith(EVENTS_ROUTE), { timeout: 30_000 });

describe.skipIf(skipBrowserTests)('pnpm dev in Chromium', () => {
  beforeAll(async () => {
    copy = copySpec();
    loop = await startDevLoop({ root: copy.root, docsPort: 0, sandboxPort: 0, debounceMs: 50 });
    browser = await launchChromium();
    page = await browser.newPage();
    const opened = channelOpened();
    await page.goto(new URL(errorsRoute(brand), loop.docsUrl).href);
    await opened;
  });

  afterAll(async () => {
    await browser?.close();
    await loop?.close();
    copy?.discard();
  });

  test('the open errors page reloads by itself and shows the edited explanation', async () => {
    const { explanation } = plainExplanation(copy.root, brand);
    const edited = `${explanation.slice(0, -1)}, edited in the browser test.`;
    const reopened = channelOpened();
    copy.replace(CATALOG_FILE, `explanation: ${explanation}\n`, `explanation: ${edited}\n`);
    await page.waitForFunction((text) => (document.body.textContent ?? '').includes(text), edited, { timeout: 30_000 });
    await reopened;
  });

  test('a lint error shows the overlay over the last good page, each problem once and readable, and the fix removes it', async () => {
    const operation = 'paths/api_v2_status.yaml';
    const description = /^ {2}description: .*\n/m.exec(readFileSync(join(copy.root, 'spec', operation), 'utf8'))?.[0];
    if (!description) throw new Error(`${operation} has no operation description to remove.`);
    copy.replace(operation, description, '');
    const overlay = page.locator(`#${OVERLAY_ID}`);
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    // Locators reach into the overlay's shadow root.
    const problems = await overlay.locator('li').allInnerTexts();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^spec/${operation}:\\d+:\\d+\\s+#/\\S+/description\\n`));
    expect(problems[0]).toContain('operation-description');
    expect(await overlay.locator('.panel').textContent()).not.toMatch(/[╔║╚❌]|generate-ignore-file/);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string }> }> };
      };
      const results = await axe.run(document);
      return results.violations.map(({ id, impact }) => ({ id, impact }));
    });
    expect(violations.filter(({ impact }) => impact === 'serious' || impact === 'critical')).toEqual([]);

    copy.replace(operation, '  tags:\n', `${description}  tags:\n`);
    await overlay.waitFor({ state: 'detached', timeout: 30_000 });
  });
});
