// The managers' dashboard in real Chromium: a manager watches the dashboard while a party agrees
// terms on the board in another window; the manager's figures change live (edit → number on the
// manager's screen, printed), an owner's stage move moves the card between columns, and the
// charts are drawn.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import { registerUser } from '../helpers/api.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { dragTermTo, openAs, openDealRoom, setUpDeal } from './deal-steps.ts';
import { summarise } from './edit-latency.ts';

const SHOTS = path.join(os.tmpdir(), 'superconnector-dashboard');

if (skipBrowserTests) console.warn(`[browser] dashboard suite ${SKIP_REASON}`);

/** Resolves (in the page's clock) when `selector`'s text becomes `text`. */
function whenText(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(
    ([wanted, expected]) =>
      new Promise<number>((resolve) => {
        const check = () => document.querySelector(wanted)?.textContent?.trim() === expected;
        if (check()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [selector, text] as const,
  );
}

describe.skipIf(skipBrowserTests)(`dashboard in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir(), dealRooms: { progressDelayMs: 20 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('updates a manager’s dashboard live while a party agrees terms in another window', { timeout: 90_000 }, async () => {
    const { deal, alice, bob } = await setUpDeal(server, '深圳無人機 × Harbour Testing');
    const manager = await registerUser(server.url, 'Daniel Leung');
    await inviteAndAccept(server.url, alice, `/api/deals/${deal.id}/members`, manager, { role: 'manager' });
    const terms = await server.app.registry.read(`board:${deal.id}`, (shared) => readTerms(shared.doc));

    const managerPage = await openAs(browser, server, manager);
    await managerPage.goto(`${server.url}/#/dashboard`);
    const cell = `tr[data-deal="${deal.id}"] [data-testid="row-terms"]`;
    await managerPage.locator(cell, { hasText: `0/${terms.length}` }).waitFor();
    await expect(managerPage.locator('nav.app-nav a[href="#/dashboard"]').count()).resolves.toBe(1);
    await expect(managerPage.locator('[data-testid="chart-funnel"] canvas').count()).resolves.toBe(1);
    expect(await managerPage.locator('[data-testid="stage-count-introduced"]').textContent()).toBe('1');

    const partyPage = await openAs(browser, server, bob);
    await openDealRoom(partyPage, server, deal.id, 'board');
    const samples: number[] = [];
    for (const [index, term] of terms.slice(0, 3).entries()) {
      const seenByManager = whenText(managerPage, cell, `${index + 1}/${terms.length}`);
      const agreedOnBoard = whenText(partyPage, `.column[data-status="agreed"] .term-card[data-term-id="${term.id}"] h4`, term.title);
      await dragTermTo(partyPage, term.title, 'agreed');
      const [editedAt, shownAt] = await Promise.all([agreedOnBoard, seenByManager]);
      samples.push(shownAt - editedAt);
    }
    const latency = summarise(samples);
    console.info(`[browser] dashboard update latency (term agreed → manager's number): median ${latency.median} ms, max ${latency.max} ms, samples ${samples.join(', ')}`);
    expect(await managerPage.locator('[data-testid="kpi-deals"]').textContent()).toBe('1');

    const moved = whenText(managerPage, '[data-testid="stage-count-nda"]', '1');
    expect((await call(server.url, alice, 'POST', `/api/deals/${deal.id}/stage`, { to: 'nda' })).status).toBe(200);
    await moved;
    expect(await managerPage.locator('[data-testid="stage-count-introduced"]').textContent()).toBe('0');
    expect(await managerPage.locator('.live').textContent()).toContain('Live');
    await managerPage.screenshot({ path: path.join(SHOTS, 'manager-dashboard.png'), fullPage: true });
  });

  it('lets a party propose a stage and the owner confirm it in the deal room', { timeout: 60_000 }, async () => {
    const { deal, alice, bob } = await setUpDeal(server, 'Stage controls');
    const partyPage = await openAs(browser, server, bob);
    const ownerPage = await openAs(browser, server, alice);
    await openDealRoom(partyPage, server, deal.id);
    await openDealRoom(ownerPage, server, deal.id);
    await partyPage.locator('select[name="stage-target"]').selectOption('nda');
    await partyPage.locator('input[name="stage-note"]').fill('NDA signed by both sides');
    await partyPage.locator('[data-testid="stage-controls"] button[type="submit"]').click();
    await ownerPage.locator('[data-testid="stage-proposal"]', { hasText: 'Bob Li' }).waitFor();
    await ownerPage.locator('[data-testid="stage-proposal"] button', { hasText: 'Confirm' }).click();
    await partyPage.locator('.deal-header .stage[data-stage="nda"]').first().waitFor();
    await partyPage.locator('[data-testid="stage-controls"] summary').click();
    expect(await partyPage.locator('[data-testid="stage-history"] li').first().textContent()).toContain('confirmed by Alice Wong');
    await partyPage.screenshot({ path: path.join(SHOTS, 'stage-controls.png') });
  });
});
