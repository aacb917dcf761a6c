/**
 * What a reader downloads: each brand's reference as this site serves it (one shared, precompressed Redoc
 * script) side by side with plain `build-docs --inlineBundle` pages, served the same way, and each brand's error
 * handbook (no Redoc), in Chromium. Checks the targets: a handbook's first load ≤ 30 KB, a reference's first load
 * ≤ 30 % of the inline page. Run after `pnpm build`: `pnpm --filter @error-contract/docs bench`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRedocly } from '@error-contract/spec/redocly';
import { bundlePath, publishedBrands } from '@error-contract/spec/workspace';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { precompress } from '../src/precompress.ts';
import { handbookRoute, referenceRoute, siteDir } from '../src/site-layout.ts';
import { startSiteServer } from '../src/site-server.ts';
import { launchChromium } from '../test/support/chromium.ts';

interface Load {
  bytes: number;
  htmlBytes: number;
  scriptBytes: number;
  domContentLoaded: number;
  firstContentfulPaint: number;
  scriptEnd: number;
}

/** Loads a URL in a page of `context` and adds up the bytes Chromium received, per resource type. */
async function measure(context: BrowserContext, url: string, throttle = false): Promise<Load> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    // 8 Mbit/s and 40 ms round trips: slow enough to see paint happen before the script arrives.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: 1_000_000,
      uploadThroughput: 1_000_000,
    });
  }
  const types = new Map<string, string>();
  const load = { bytes: 0, htmlBytes: 0, scriptBytes: 0 };
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    load.bytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Document') load.htmlBytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') load.scriptBytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
    return {
      domContentLoaded: navigation.domContentLoadedEventEnd,
      firstContentfulPaint: paint?.startTime ?? Number.NaN,
      scriptEnd: Math.max(0, ...scripts.map((entry) => (entry as PerformanceResourceTiming).responseEnd)),
    };
  });
  await page.close();
  return { ...load, ...timing };
}

async function buildInlinePages(outDir: string): Promise<void> {
  for (const brand of publishedBrands()) {
    const output = join(outDir, referenceRoute(brand));
    const run = await runRedocly(['build-docs', bundlePath(brand, 'json'), '--inlineBundle', '--output', output]);
    if (!run.ok) throw new Error(run.output);
  }
  await precompress(outDir);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (value === 0 ? 'cached' : `${value.toFixed(0)} ms`);
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const HANDBOOK_TARGET_BYTES = 30 * 1024;
const REFERENCE_TARGET_SHARE = 0.3;

if (!existsSync(siteDir)) throw new Error('Build the site first: pnpm build');
const inlineDir = mkdtempSync(join(tmpdir(), 'docs-inline-'));
mkdirSync(inlineDir, { recursive: true });
await buildInlinePages(inlineDir);

const [site, inline] = await Promise.all([startSiteServer(), startSiteServer({ dir: inlineDir })]);
const browser = await launchChromium();
try {
  const brands = publishedBrands();
  const rows: string[][] = [];
  const targets: Array<{ what: string; measured: string; target: string; met: boolean }> = [];
  for (const [variant, server] of [
    ['this site', site],
    ['build-docs --inlineBundle', inline],
  ] as const) {
    for (const [index, brand] of brands.entries()) {
      const other = brands[(index + 1) % brands.length] ?? brand;
      const inlineRaw = statSync(join(inlineDir, referenceRoute(brand))).size;
      const context = await browser.newContext();
      const first = await measure(context, new URL(referenceRoute(brand), server.url).href);
      const repeat = await measure(context, new URL(referenceRoute(brand), server.url).href);
      const otherBrand = await measure(context, new URL(referenceRoute(other), server.url).href);
      await context.close();
      if (variant === 'this site') {
        targets.push({
          what: `${brand} reference, first load`,
          measured: pct(first.bytes, inlineRaw),
          target: `≤ ${100 * REFERENCE_TARGET_SHARE} % of the inline page`,
          met: first.bytes <= REFERENCE_TARGET_SHARE * inlineRaw,
        });
      }
      const slowContext = await browser.newContext();
      const slow = await measure(slowContext, new URL(referenceRoute(brand), server.url).href, true);
      await slowContext.close();
      rows.push([
        variant,
        brand,
        `${kb(first.bytes)} (${pct(first.bytes, inlineRaw)})`,
        `${kb(repeat.bytes)} (${pct(repeat.bytes, inlineRaw)})`,
        `${kb(otherBrand.bytes)} (${pct(otherBrand.bytes, inlineRaw)})`,
        kb(first.htmlBytes),
        kb(first.scriptBytes),
        ms(first.domContentLoaded),
        ms(first.firstContentfulPaint),
        `${ms(slow.firstContentfulPaint)} / ${ms(slow.scriptEnd)}`,
      ]);
    }
  }
  const header = [
    'variant',
    'brand',
    'first load (of inline raw)',
    'repeat load',
    'other brand after',
    'HTML',
    'script',
    'DOMContentLoaded',
    'FCP',
    'FCP / script end at 8 Mbit/s',
  ];
  console.log(
    `Inline page raw bytes: ${brands.map((brand) => `${brand} ${kb(statSync(join(inlineDir, referenceRoute(brand))).size)}`).join(', ')}`,
  );
  console.log([header, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n'));

  for (const brand of brands) {
    const context = await browser.newContext();
    const handbook = await measure(context, new URL(handbookRoute(brand), site.url).href);
    await context.close();
    targets.push({
      what: `${brand} handbook, first load (${kb(handbook.htmlBytes)} HTML, ${kb(handbook.scriptBytes)} script)`,
      measured: kb(handbook.bytes),
      target: `≤ ${kb(HANDBOOK_TARGET_BYTES)}`,
      met: handbook.bytes <= HANDBOOK_TARGET_BYTES,
    });
  }
  console.log('\n| page | measured | target | met |\n| --- | --- | --- | --- |');
  for (const { what, measured, target, met } of targets)
    console.log(`| ${what} | ${measured} | ${target} | ${met ? 'yes' : 'NO'} |`);
  if (targets.some((target) => !target.met)) process.exitCode = 1;
} finally {
  await browser.close();
  await Promise.all([site.close(), inline.close()]);
  rmSync(inlineDir, { recursive: true, force: true });
}
