/** Debian's Chromium driven by playwright-core, as apps/docs' browser tests launch it; skipped where it is absent (not in CI). */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const skipBrowserTests = !existsSync(chromiumPath) && process.env.CI !== 'true';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
