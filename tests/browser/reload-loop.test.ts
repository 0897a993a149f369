// Two parties co-edit a deal dossier with their offline copies on (y-indexeddb), and one of them
// reloads the page again and again while both type. Every reload must come back connected (a
// writer shut out stays "Offline" for good and loses what they type), and every token either
// typed must end up on both screens and in the store. RELOADS sets the count (default 50).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sectionText } from '../../shared/deal-docs.ts';
import { loadStoredDoc } from '../faults/stored-doc.ts';
import { browserSuite } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal, typeAtSectionEnd, waitForSectionText } from './deal-steps.ts';

const RELOADS = Number(process.env.RELOADS ?? 50);
/** How long a reloaded page may take to be connected again before it counts as shut out. */
const BACK_WITHIN_MS = 10_000;

if (skipBrowserTests) console.warn(`[browser] reload-loop suite ${SKIP_REASON}`);

/** Whether the dossier's save indicator shows a live connection (Saving… or Saved). */
async function connectedWithin(page: Page, ms: number): Promise<boolean> {
  try {
    await page.locator('.dossier-view .save-indicator:not([data-status="offline"])').waitFor({ timeout: ms });
    await page.locator('.dossier-text[data-section="overview"][contenteditable="true"]').waitFor({ timeout: ms });
    return true;
  } catch {
    // Timed out: the page never came back, which is what this test counts.
    return false;
  }
}

describe.skipIf(skipBrowserTests)(`reloading a deal room while both parties type${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-reload-loop');

  it(`comes back connected after each of ${RELOADS} reloads, and keeps every token typed`, { timeout: 60_000 + RELOADS * 6_000 }, async () => {
    const { server } = suite;
    const { deal, alice, bob } = await setUpDeal(server);
    const reloader = await suite.page(alice);
    const steady = await suite.page(bob);
    await Promise.all([openDealRoom(reloader, server, deal.id), openDealRoom(steady, server, deal.id)]);
    const typedByReloader: string[] = [];
    const typedBySteady: string[] = [];
    let lockouts = 0;

    for (let round = 0; round < RELOADS; round += 1) {
      const mine = `[a${round}]`;
      const theirs = `[b${round}]`;
      await typeAtSectionEnd(reloader, 'overview', mine);
      typedByReloader.push(mine);
      // The other party types while the page reloads, so the reloaded page has their edits to catch up.
      await Promise.all([
        reloader.reload(),
        typeAtSectionEnd(steady, 'risks', theirs).then(() => typedBySteady.push(theirs)),
      ]);
      if (!(await connectedWithin(reloader, BACK_WITHIN_MS))) lockouts += 1;
    }

    const everything = [...typedByReloader, ...typedBySteady];
    for (const page of [reloader, steady]) {
      for (const token of typedByReloader) await waitForSectionText(page, 'overview', token);
      for (const token of typedBySteady) await waitForSectionText(page, 'risks', token);
    }
    await server.app.registry.read(deal.docs.dossier, (shared) => shared.flush());
    const storedDoc = await loadStoredDoc(server.store, deal.docs.dossier);
    const stored = `${sectionText(storedDoc, 'overview')}\n${sectionText(storedDoc, 'risks')}`;
    const missing = everything.filter((token) => !stored.includes(token));
    process.stdout.write(`[browser] reload loop: ${RELOADS} reloads, ${lockouts} lockouts, ${everything.length} tokens typed, ${everything.length - missing.length} stored and on both screens\n`);
    expect(lockouts).toBe(0);
    expect(missing).toEqual([]);
  });
});
