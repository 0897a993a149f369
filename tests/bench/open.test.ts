// bench:open end to end once on a small note: the generator writes the shape the note editor
// renders (every paragraph, every character), and the bench's opens — y-websocket first sync,
// Chromium by hash change and by page load — all see the note's text. Figures are not checked:
// the bench measures them.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { measureVariant, serverEnv } from '../../bench/open/opens.ts';
import { signedInContext } from '../../bench/open/browser-open.ts';
import { copyTemplate, prepareNotes, VARIANTS, type PreparedNotes } from '../../bench/open/prepare.ts';
import { ServerProcess } from '../../bench/collab/server-process.ts';
import { noteCharacters, noteParagraphs, typeNoteDocument } from '../../bench/store/paragraph-document.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from '../browser/chromium.ts';

const CHARACTERS = 3_000;
const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('the B4 note generator', () => {
  it('types paragraphs of XmlText in the note field, one update per burst, the same text on every run', () => {
    const first = typeNoteDocument(CHARACTERS, 4);
    const doc = new Y.Doc();
    for (const update of first.updates) Y.applyUpdate(doc, update);
    expect(noteCharacters(doc)).toBe(first.length);
    expect(first.length).toBeGreaterThanOrEqual(CHARACTERS);
    const paragraphs = noteParagraphs(first);
    expect(paragraphs.length).toBeGreaterThan(3);
    expect(Math.max(...paragraphs.map((text) => text.length))).toBeLessThan(900);
    expect(first.updates.length).toBeGreaterThan(100);
    expect(noteParagraphs(typeNoteDocument(CHARACTERS, 4))).toEqual(paragraphs);
    doc.destroy();
  });
});

if (skipBrowserTests) console.warn(`[browser] bench:open suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`bench:open once${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let browser: Browser;
  let workDir = '';
  let prepared: PreparedNotes;
  const controller = new AbortController();

  beforeAll(async () => {
    browser = await launchChromium();
    workDir = await mkdtemp(path.join(os.tmpdir(), 'test-bench-open-'));
    prepared = await prepareNotes(repoRoot, path.join(workDir, 'template'), CHARACTERS, controller.signal);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('shows every paragraph of the stored note in the editor', async () => {
    const dataDir = await copyTemplate(prepared, workDir, 'render');
    const server = await ServerProcess.start({ entry: 'server/index.ts', env: serverEnv(dataDir, builtClientDir()) }, repoRoot, controller.signal);
    const context = await signedInContext(browser, server.baseUrl, prepared.owner.cookie);
    try {
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/#/notes/${prepared.docs.compacted.slice('note:'.length)}`);
      await page.waitForFunction((count) => document.querySelectorAll('.note-text > p').length === count, prepared.paragraphs);
      const shown = await page.locator('.note-text > p').allTextContents();
      expect(shown.join('').length).toBe(prepared.characters);
      expect(shown[0].startsWith(prepared.firstWords)).toBe(true);
    } finally {
      await context.close();
      await server.stop();
    }
  }, 120_000);

  it('opens both variants: the first sync brings the whole note and the browser sees its first words', async () => {
    for (const variant of VARIANTS) {
      const run = await measureVariant({ repoRoot, prepared, workDir, clientDir: builtClientDir(), browser, signal: controller.signal }, variant, 0);
      expect(run.server.characters).toBe(prepared.characters);
      for (const open of [run.hash.cold, run.hash.warm, run.load.cold, run.load.warm]) expect(open.paintMs).toBeGreaterThanOrEqual(open.domMs);
    }
  }, 180_000);
});
