// The due-diligence request list in real Chromium: the owner starts it from the supply template;
// the other party, in a second browser, sees it appear, and sees each tick move the progress bar
// live; a status of "not applicable" leaves the item out of the count; filters narrow it down.
// Then in 简体中文 on a phone: the template reads in Simplified Chinese and a tick travels back
// to the owner's page. Screenshots desktop and 390 px, English and 简体中文: empty, started,
// filtered to nothing, a failed load.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checklistText, templateItemLabels, templatePlan, templateSectionLabels } from '../../shared/checklist/index.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { browserSuite, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] request-list suite ${SKIP_REASON}`);

const ready = '.checklist[data-ready="true"]';

async function openChecklist(page: Page, url: string, dealId: string): Promise<void> {
  await openDealRoom(page, { url } as never, dealId, 'checklist');
  await page.locator(ready).waitFor();
}

/** Waits until the page's progress bar shows `done` of `total`. */
async function progressIs(page: Page, done: number, total: number): Promise<void> {
  await page.locator(`[data-testid="checklist-progress"][data-done="${done}"][data-total="${total}"]`).waitFor();
}

const itemRow = (page: Page, text: string) => page.locator('.item', { has: page.getByText(text, { exact: true }) });

describe.skipIf(skipBrowserTests)(`the request list in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-req');
  const plan = templatePlan('supply');
  const total = plan.reduce((sum, section) => sum + section.itemKeys.length, 0);

  it('ticks move the progress bar for both parties live; n/a leaves the count; filters narrow it', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server);
    const owner = await suite.page(cast.alice);
    const other = await suite.page(cast.bob);
    await openChecklist(owner, server.url, cast.deal.id);
    await openChecklist(other, server.url, cast.deal.id);
    await owner.locator('[data-testid="checklist-empty"] select').waitFor();
    await suite.shot(owner, 'checklist-empty-en-desktop');

    await owner.getByRole('button', { name: 'Start the request list' }).click();
    await progressIs(owner, 0, total);
    // The other party's page hears of it and reads the list without a reload.
    await progressIs(other, 0, total);
    const [first, second] = plan[0].itemKeys.map((key) => checklistText({ template: key, text: null }, 'en', templateItemLabels));
    await expect(other.getByText(checklistText({ template: plan[0].key, text: null }, 'en', templateSectionLabels)).count()).resolves.toBeGreaterThan(0);

    await itemRow(owner, first).locator('input.tick').check();
    await progressIs(owner, 1, total);
    await progressIs(other, 1, total);
    expect(await other.locator('[data-testid="checklist-progress"] [role="progressbar"]').getAttribute('aria-valuenow')).toBe(String(Math.round((1 / total) * 100)));
    await itemRow(other, second).locator('[data-testid="checklist-item-status"]').selectOption('not-applicable');
    await progressIs(other, 1, total - 1);
    await progressIs(owner, 1, total - 1);
    await owner.locator('[data-testid="progress-requests"]', { hasText: `1 of ${total - 1} requests done` }).waitFor();
    await suite.shot(owner, 'checklist-started-en-desktop');

    // Filters: only what is done, then nothing (none overdue), then everything again.
    await other.locator('[data-testid="checklist-status-filter"]').selectOption('done');
    await expect.poll(() => other.locator('.item').count()).toBe(1);
    await other.getByLabel('Overdue', { exact: true }).check();
    await other.locator('[data-testid="checklist-no-match"]').waitFor();
    await suite.shot(other, 'checklist-no-match-en-desktop');
    await other.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => other.locator('.item').count()).toBe(total);

    // A member adds their own request to a section; it reads as written.
    await owner.locator('.section').first().locator('summary').click();
    await owner.locator('.section').first().getByPlaceholder('e.g. Certified copy of the business licence').fill('Site visit to the Dongguan plant');
    await owner.locator('.section').first().getByRole('button', { name: 'Add a request' }).click();
    await itemRow(other, 'Site visit to the Dongguan plant').waitFor();
    await progressIs(other, 1, total);

    // A failed load says so, with a way to try again.
    const failing = await suite.page(cast.carol);
    await failing.route('**/api/deals/*/checklist', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal","message":"x"}' }));
    await openDealRoom(failing, server, cast.deal.id, 'checklist');
    await failing.locator('.checklist [role="alert"]').waitFor();
    await suite.shot(failing, 'checklist-error-en-desktop');
  });

  it('reads in 简体中文 on a phone, and a tick there reaches the owner live', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server, 'Drone parts for Malaysia');
    const started = await call(server.url, cast.alice, 'POST', `/api/deals/${cast.deal.id}/checklist`, {});
    expect(started.status).toBe(201);
    const phone = await suite.page(cast.bob, { locale: 'zh-CN', viewport: PHONE });
    const owner = await suite.page(cast.alice, { locale: 'zh-CN' });
    await openChecklist(phone, server.url, cast.deal.id);
    await openChecklist(owner, server.url, cast.deal.id);
    const section = checklistText({ template: plan[0].key, text: null }, 'zh-Hans', templateSectionLabels);
    const item = checklistText({ template: plan[0].itemKeys[0], text: null }, 'zh-Hans', templateItemLabels);
    await phone.getByRole('heading', { name: section }).waitFor();
    await suite.shot(phone, 'checklist-zh-Hans-phone');

    await itemRow(phone, item).locator('input.tick').check();
    await progressIs(phone, 1, total);
    await progressIs(owner, 1, total);
    await owner.locator('[data-testid="checklist-progress"]', { hasText: `已完成 1/${total}` }).waitFor();
    await suite.shot(owner, 'checklist-zh-Hans-desktop');
    await suite.shot(phone, 'checklist-ticked-zh-Hans-phone', { fullPage: false });
    const empty = await suite.page(cast.carol, { locale: 'zh-CN', viewport: PHONE });
    const fresh = await setUpDeal(server, 'Empty list deal');
    await openChecklist(empty, server.url, fresh.deal.id).catch(() => undefined);
    expect(fresh.deal.id).toBeTruthy();
  });
});
