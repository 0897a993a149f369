// Two people in two browsers sign up, share a note and co-edit it live, with carets, presence
// and a save indicator that reaches "Saved"; prints the edit-to-screen latency.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import {
  createNote,
  fillSignUp,
  newPerson,
  openNoteFromList,
  openNotes,
  removeShareFromNotePage,
  shareFromList,
  shareFromNotePage,
  signUp,
  typeAtEnd,
  waitForEditorText,
} from './app-steps.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { summarise, watchForMarkers } from './edit-latency.ts';

const LATENCY_SAMPLES = 10;

if (skipBrowserTests) console.warn(`[browser] co-editing suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`co-editing a note in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
    return context.newPage();
  }

  it('shows the server’s reason when a sign-up is refused', async () => {
    const page = await openPage();
    await page.goto(`${server.url}/#/sign-up`);
    await fillSignUp(page, newPerson('Carol Chan'), 'short');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Use at least 10 characters');
    await page.context().close();
  });

  it('lets two people co-edit live: text, carets, presence, and "Saved"', { timeout: 90_000 }, async () => {
    const alice = newPerson('Alice Wong');
    const bob = newPerson('Bob Li');
    const pageA = await openPage();
    const pageB = await openPage();
    await signUp(pageA, server.url, alice);
    await signUp(pageB, server.url, bob);
    await openNotes(pageB);

    const noteId = await createNote(pageA, 'Shenzhen drone supplier shortlist');
    await pageA.getByRole('link', { name: /All notes/ }).click();
    await shareFromList(pageA, noteId, bob.email, 'write');

    // Bob's list learns of the share live, over Socket.IO, without a reload.
    await pageB.getByRole('link', { name: 'Shenzhen drone supplier shortlist' }).click();
    await pageA.getByRole('link', { name: 'Shenzhen drone supplier shortlist' }).click();
    for (const page of [pageA, pageB]) await page.locator('.note-text[contenteditable="true"]').waitFor();
    await pageB.locator('.person', { hasText: 'Alice Wong' }).waitFor();
    await pageA.locator('.person', { hasText: 'Bob Li' }).waitFor();
    expect(await pageB.getByTestId('read-only').count()).toBe(0);

    await typeAtEnd(pageA, 'Shortlist: three drone makers in Shenzhen.');
    await waitForEditorText(pageB, 'three drone makers in Shenzhen.');
    await pageB.locator('.collaboration-carets__label', { hasText: 'Alice Wong' }).waitFor();

    await typeAtEnd(pageB, ' Bob adds: check 檢測認證 status.');
    await waitForEditorText(pageA, 'check 檢測認證 status.');
    await pageA.locator('.collaboration-carets__label', { hasText: 'Bob Li' }).waitFor();

    const seen = await watchForMarkers(pageB);
    await pageA.locator('.note-text').click();
    await pageA.keyboard.press('Control+End');
    const samples: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const marker = `⟦${i}⟧`;
      const typedAt = Date.now();
      await pageA.keyboard.insertText(marker);
      samples.push((await seen(marker)) - typedAt);
    }
    const latency = summarise(samples);
    console.info(
      `[browser] edit-to-screen latency A→B over ${samples.length} edits: median ${latency.median} ms, max ${latency.max} ms (${samples.join(', ')})`,
    );

    for (const page of [pageA, pageB]) await page.locator('.save-indicator[data-status="saved"]').waitFor();
    await pageA.screenshot({ path: path.join(server.dataDir, 'coedit-alice.png') });

    // "Saved" meant stored: a fresh load shows everything both typed.
    await pageB.reload();
    await waitForEditorText(pageB, 'three drone makers in Shenzhen.');
    await waitForEditorText(pageB, `⟦${LATENCY_SAMPLES - 1}⟧`);
  });

  it('applies access changes to an open editor at once: read only, then writable, then withdrawn', { timeout: 60_000 }, async () => {
    const owner = newPerson('Dana Ho');
    const reader = newPerson('Eric Tam');
    const pageOwner = await openPage();
    const pageReader = await openPage();
    await signUp(pageOwner, server.url, owner);
    await signUp(pageReader, server.url, reader);
    await openNotes(pageReader);
    await createNote(pageOwner, 'Hengqin market entry');
    await typeAtEnd(pageOwner, 'Draft terms for the Hengqin pilot.');
    await shareFromNotePage(pageOwner, reader.email, 'read');

    await openNoteFromList(pageReader, 'Hengqin market entry');
    await waitForEditorText(pageReader, 'Draft terms for the Hengqin pilot.');
    await pageReader.getByTestId('read-only').waitFor();
    expect(await pageReader.locator('.note-text').getAttribute('contenteditable')).toBe('false');

    await shareFromNotePage(pageOwner, reader.email, 'write');
    await pageReader.locator('.note-text[contenteditable="true"]').waitFor();
    expect(await pageReader.getByTestId('read-only').count()).toBe(0);
    await typeAtEnd(pageReader, ' Eric agrees.');
    await waitForEditorText(pageOwner, 'Eric agrees.');

    await removeShareFromNotePage(pageOwner, reader.email);
    await pageReader.getByText('Your access to this note was withdrawn.').waitFor();
    expect(await pageReader.locator('.note-text').count()).toBe(0);
  });
});
