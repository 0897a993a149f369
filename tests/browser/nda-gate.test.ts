// The NDA gate in real Chromium: an owner starts from the deal type's template (in the room's
// language, or another one), publishes it from the Members tab; an adviser already in the room is
// turned out to the NDA screen at once, accepts and is back in the dossier; the owner's record shows
// the acceptance live (and its CSV names the browser); a new version asks again, live. The same in
// 繁體中文 for a room working in 繁體. Screenshots of the NDA screen and the owner's panel, desktop
// and 390 px phone, in /tmp/shots-nda.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal } from './deal-steps.ts';
import { horizontalOverflow } from './page-fit.ts';

if (skipBrowserTests) console.warn(`[browser] nda-gate suite ${SKIP_REASON}`);

const ndaText = (page: Page) => page.locator('textarea[name="nda-text"]');
const ndaScreen = (page: Page) => page.locator('.nda-screen');
const dossier = (page: Page) => page.locator('.dossier-text[data-section="overview"]');

/** Ticks "I have read…" and accepts; resolves once the room (its tabs) is back. */
async function accept(page: Page, version: number, button: string): Promise<void> {
  const screen = ndaScreen(page);
  const submit = screen.locator('button[type="submit"]', { hasText: button });
  expect(await submit.isDisabled(), 'accepting needs the box ticked first').toBe(true);
  await screen.locator('input[name="nda-read"]').check();
  await screen.locator('.read', { hasText: String(version) }).waitFor();
  await submit.click();
  await page.locator('.deal-tabs').waitFor();
  await ndaScreen(page).waitFor({ state: 'detached' });
}

/** Waits for the room to give way to the NDA screen at `version` (nothing of the dossier left). */
async function waitForNdaScreen(page: Page, version: string, text: string): Promise<void> {
  await ndaScreen(page).locator('.meta', { hasText: version }).waitFor();
  await ndaScreen(page).locator('.text', { hasText: text }).waitFor();
  expect(await page.locator('.dossier-text').count()).toBe(0);
  expect(await page.locator('.deal-tabs').count()).toBe(0);
}

