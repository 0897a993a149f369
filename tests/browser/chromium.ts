// Debian's Chromium for browser tests: whether it is here, whether it must be, and how to launch it.
import { existsSync } from 'node:fs';
import path from 'node:path';
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

/** The built client the browser suites serve: `dist/`, or CLIENT_DIST when a build lives elsewhere. */
export function builtClientDir(): string {
  const dir = path.resolve(process.env.CLIENT_DIST ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`the built client is missing (${dir}/index.html); run \`npx vite build\` or the test suite's global setup`);
  }
  return dir;
}
