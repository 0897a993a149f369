// In real Chromium: the app works under its Content-Security-Policy (sign up, co-edit a note,
// open a deal room's dossier, board and history, with zero `securitypolicyviolation` events and
// zero CSP console errors), and script planted in names, titles, comments and rich text is shown
// as text on every page that renders it — no dialog opens, no global is set.
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { createNote, newPerson, signUp, typeAtEnd, waitForEditorText } from '../browser/app-steps.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from '../browser/chromium.ts';
import { openAs, openDealRoom, typeAtSectionEnd, waitForSectionText } from '../browser/deal-steps.ts';
import { applyBoardOp, applyDossierOp, boardOp, dossierOp } from './deal-doc-garbage.ts';
import { PAYLOAD, plantPayloads } from './script-payloads.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';

if (skipBrowserTests) process.stdout.write(`[browser] security policy suite ${SKIP_REASON}\n`);

/** What a page reported: CSP violations (event and console), dialogs, and whether a payload ran. */
interface Watch {
  consoleErrors: string[];
  /** Uncaught exceptions in the page (a hostile node breaking the editor would show here). */
  pageErrors: string[];
  dialogs: string[];
  violations(): Promise<string[]>;
  xss(): Promise<unknown>;
}

function watch(page: Page): Watch {
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy|refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    consoleErrors,
    pageErrors,
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    xss: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  };
}

/** Records every CSP violation from the first script on, before the app's own code runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

describe.skipIf(skipBrowserTests)(`the app under its security policy${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;
  let world: SecurityWorld;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
    world = await buildSecurityWorld(server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function watchedPage(user?: SecurityWorld['owner']): Promise<{ page: Page; seen: Watch }> {
    const page = user ? await openAs(browser, server, user) : await (await browser.newContext({ locale: 'en-US' })).newPage();
    await recordViolations(page);
    return { page, seen: watch(page) };
  }

  async function expectClean(seen: Watch): Promise<void> {
    expect({ violations: await seen.violations(), console: seen.consoleErrors, errors: seen.pageErrors, dialogs: seen.dialogs, xss: await seen.xss() }).toEqual({
      violations: [],
      console: [],
      errors: [],
      dialogs: [],
      xss: undefined,
    });
  }

  it('signs up, co-edits a note and works a deal room with no policy violation', { timeout: 90_000 }, async () => {
    const { page, seen } = await watchedPage();
    await signUp(page, server.url, newPerson('Policy Checker'));
    await createNote(page, 'Under the policy');
    await typeAtEnd(page, 'Typed under a strict CSP');
    await waitForEditorText(page, 'Typed under a strict CSP');
    await expectClean(seen);

    const owner = await watchedPage(world.owner);
    await openDealRoom(owner.page, server, world.deal.id);
    await typeAtSectionEnd(owner.page, 'overview', 'Dossier text under CSP');
    await waitForSectionText(owner.page, 'overview', 'Dossier text under CSP');
    for (const tab of ['board', 'history', 'members'] as const) {
      await openDealRoom(owner.page, server, world.deal.id, tab);
      await owner.page.waitForLoadState('networkidle');
    }
    await expectClean(owner.seen);
  });

  it('shows planted script as text everywhere it is rendered, and runs none of it', { timeout: 90_000 }, async () => {
    await plantPayloads(server, world);
    const { page, seen } = await watchedPage(world.owner);
    const visits: [string, string][] = [
      [`#/deals/${world.deal.id}`, 'Overview'],
      [`#/deals/${world.deal.id}/board`, 'Wording'],
      [`#/deals/${world.deal.id}/members`, PAYLOAD.deal],
      ['#/deals', PAYLOAD.deal],
      [`#/listings/${world.needId}`, PAYLOAD.listing],
      [`#/orgs/${world.makerOrgId}`, PAYLOAD.org],
      ['#/notes', PAYLOAD.note],
    ];
    for (const [hash, shown] of visits) {
      await page.goto(`${server.url}/${hash}`);
      await page.getByText(shown, { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    // The note page shows its title in an input, and the editor beside it.
    await page.goto(`${server.url}/#/notes/${world.note.id}`);
    await page.locator('.note-text').waitFor();
    await openDealRoom(page, server, world.deal.id);
    await waitForSectionText(page, 'overview', PAYLOAD.dossier);
    expect(await page.locator('.dossier-text script, .dossier-text img[onerror], a[href^="javascript:"]').count()).toBe(0);
    await expectClean(seen);
  });

  it('renders a deal room whose documents a party filled with garbage, without a page error', { timeout: 90_000 }, async () => {
    const garbage = fc.sample(fc.tuple(fc.array(boardOp, { maxLength: 8 }), fc.array(dossierOp, { maxLength: 8 })), { numRuns: 25, seed: 7 });
    await server.app.registry.edit(world.deal.docs.board, world.party.user, (shared) => garbage.forEach(([ops]) => ops.forEach((op) => applyBoardOp(shared.doc, op))));
    await server.app.registry.edit(world.deal.docs.dossier, world.party.user, (shared) => garbage.forEach(([, ops]) => ops.forEach((op) => applyDossierOp(shared.doc, op))));
    const { page, seen } = await watchedPage(world.owner);
    for (const tab of ['dossier', 'board', 'history'] as const) {
      await openDealRoom(page, server, world.deal.id, tab);
      await page.waitForLoadState('networkidle');
    }
    await openDealRoom(page, server, world.deal.id);
    await typeAtSectionEnd(page, 'risks', 'Still editable');
    await waitForSectionText(page, 'risks', 'Still editable');
    await expectClean(seen);
  });
});
