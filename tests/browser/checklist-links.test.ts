// Links between the request list, the data room and the Q&A in real Chromium: the owner links a
// request to a shared file, a file only her side may see and an answered question; the other
// party sees the two links he may, follows the file into the Files tab and the answer into the
// Q&A (where his side reassigns the question and the cited file opens in the Files tab), and his
// own change to the links leaves the hidden one in place. Then the picker in 简体中文 on a phone.
// Screenshots: desktop and 390 px, English and 简体中文, the picker, the links, an empty picker.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/schemas/checklist.ts';
import type { QuestionView } from '../../shared/schemas/qa.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { readChecklist, startChecklist } from '../checklist/checklist-world.ts';
import { createFolder, pdfBytes, uploadFile } from '../dataroom/dataroom-world.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { browserSuite, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal, type DealCast } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] request-list links suite ${SKIP_REASON}`);

async function openChecklist(page: Page, server: TestServer, dealId: string): Promise<void> {
  await openDealRoom(page, server, dealId, 'checklist');
  await page.locator('.checklist[data-ready="true"] .item').first().waitFor();
}

const firstItem = (page: Page) => page.locator('.checklist .item').first();
const linksOf = (page: Page) => firstItem(page).locator('[data-testid="checklist-link"]');

/** A question from the maker's side that the certifier's party answers (citing `fileId`) and approves. */
async function answeredQuestion(server: TestServer, cast: DealCast, fileId: string): Promise<QuestionView> {
  const qa = (user: TestUser, method: string, rest: string, body?: unknown) => call<QuestionView>(server.url, user, method, `/api/deals/${cast.deal.id}/qa${rest}`, body);
  const asked = (await qa(cast.alice, 'POST', '', { title: 'Who audits your accounts?', category: 'financial' })).body;
  await qa(cast.bob, 'PUT', `/approvers/${cast.bob.user.id}`, { approver: true });
  await qa(cast.bob, 'PUT', `/${asked.id}/draft`, { body: 'KPMG; the report is in the data room.', fileIds: [fileId] });
  const approved = await qa(cast.bob, 'POST', `/${asked.id}/approve`);
  if (approved.body.status !== 'answered') throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
  return approved.body;
}

describe.skipIf(skipBrowserTests)(`request-list links in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-u13');

  it('links a request to files and an answer; each side sees and follows only what it may', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server, 'Drone audit requests');
    const deal = cast.deal.id;
    await startChecklist(server, cast.alice, deal);
    const shared = (await createFolder(server, cast.alice, deal, { name: 'Shared' })).body;
    const makerOnly = (await createFolder(server, cast.alice, deal, { name: 'Maker only', access: { view: [{ kind: 'org', orgId: cast.makerOrg.id }], download: [], upload: [] } })).body;
    const accounts = (await uploadFile(server, cast.alice, deal, { folderId: shared.id, name: 'accounts-2023.pdf' }, pdfBytes())).body;
    await uploadFile(server, cast.alice, deal, { folderId: makerOnly.id, name: 'board-minutes.pdf' }, pdfBytes());
    const question = await answeredQuestion(server, cast, accounts.id);

    const alice = await suite.page(cast.alice);
    await openChecklist(alice, server, deal);
    await firstItem(alice).getByRole('button', { name: /^Link files or answers/ }).click();
    const picker = alice.locator('[data-testid="checklist-link-picker"]');
    await picker.locator('[data-testid="checklist-link-answers"]', { hasText: 'Q1 Who audits your accounts?' }).waitFor();
    for (const name of ['accounts-2023.pdf', 'board-minutes.pdf', 'Q1 Who audits your accounts?']) await picker.getByLabel(name).check();
    await suite.shot(alice, 'links-picker-en-desktop');
    await picker.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => linksOf(alice).count()).toBe(3);
    await suite.shot(alice, 'links-shown-en-desktop');

    // The certifier's party sees the shared file and the answer, never the maker-only file.
    const bob = await suite.page(cast.bob);
    await openChecklist(bob, server, deal);
    await expect.poll(() => linksOf(bob).count()).toBe(2);
    expect(await bob.content()).not.toContain('board-minutes');

    // The file link opens that file in the Files tab; the answer link opens the question in Q&A.
    await linksOf(bob).filter({ hasText: 'accounts-2023.pdf' }).click();
    await bob.locator('.file-details[data-file="accounts-2023.pdf"]').waitFor();
    await bob.goBack();
    await linksOf(bob).filter({ hasText: 'Who audits' }).click();
    await bob.locator('article.question h3', { hasText: 'Who audits your accounts?' }).waitFor();

    // His side picks who answers; the asking side reads the new assignee live.
    await bob.locator('select[name="qa-reassign"]').selectOption(cast.bob.user.id);
    await bob.locator('article.question', { hasText: 'Assigned to Bob Li' }).waitFor();
    await alice.goto(`${server.url}/#/deals/${deal}/qa?open=${question.id}`);
    await alice.locator('article.question', { hasText: 'Assigned to Bob Li' }).waitFor();
    expect(await alice.locator('select[name="qa-reassign"]').count()).toBe(0);
    await suite.shot(bob, 'links-question-en-desktop');

    // The file the answer cites opens in the Files tab too.
    await bob.locator('[data-testid="qa-answer"] a.file', { hasText: 'accounts-2023.pdf' }).click();
    await bob.locator('.file-details[data-file="accounts-2023.pdf"]').waitFor();

    // Bob takes the file off; the maker-only link he never saw stays on the owner's list.
    await openChecklist(bob, server, deal);
    await firstItem(bob).getByRole('button', { name: /^Link files or answers/ }).click();
    await bob.locator('[data-testid="checklist-link-picker"]').getByLabel('accounts-2023.pdf').uncheck();
    await bob.locator('[data-testid="checklist-link-picker"]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => linksOf(bob).count()).toBe(1);
    await alice.goto(`${server.url}/#/deals/${deal}/checklist`);
    await expect.poll(() => linksOf(alice).allTextContents()).toEqual(['💬 Q1 Who audits your accounts?', '📄 board-minutes.pdf']);
    const stored: ChecklistView = await readChecklist(server, cast.alice, deal);
    expect(stored.items[0].links.map((link) => link.kind).sort()).toEqual(['answer', 'file']);
  });

  it('offers the picker in 简体中文 on a phone, empty where nothing can be linked yet', { timeout: 60_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server, '无人机尽调清单', 'zh-Hans');
    await startChecklist(server, cast.alice, cast.deal.id);
    const alice = await suite.page(cast.alice, { locale: 'zh-CN', viewport: PHONE });
    await openChecklist(alice, server, cast.deal.id);
    await firstItem(alice).getByRole('button', { name: /链接文件或答复/ }).click();
    const picker = alice.locator('[data-testid="checklist-link-picker"]');
    await picker.getByText('资料室中尚无你可查看的文件。').waitFor();
    await picker.getByText('尚无已答复的问题。').waitFor();
    await suite.shot(alice, 'links-picker-empty-zh-hans-phone', { fullPage: true });
    const overflow = await alice.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
