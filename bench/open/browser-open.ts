// Times, in Chromium, from opening a note to its first words in the editor (`.note-text`), as the
// page's own clock (performance.now()) sees it. Two ways in: a hash change in an app already
// loaded (what a click on a note does), and a full page load of the note's URL. Each is measured
// twice on one server: cold (nothing opened the note since the server started) and warm.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface FirstText {
  /** Until the first words are in the editor's DOM. */
  domMs: number;
  /** Until the frame after that has been drawn (the next task after its animation frame). */
  paintMs: number;
}

export interface ColdWarm {
  cold: FirstText;
  warm: FirstText;
}

declare global {
  interface Window {
    __benchFirstText?: Promise<FirstText>;
  }
}

const TIMEOUT_MS = 60_000;

/**
 * Page-side: resolves once `.note-text` contains `words`, with times since `since` (a
 * performance.now() reading; null: now), then sets `hash` if given. Installed before the
 * navigation, so no mutation is missed. No named inner functions: the source is sent as text.
 */
function watchForText([words, since, hash]: [string, number | null, string | null]): void {
  const origin = since ?? performance.now();
  window.__benchFirstText = new Promise<FirstText>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!(document.querySelector('.note-text')?.textContent?.includes(words) ?? false)) return;
      observer.disconnect();
      const domMs = performance.now() - origin;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ domMs, paintMs: performance.now() - origin });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  if (hash !== null) location.hash = hash;
}

async function firstText(page: Page): Promise<FirstText> {
  await page.waitForFunction(() => window.__benchFirstText !== undefined, undefined, { timeout: TIMEOUT_MS });
  return page.evaluate(
    (ms) => Promise.race([window.__benchFirstText as Promise<FirstText>, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`the note's first words did not show within ${ms} ms`)), ms))]),
    TIMEOUT_MS,
  );
}

export async function signedInContext(browser: Browser, baseUrl: string, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context;
}

/** The app loaded on its notes list, then the note opened by hash change, back to the list, and again. */
export async function openByHash(page: Page, baseUrl: string, noteId: string, words: string): Promise<ColdWarm> {
  await page.goto(`${baseUrl}/#/notes`);
  await page.locator('.notes-page .note-item').first().waitFor({ timeout: TIMEOUT_MS });
  const open = async () => {
    await page.evaluate(watchForText, [words, null, `#/notes/${noteId}`] as [string, null, string]);
    return firstText(page);
  };
  const cold = await open();
  await page.evaluate(() => (location.hash = '#/notes'));
  await page.locator('.notes-page .note-item').first().waitFor({ timeout: TIMEOUT_MS });
  return { cold, warm: await open() };
}

/** The note's URL loaded in a fresh page, then reloaded; times count from navigation start. */
export async function openByLoad(context: BrowserContext, baseUrl: string, noteId: string, words: string): Promise<ColdWarm> {
  const page = await context.newPage();
  await page.addInitScript(watchForText, [words, 0, null] as [string, number, null]);
  await page.goto(`${baseUrl}/#/notes/${noteId}`);
  const cold = await firstText(page);
  await page.reload();
  return { cold, warm: await firstText(page) };
}
