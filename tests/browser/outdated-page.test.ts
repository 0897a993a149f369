// A page of an older build than the server (a tab left open over a deploy), in real Chromium: the
// server refuses its Socket.IO handshake (protocol_mismatch) and closes its collaboration socket
// with 4426; the page says a newer version is available with a Reload button, stops the editor and
// does not retry. A page of the current build is served as always. English desktop, 繁體中文 phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import { quietFor } from '../helpers/wait.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

if (skipBrowserTests) console.warn(`[browser] outdated-page suite ${SKIP_REASON}`);

/**
 * Makes the page name the version before ours wherever it names one: `auth.protocol` in the
 * Socket.IO handshake (sent over long-polling or the WebSocket) and `?v=` on collaboration URLs.
 */
async function actAsOlderBuild(page: Page): Promise<void> {
  await page.addInitScript((current: number) => {
    const older = String(current - 1);
    const rewrite = (text: string) => text.replace(`"protocol":${current}`, `"protocol":${older}`);
    const sendOverXhr = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      sendOverXhr.call(this, typeof body === 'string' ? rewrite(body) : body);
    };
    const NativeWebSocket = window.WebSocket;
    window.WebSocket = class extends NativeWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(String(url).replace(new RegExp(`([?&]v=)${current}(?=&|$)`), `$1${older}`), protocols);
      }

      send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
        super.send(typeof data === 'string' ? rewrite(data) : data);
      }
    };
  }, PROTOCOL_VERSION);
}

describe.skipIf(skipBrowserTests)(`a page older than the server${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-outdated');
  const signedIn = (user: TestUser, locale: string, viewport: { width: number; height: number }): Promise<Page> => suite.page(user, { locale, viewport });

  /** Counts the collaboration sockets the page opens (a retry would open another). */
  function countCollabSockets(page: Page): () => number {
    let opened = 0;
    page.on('websocket', (socket) => {
      if (socket.url().includes('/collab/')) opened += 1;
    });
    return () => opened;
  }

  const shot = (page: Page, name: string) => suite.shot(page, name);

  for (const [locale, viewport, label, outdated, reload] of [
    ['en-US', DESKTOP, 'en-desktop', 'A newer version of Superconnector is available — reload the page.', 'Reload'],
    ['zh-HK', PHONE, 'zh-hant-phone', '超級聯繫人有新版本可用，請重新載入此頁面。', '重新載入'],
  ] as const) {
    it(`tells the person to reload and stops the editor without retrying (${label})`, { timeout: 60_000 }, async () => {
      const owner = await registerUser(suite.server.url, 'Mei Chan');
      const note = await createNote(suite.server.url, owner, 'Penang contract manufacturers');
      const page = await signedIn(owner, locale, viewport);
      await actAsOlderBuild(page);
      const collabSockets = countCollabSockets(page);
      await page.goto(`${suite.server.url}/#/notes/${note.id}`);

      const banner = page.getByTestId('outdated-notice');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(outdated);
      expect(await banner.getByRole('button', { name: reload }).count()).toBe(1);
      const notice = page.getByTestId('collab-outdated');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(outdated);
      expect(await page.locator('.note-text').getAttribute('contenteditable')).toBe('false');
      await quietFor(600, 'a retried collaboration socket would have opened');
      expect(collabSockets()).toBe(1);
      await shot(page, `outdated-${label}`);
    });
  }

  it('serves a page of the current build as always', { timeout: 60_000 }, async () => {
    const owner = await registerUser(suite.server.url, 'Mei Chan');
    const note = await createNote(suite.server.url, owner);
    const page = await signedIn(owner, 'en-US', DESKTOP);
    await page.goto(`${suite.server.url}/#/notes/${note.id}`);
    await page.locator('.note-text[contenteditable="true"]').waitFor();
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    expect(await page.getByTestId('outdated-notice').count()).toBe(0);
    expect(await page.getByTestId('collab-outdated').count()).toBe(0);
  });
});
