// Debian's Chromium for browser tests: whether it is here, whether it must be, and how to launch it.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM_PATH);
/** CI sets REQUIRE_CHROMIUM=1 so a missing browser fails the suite instead of skipping it. */
export const chromiumRequired = process.env.REQUIRE_CHROMIUM === '1';
export const skipBrowserTests = !chromiumPresent && !chromiumRequired;
export const SKIP_REASON = `skipped: ${CHROMIUM_PATH} not found (apt-get install chromium)`;

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPresent) throw new Error(`REQUIRE_CHROMIUM=1 but ${CHROMIUM_PATH} is missing; install it with apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