describe.skipIf(skipBrowserTests)(`the NDA gate in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-nda');

  it('turns members out to the NDA until they accept each version, live, and keeps the owner’s record', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const { deal, alice, bob, carol } = await setUpDeal(server);
    const adviser = await suite.page(carol, { viewport: DESKTOP });
    await openDealRoom(adviser, server, deal.id);

    const owner = await suite.page(alice, { viewport: DESKTOP });
    await openDealRoom(owner, server, deal.id, 'members');
    const settings = owner.locator('.nda-settings');
    await settings.locator('.status', { hasText: 'No NDA is required' }).waitFor();
    await settings.scrollIntoViewIfNeeded();
    await suite.shot(owner, 'nda-settings-empty-en-desktop');
    // The editor opens on the template in the room's language; any other language is one pick away.
    expect(await ndaText(owner).inputValue()).toContain('a proposed supply and manufacturing arrangement between the parties');
    await settings.locator('select[name="nda-lang"]').selectOption('zh-Hans');
    await settings.locator('button', { hasText: 'Start from the template' }).click();
    expect(await ndaText(owner).inputValue()).toContain('各方之间拟议的供应和制造安排');
    await settings.locator('select[name="nda-lang"]').selectOption('en');
    await settings.locator('button', { hasText: 'Start from the template' }).click();
    await settings.locator('button', { hasText: 'Require this NDA' }).click();
    await settings.locator('[role="status"]', { hasText: 'Version 1 published' }).waitFor();

    // The adviser, in the room all along, is shown the NDA instead, at once.
    await waitForNdaScreen(adviser, 'Version 1 · published by Alice Wong', 'NON-DISCLOSURE AGREEMENT');
    await suite.shot(adviser, 'nda-screen-en-desktop', { fullPage: true });
    const party = await suite.page(bob, { viewport: PHONE });
    await openDealRoom(party, server, deal.id, 'board');
    await waitForNdaScreen(party, 'Version 1', 'NON-DISCLOSURE AGREEMENT');
    expect(await horizontalOverflow(party)).toBeNull();
    await suite.shot(party, 'nda-screen-en-phone', { fullPage: true });

    await accept(adviser, 1, 'I accept');
    await dossier(adviser).waitFor();
    const record = settings.locator('.record');
    await record.locator('tbody tr', { hasText: 'Carol Ng' }).waitFor();
    await record.locator('.pending', { hasText: 'Not yet accepted version 1: Bob Li' }).waitFor();
    const csvHref = await record.locator('a[download]').getAttribute('href');
    const csv = await (await owner.context().request.get(`${server.url}${csvHref}`)).text();
    expect(csv.split('\n')[0]).toContain('user agent');
    expect(csv).toMatch(/^1,Carol Ng,.*HeadlessChrome/m);
    await suite.shot(owner, 'nda-settings-en-desktop', { fullPage: true });

    // A new version asks again, at once, whoever accepted the last.
    await ndaText(owner).fill(`${await ndaText(owner).inputValue()}\n\n9. Counterparts. Each member accepts this agreement separately.`);
    await settings.locator('button', { hasText: 'Publish as a new version' }).click();
    await settings.locator('[role="status"]', { hasText: 'Version 2 published' }).waitFor();
    await waitForNdaScreen(adviser, 'Version 2', '9. Counterparts.');
    await accept(adviser, 2, 'I accept');
    await dossier(adviser).waitFor();
    await record.locator('tbody tr', { hasText: 'Carol Ng' }).nth(1).waitFor();
    await record.locator('.pending', { hasText: 'Not yet accepted version 2: Bob Li' }).waitFor();
    // The version history: each version, who published it, who accepted it.
    const history = settings.locator('.nda-history');
    for (const version of ['1', '2']) await history.locator(`li[data-version="${version}"]`, { hasText: 'Accepted by' }).filter({ hasText: 'Alice Wong' }).filter({ hasText: 'Carol Ng' }).waitFor();
    expect(await history.locator('li').first().getAttribute('data-version')).toBe('2');
    await suite.shot(owner, 'nda-record-v2-en-desktop', { fullPage: true });
    await accept(party, 2, 'I accept');
    await record.locator('.pending', { hasText: 'Every member has accepted version 2.' }).waitFor();
    await suite.shot(owner, 'nda-settings-en-phone-width', { fullPage: true });
  });

  it('works in 繁體中文 for a room working in 繁體, on a desktop and a phone', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const { deal, alice, bob, carol } = await setUpDeal(server, '歐洲分銷巡檢無人機', 'zh-Hant');
    const owner = await suite.page(alice, { locale: 'zh-HK', viewport: DESKTOP });
    await openDealRoom(owner, server, deal.id, 'members');
    const settings = owner.locator('.nda-settings');
    await settings.locator('.status', { hasText: '目前無須簽署保密協議' }).waitFor();
    expect(await ndaText(owner).inputValue()).toContain('各方之間擬議之供應及製造安排');
    // An empty text is refused before it is sent; the template is one click away.
    await ndaText(owner).fill('   ');
    await settings.locator('button', { hasText: '要求簽署此保密協議' }).click();
    await settings.locator('[role="alert"]', { hasText: '請填寫協議文本，或以範本開始。' }).waitFor();
    await settings.scrollIntoViewIfNeeded();
    await suite.shot(owner, 'nda-settings-error-zh-hant-desktop');
    await settings.locator('button', { hasText: '以範本開始' }).click();
    await settings.locator('button', { hasText: '要求簽署此保密協議' }).click();
    await settings.locator('[role="status"]', { hasText: '已發佈第 1 版' }).waitFor();

    const party = await suite.page(bob, { locale: 'zh-HK', viewport: DESKTOP });
    await openDealRoom(party, server, deal.id, 'members');
    await waitForNdaScreen(party, '第 1 版', '保密協議');
    await party.locator('.nda-screen h1', { hasText: '歐洲分銷巡檢無人機' }).waitFor();
    await suite.shot(party, 'nda-screen-zh-hant-desktop', { fullPage: true });
    const adviser = await suite.page(carol, { locale: 'zh-HK', viewport: PHONE });
    await openDealRoom(adviser, server, deal.id, 'members');
    await waitForNdaScreen(adviser, '第 1 版', '保密協議');
    expect(await horizontalOverflow(adviser)).toBeNull();
    await suite.shot(adviser, 'nda-screen-zh-hant-phone', { fullPage: true });

    await accept(party, 1, '本人接納');
    await accept(adviser, 1, '本人接納');
    await settings.locator('.pending', { hasText: '所有成員均已接納第 1 版。' }).waitFor();
    await suite.shot(owner, 'nda-settings-zh-hant-desktop', { fullPage: true });
    const phoneOwner = await suite.page(alice, { locale: 'zh-HK', viewport: PHONE });
    await openDealRoom(phoneOwner, server, deal.id, 'members');
    await phoneOwner.locator('.nda-settings .record tbody tr').nth(2).waitFor();
    expect(await horizontalOverflow(phoneOwner)).toBeNull();
    await suite.shot(phoneOwner, 'nda-settings-zh-hant-phone', { fullPage: true });
    await phoneOwner.locator('.nda-settings .record').scrollIntoViewIfNeeded();
    await suite.shot(phoneOwner, 'nda-record-zh-hant-phone');
  });
});
