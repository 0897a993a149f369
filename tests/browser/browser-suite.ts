// One browser suite's world: Debian's Chromium and a real server serving the built client, started
// before the suite and closed after it, signed-in pages in a given language and size, and
// screenshots kept together in one folder under the system's temp directory.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer, type TestServerOptions } from '../helpers/test-server.ts';
import { builtClientDir, launchChromium } from './chromium.ts';
import { openAs, type PageLook } from './deal-steps.ts';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1360, height: 900 };

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in its own context, signed in as `user`; closed with the suite. */
  page(user: TestUser, look?: PageLook): Promise<Page>;
  /** Saves what the page shows as `<name>.png` (the viewport, or the whole page). */
  shot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
}

export interface BrowserSuiteOptions {
  /** How the server starts (a store prepared beforehand, limits, …); the built client is always served. */
  server?: () => Promise<TestServerOptions>;
}

/** Registers the suite's start and end hooks; call it at the top of a describe block. */
export function browserSuite(shotsFolder: string, options: BrowserSuiteOptions = {}): BrowserSuite {
  const shots = path.join(os.tmpdir(), shotsFolder);
  const pages: Page[] = [];
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ ...(await options.server?.()), staticDir: builtClientDir() });
  });

  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    await server?.close();
    console.info(`[browser] screenshots in ${shots}`);
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started yet');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    page: async (user, look) => {
      const page = await openAs(started(browser), started(server), user, look);
      pages.push(page);
      return page;
    },
    shot: async (page, name, options = {}) => {
      await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: options.fullPage ?? false });
    },
  };
}
