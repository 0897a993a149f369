// Deal rooms in real Chromium with two or three people: parties co-edit a dossier section and see
// each other's text and named caret (edit-to-screen latency printed); an adviser comments on a
// selected range but cannot type; a party agrees a term by drag and drop and signs it off, and the
// other side sees both live; a restored version reaches everyone; a ~200-page dossier opens.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms, sectionText } from '../../shared/deal-docs.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import {
  dragTermTo,
  openAs,
  openDealRoom,
  seedLargeDossier,
  sectionEditor,
  selectText,
  setUpDeal,
  typeAtSectionEnd,
  waitForSectionText,
  watchSectionForMarkers,
} from './deal-steps.ts';
import { summarise } from './edit-latency.ts';
import { readOfflineCopy } from './offline-copy.ts';

const SHOTS = path.join(os.tmpdir(), 'superconnector-deal-room');
const LATENCY_SAMPLES = 10;
const LARGE_DOSSIER_CHARS = 500_000;

if (skipBrowserTests) console.warn(`[browser] deal-room suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`deal rooms in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.info(`[browser] deal-room screenshots in ${SHOTS}`);
  });

  async function page(user: Parameters<typeof openAs>[2]): Promise<Page> {
    const opened = await openAs(browser, server, user);
    pages.push(opened);
    return opened;
  }

  const shot = (target: Page, name: string) => target.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  it('lets two parties co-edit a dossier section live, each seeing the other’s text and named caret', { timeout: 90_000 }, async () => {
    const { deal, alice, bob } = await setUpDeal(server);
    const pageA = await page(alice);
    const pageB = await page(bob);
    await openDealRoom(pageA, server, deal.id);
    await openDealRoom(pageB, server, deal.id);
    for (const current of [pageA, pageB]) await current.locator('.dossier-text[data-section="overview"][contenteditable="true"]').waitFor();
    await pageA.locator('.person', { hasText: 'Bob Li' }).waitFor();
    await pageB.locator('.person', { hasText: 'Alice Wong' }).waitFor();

    await typeAtSectionEnd(pageA, 'overview', 'Pearl River Drones ships 2,000 inspection drones a year to EU distributors.');
    await waitForSectionText(pageB, 'overview', 'inspection drones a year');
    await pageB.locator('.dossier-text[data-section="overview"] .collaboration-carets__label', { hasText: 'Alice Wong' }).waitFor();

    await typeAtSectionEnd(pageB, 'overview', ' Bob adds: CE and FCC testing by a HOKLAS-accredited laboratory, 檢測認證 in Hong Kong.');
    await waitForSectionText(pageA, 'overview', '檢測認證 in Hong Kong.');
    await pageA.locator('.dossier-text[data-section="overview"] .collaboration-carets__label', { hasText: 'Bob Li' }).waitFor();

    const seen = await watchSectionForMarkers(pageB, 'overview');
    await sectionEditor(pageA, 'overview').click();
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
      `[browser] dossier edit-to-screen latency A→B over ${samples.length} edits: median ${latency.median} ms, max ${latency.max} ms (${samples.join(', ')})`,
    );

    for (const current of [pageA, pageB]) await current.locator('.save-indicator[data-status="saved"]').first().waitFor();
    await shot(pageA, 'dossier-coedit-alice');
    const stored = await server.app.registry.read(deal.docs.dossier, (shared) => sectionText(shared.doc, 'overview'));
    expect(stored).toContain('Bob adds: CE and FCC testing');
    expect(stored).toContain(`⟦${LATENCY_SAMPLES - 1}⟧`);

    // The export links work with the session the page already has.
    const markdown = await pageA.request.get(new URL(await pageA.getByRole('link', { name: 'Markdown' }).getAttribute('href') ?? '', server.url).href);
    expect(markdown.status()).toBe(200);
    expect(await markdown.text()).toContain('Bob adds: CE and FCC testing');
    const printable = await pageA.request.get(new URL(await pageA.getByRole('link', { name: 'Printable page' }).getAttribute('href') ?? '', server.url).href);
    expect(printable.headers()['content-type']).toContain('text/html');
  });

  it('lets an adviser comment on a selected range, live for the parties, but never write', { timeout: 90_000 }, async () => {
    const { deal, alice, carol } = await setUpDeal(server, 'Hengqin market entry for testing services');
    const pageA = await page(alice);
    const pageC = await page(carol);
    await openDealRoom(pageA, server, deal.id);
    await typeAtSectionEnd(pageA, 'overview', 'Harbour Testing opens a lab in Hengqin by the third quarter.');
    await openDealRoom(pageC, server, deal.id);
    await waitForSectionText(pageC, 'overview', 'by the third quarter.');

    await pageC.getByTestId('read-only').waitFor();
    expect(await sectionEditor(pageC, 'overview').getAttribute('contenteditable')).toBe('false');
    await sectionEditor(pageC, 'overview').click();
    await pageC.keyboard.type('typed by the adviser');
    expect(await sectionEditor(pageC, 'overview').textContent()).not.toContain('typed by the adviser');

    await selectText(pageC, 'overview', 'by the third quarter');
    await pageC.locator('.comment-offer').click();
    const composer = pageC.getByPlaceholder('Write a comment…');
    await composer.fill('Is the third quarter realistic given the licence timeline? @ali');
    await pageC.locator('.mentions button', { hasText: 'Alice Wong' }).click();
    await pageC.locator('.dossier-comments .draft').getByRole('button', { name: 'Comment', exact: true }).click();

    const thread = pageA.locator('.dossier-comments .thread', { hasText: 'licence timeline' });
    await thread.waitFor();
    expect(await thread.locator('.quote').textContent()).toBe('by the third quarter');
    expect(await thread.locator('.mention').textContent()).toBe('@Alice Wong');
    const highlight = pageA.locator('.dossier-text[data-section="overview"] .comment-range');
    await highlight.waitFor();
    expect(await highlight.textContent()).toBe('by the third quarter');
    await shot(pageA, 'dossier-comment-party');
    await shot(pageC, 'dossier-comment-adviser');

    // The anchor follows the text: Alice types before the range and it still covers the same words.
    await sectionEditor(pageA, 'overview').click();
    await pageA.keyboard.press('Control+Home');
    await pageA.keyboard.type('Update: ');
    await pageC.waitForFunction(() => document.querySelector('.dossier-text .comment-range')?.textContent === 'by the third quarter');

    // A forced edit from the adviser's browser is dropped by the server and reaches nobody.
    await pageC.evaluate(() => {
      const element = document.querySelector('.dossier-text[data-section="overview"]') as (Element & { editor?: { setEditable(on: boolean): void; commands: { insertContentAt(at: number, text: string): boolean } } }) | null;
      if (!element?.editor) throw new Error('no editor on the adviser page');
      element.editor.setEditable(true);
      element.editor.commands.insertContentAt(1, 'FORGED BY ADVISER ');
    });
    await waitForSectionText(pageC, 'overview', 'FORGED BY ADVISER');
    await typeAtSectionEnd(pageA, 'overview', ' Alice confirms.');
    await waitForSectionText(pageC, 'overview', 'Alice confirms.');
    expect(await sectionEditor(pageA, 'overview').textContent()).not.toContain('FORGED');
    const stored = await server.app.registry.read(deal.docs.dossier, (shared) => sectionText(shared.doc, 'overview'));
    expect(stored).toContain('Alice confirms.');
    expect(stored).not.toContain('FORGED');

    // Resolving is live too.
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await pageC.locator('.dossier-comments .thread').waitFor({ state: 'detached' });
  });

  it('lets a party drag a term to agreed and sign it off; the other side sees both live, and rewording withdraws them', { timeout: 90_000 }, async () => {
    const { deal, alice, bob, makerOrg, certifierOrg } = await setUpDeal(server, 'Drone supply with CE certification');
    const term = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc).find((entry) => entry.category === 'price'));
    if (!term) throw new Error('the supply template has no price term');
    const pageA = await page(alice);
    const pageB = await page(bob);
    await openDealRoom(pageA, server, deal.id, 'board');
    await openDealRoom(pageB, server, deal.id, 'board');
    const cardOnB = pageB.locator(`.term-card[data-term-id="${term.id}"]`);
    await cardOnB.waitFor();

    await dragTermTo(pageA, term.title, 'agreed');
    await pageB.locator(`.column[data-status="agreed"] .term-card[data-term-id="${term.id}"]`).waitFor();

    await pageA.locator(`.term-card[data-term-id="${term.id}"]`).click();
    await pageA.getByRole('button', { name: `Sign off for ${makerOrg.name}` }).click();
    await cardOnB.locator(`li[data-org-id="${makerOrg.id}"][data-signed="true"]`).waitFor();
    await cardOnB.click();
    await pageB.locator(`.term-panel li[data-org-id="${makerOrg.id}"]`, { hasText: 'Signed off by Alice Wong' }).waitFor();
    expect(await pageB.getByRole('button', { name: `Sign off for ${makerOrg.name}` }).count()).toBe(0);
    await pageB.getByRole('button', { name: `Sign off for ${certifierOrg.name}` }).click();
    await pageA.locator(`.term-panel li[data-org-id="${certifierOrg.id}"][data-signed="true"]`).waitFor();
    await shot(pageA, 'board-signed-alice');

    // Bob rewords the agreed term: both sign-offs are withdrawn, and Alice sees why.
    const wording = pageB.locator('.term-panel textarea[name="term-wording"]');
    await wording.click();
    await pageB.keyboard.press('Control+End');
    await pageB.keyboard.type(' Reviewed every six months.');
    await pageA.locator('.term-panel .withdrawal', { hasText: 'the wording changed' }).waitFor();
    expect(await pageA.locator(`.term-panel li[data-signed="true"]`).count()).toBe(0);
    expect(await pageA.locator('.term-panel textarea[name="term-wording"]').inputValue()).toContain('Reviewed every six months.');
    await shot(pageB, 'board-withdrawn-bob');
  });

  it('restores a named version, and everyone in the room receives it live', { timeout: 90_000 }, async () => {
    const { deal, alice, bob } = await setUpDeal(server, 'Green bond structuring for a Qianhai logistics park');
    const pageA = await page(alice);
    const pageB = await page(bob);
    await openDealRoom(pageA, server, deal.id);
    await typeAtSectionEnd(pageA, 'overview', 'A US$50m green bond for the Qianhai logistics park.');
    await pageA.locator('.save-indicator[data-status="saved"]').first().waitFor();
    await openDealRoom(pageA, server, deal.id, 'history');
    await pageA.getByPlaceholder('e.g. Sent to the investment committee').fill('Before the term sheet');
    await pageA.getByRole('button', { name: 'Save version' }).click();
    const version = pageA.locator('.versions li', { hasText: 'Before the term sheet' });
    await version.waitFor();

    await openDealRoom(pageB, server, deal.id);
    await typeAtSectionEnd(pageB, 'overview', ' Bob rewrites everything.');
    await waitForSectionText(pageB, 'overview', 'Bob rewrites everything.');
    await pageB.locator('.save-indicator[data-status="saved"]').first().waitFor();

    await version.getByRole('button', { name: 'View' }).click();
    await pageA.locator('.version-viewer .version-text', { hasText: 'US$50m green bond' }).first().waitFor();
    await shot(pageA, 'history-version');
    await pageA.getByRole('button', { name: 'Restore this version' }).click();
    await pageA.getByRole('button', { name: 'Yes, restore it' }).click();
    await pageB.waitForFunction(() => !document.querySelector('.dossier-text[data-section="overview"]')?.textContent?.includes('Bob rewrites'));
    await pageB.getByText('Alice Wong restored the version “Before the term sheet” of the dossier.').waitFor();
    expect(await sectionEditor(pageB, 'overview').textContent()).toContain('US$50m green bond');
    await pageA.locator('.activity li[data-action="version.restored"]').waitFor();
  });

  it('keeps edits made offline in the browser and merges them when the party comes back', { timeout: 90_000 }, async () => {
    const { deal, alice, bob } = await setUpDeal(server, 'Low-altitude logistics pilot in Shenzhen Bay');
    const pageA = await page(alice);
    const pageB = await page(bob);
    await openDealRoom(pageA, server, deal.id);
    await openDealRoom(pageB, server, deal.id);
    await typeAtSectionEnd(pageA, 'risks', 'Airspace approval may slip.');
    await waitForSectionText(pageB, 'risks', 'Airspace approval may slip.');

    await pageA.context().setOffline(true);
    await pageA.locator('.save-indicator[data-status="offline"]').first().waitFor();
    await typeAtSectionEnd(pageA, 'risks', ' Typed on the ferry, offline: 離線編輯。');
    // The tab closes before the connection returns; only the browser's copy holds the edit.
    const kept = async () => sectionText(await readOfflineCopy(pageA, alice.user.id, deal.docs.dossier), 'risks').includes('離線編輯');
    await waitFor(kept, 'the offline edit to be in the browser’s copy');
    await pageA.close();
    expect(await sectionEditor(pageB, 'risks').textContent()).not.toContain('離線編輯');

    const later = await pageA.context().newPage();
    pages.push(later);
    await later.context().setOffline(false);
    await openDealRoom(later, server, deal.id);
    await waitForSectionText(pageB, 'risks', 'Typed on the ferry, offline: 離線編輯。');
    await later.locator('.save-indicator[data-status="saved"]').first().waitFor();
    const stored = await server.app.registry.read(deal.docs.dossier, (shared) => sectionText(shared.doc, 'risks'));
    expect(stored).toBe('Airspace approval may slip. Typed on the ferry, offline: 離線編輯。');
  });

  it('opens a dossier of about 200 pages of text', { timeout: 120_000 }, async () => {
    const { deal, alice } = await setUpDeal(server, 'Cross-border supply chain HQ in the Northern Metropolis');
    const written = await seedLargeDossier(server, alice, deal, LARGE_DOSSIER_CHARS);
    const pages200 = Math.round(written / 2500);
    const firstParagraph = (target: Page) => target.locator('.dossier-text[data-section="overview"] p', { hasText: '§1.' }).first().waitFor({ timeout: 60_000 });
    const everySection = (target: Page) =>
      target.waitForFunction(() => (document.querySelector('.dossier-text[data-section="next-steps"]')?.childElementCount ?? 0) > 100, undefined, { timeout: 60_000 });

    // A fresh browser going straight to the deal's address: page, scripts, deal, document.
    const cold = await page(alice);
    let started = Date.now();
    await cold.goto(`${server.url}/#/deals/${deal.id}`);
    await firstParagraph(cold);
    const coldFirst = Date.now() - started;
    await everySection(cold);
    const coldAll = Date.now() - started;
    const rendered = await cold.evaluate(() => [...document.querySelectorAll('.dossier-text')].reduce((sum, element) => sum + (element.textContent?.length ?? 0), 0));
    expect(rendered).toBeGreaterThanOrEqual(written);

    // Opening it from "My deals" in a running app.
    const warm = await page(alice);
    await warm.goto(`${server.url}/#/deals`);
    await warm.getByRole('link', { name: 'Cross-border supply chain HQ in the Northern Metropolis' }).waitFor();
    started = Date.now();
    await warm.getByRole('link', { name: 'Cross-border supply chain HQ in the Northern Metropolis' }).click();
    await firstParagraph(warm);
    const warmFirst = Date.now() - started;
    await everySection(warm);
    const warmAll = Date.now() - started;
    console.info(
      `[browser] large dossier (${written.toLocaleString('en')} characters in 8 sections, ~${pages200} pages of 2,500 characters): ` +
        `fresh browser ${coldFirst} ms to first text, ${coldAll} ms to every section; from My deals ${warmFirst} ms / ${warmAll} ms`,
    );
    await shot(cold, 'dossier-large');
  });
});
