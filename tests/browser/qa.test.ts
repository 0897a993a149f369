// The Q&A tab in real Chromium, each person in their own browser: the maker's owner asks the
// certifier's side a question assigned to a colleague; the colleague drafts an answer the asker
// never sees; the certifier's party designates himself approver and approves; the asker sees
// the answer, accepts it and adds it to the FAQ, which the other side then reads. Again, shorter,
// in 繁體中文 on a phone, with an overdue question once the clock has moved on. Screenshots:
// desktop and 390 px, English and 繁體中文, the empty state and a refused question.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { QaListView } from '../../shared/schemas/qa.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';
import { browserSuite, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { addMember, setUpDeal, type DealCast } from './deal-steps.ts';

const DAY_MS = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

if (skipBrowserTests) console.warn(`[browser] Q&A suite ${SKIP_REASON}`);

/** Moved forward by the overdue test; the server dates everything by it. */
let clockShift = 0;

async function openQa(page: Page, baseUrl: string, dealId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/deals/${dealId}/qa`);
  await page.locator('.qa-view :is(.questions, .empty-state, .faq)').first().waitFor();
}

/** The certifier's colleague, a party of side B and the question's assignee. */
async function addColleague(cast: DealCast, baseUrl: string, name: string): Promise<TestUser> {
  const colleague = await registerUser(baseUrl, name);
  await addMember(baseUrl, cast.bob, cast.certifierOrg.id, colleague);
  await inviteAndAccept(baseUrl, cast.alice, `/api/deals/${cast.deal.id}/members`, colleague, { role: 'party', orgId: cast.certifierOrg.id });
  return colleague;
}

async function ask(page: Page, fields: { title: string; category: string; assigneeId?: string; due?: string; anchor?: string }): Promise<void> {
  await page.locator('.qa-head button', { hasText: /New question|新問題/ }).click();
  await page.locator('input[name="qa-title"]').fill(fields.title);
  await page.locator('select[name="qa-category"]').selectOption(fields.category);
  await page.locator('select[name="qa-priority"]').selectOption('high');
  if (fields.due) await page.locator('input[name="qa-due"]').fill(fields.due);
  if (fields.assigneeId) await page.locator('select[name="qa-assignee"]').selectOption(fields.assigneeId);
  if (fields.anchor) await page.locator('select[name="qa-anchor"]').selectOption(fields.anchor);
  await page.locator('form.ask button[type="submit"]').click();
}

const questionItem = (page: Page, title: string) => page.locator('.questions li', { hasText: title });
const status = (page: Page) => page.locator('article.question .badge.status');

describe.skipIf(skipBrowserTests)(`Q&A in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-qa', { server: async () => ({ clock: () => new Date(Date.now() + clockShift) }) });

  it('asks, drafts unseen by the asker, approves, accepts and adds the answer to the FAQ, each side in its own browser', { timeout: 120_000 }, async () => {
    const cast = await setUpDeal(suite.server, 'Drone inspection Q&A');
    const cai = await addColleague(cast, suite.server.url, 'Cai Colleague');
    const alice = await suite.page(cast.alice);
    await openQa(alice, suite.server.url, cast.deal.id);
    await alice.locator('.qa-view .empty-state', { hasText: 'No questions yet' }).waitFor();
    await suite.shot(alice, 'qa-empty-en-desktop');

    // A question without a title is refused on the spot, nothing is sent.
    await alice.locator('.qa-head button', { hasText: 'New question' }).click();
    await alice.locator('form.ask button[type="submit"]').click();
    await alice.locator('form.ask .field-error', { hasText: 'Write the question' }).waitFor();
    await suite.shot(alice, 'qa-refused-en-desktop');
    await alice.locator('form.ask button', { hasText: 'Cancel' }).click();

    const title = 'Are the 2023 accounts audited?';
    await ask(alice, { title, category: 'financial', assigneeId: cai.user.id, due: dayFromNow(14), anchor: 'section:overview' });
    await alice.locator('article.question h3', { hasText: title }).waitFor();
    expect(await alice.locator('article.question').textContent()).toContain('About: ');

    // The assignee sees it live, assigned to her, and drafts an answer.
    const colleague = await suite.page(cai);
    await openQa(colleague, suite.server.url, cast.deal.id);
    await questionItem(colleague, title).locator('button').click();
    await colleague.locator('article.question', { hasText: 'Assigned to Cai Colleague' }).waitFor();
    await colleague.locator('textarea[name="qa-draft"]').fill('Yes, by KPMG; the report is in the data room.');
    await colleague.locator('form.draft button[type="submit"]').click();
    await colleague.locator('[data-testid="qa-draft"]', { hasText: 'by KPMG' }).waitFor();
    await colleague.locator('article.question', { hasText: 'Waiting for an approver' }).waitFor();
    await suite.shot(colleague, 'qa-drafted-en-desktop');

    // The certifier's party designates himself approver, then approves the draft.
    const bob = await suite.page(cast.bob);
    await openQa(bob, suite.server.url, cast.deal.id);
    await bob.locator('.approvers summary').click();
    const approverBox = bob.locator(`input[name="qa-approver"][value="${cast.bob.user.id}"]`);
    await approverBox.check();
    await expect.poll(async () => (await call<QaListView>(suite.server.url, cast.bob, 'GET', `/api/deals/${cast.deal.id}/qa`)).body.can.approves).toBe(true);
    await questionItem(bob, title).locator('button').click();
    await bob.locator('[data-testid="qa-draft"]', { hasText: 'by KPMG' }).waitFor();

    // Meanwhile the asker still reads it as open, with no draft anywhere on her page.
    await questionItem(alice, title).locator('.badge.status[data-status="open"]').waitFor();
    expect(await alice.content()).not.toContain('by KPMG');
    expect(await alice.locator('[data-testid="qa-draft"]').count()).toBe(0);

    await bob.locator('article.question button', { hasText: 'Approve and send' }).click();
    await bob.locator('[data-testid="qa-answer"]', { hasText: 'Written by Cai Colleague, approved by Bob Li' }).waitFor();

    // The asker sees the approved answer arrive, accepts it and adds it to the FAQ.
    await alice.locator('[data-testid="qa-answer"]', { hasText: 'by KPMG' }).waitFor();
    await expect.poll(() => status(alice).getAttribute('data-status')).toBe('answered');
    await suite.shot(alice, 'qa-answered-en-desktop');
    await alice.locator('article.question button', { hasText: 'Accept the answer' }).click();
    await expect.poll(() => status(alice).getAttribute('data-status')).toBe('closed');
    await alice.locator('article.question button', { hasText: 'Add to the FAQ' }).click();
    await alice.locator('article.question .badge.faq').waitFor();

    // The other side reads it in the FAQ.
    await colleague.locator('.switch button', { hasText: 'FAQ (1)' }).click();
    await colleague.locator('.faq li', { hasText: title }).locator('[data-testid="qa-answer"]', { hasText: 'by KPMG' }).waitFor();
    await suite.shot(colleague, 'qa-faq-en-desktop');

    // On a phone the open question fills the screen; back leads to the list.
    await colleague.setViewportSize(PHONE);
    await colleague.locator('article.question .back').click();
    await colleague.locator('.switch button', { hasText: 'Questions (1)' }).click();
    await questionItem(colleague, title).waitFor();
    await suite.shot(colleague, 'qa-list-en-phone', { fullPage: true });
    await questionItem(colleague, title).locator('button').click();
    await colleague.locator('article.question .back').waitFor();
    await suite.shot(colleague, 'qa-closed-en-phone', { fullPage: true });
  });

  it('runs the short journey in 繁體中文 on a phone and flags a question past its due date', { timeout: 120_000 }, async () => {
    const cast = await setUpDeal(suite.server, '無人機檢測問答');
    const setApprover = await call(suite.server.url, cast.bob, 'PUT', `/api/deals/${cast.deal.id}/qa/approvers/${cast.bob.user.id}`, { approver: true });
    expect(setApprover.status).toBe(200);
    const alice = await suite.page(cast.alice, { locale: 'zh-HK', viewport: PHONE });
    await openQa(alice, suite.server.url, cast.deal.id);
    await alice.locator('.qa-view .empty-state', { hasText: '尚未有問題' }).waitFor();
    await suite.shot(alice, 'qa-empty-zh-hant-phone');

    const title = '認證需時多久？';
    await ask(alice, { title, category: 'regulatory', assigneeId: cast.bob.user.id, due: dayFromNow(1) });
    await alice.locator('article.question h3', { hasText: title }).waitFor();
    await suite.shot(alice, 'qa-asked-zh-hant-phone', { fullPage: true });

    const bob = await suite.page(cast.bob, { locale: 'zh-HK' });
    await openQa(bob, suite.server.url, cast.deal.id);
    await questionItem(bob, title).locator('button').click();
    await bob.locator('textarea[name="qa-draft"]').fill('約六至八星期。');
    await bob.locator('form.draft button[type="submit"]').click();
    await bob.locator('article.question button', { hasText: '核准並發送' }).click();
    await bob.locator('[data-testid="qa-answer"]', { hasText: '約六至八星期' }).waitFor();
    await suite.shot(bob, 'qa-approved-zh-hant-desktop');

    await alice.locator('[data-testid="qa-answer"]', { hasText: '約六至八星期' }).waitFor();
    await alice.locator('article.question button', { hasText: '加入常見問題' }).click();
    await alice.locator('article.question .badge.faq', { hasText: '已列入常見問題' }).waitFor();
    await alice.locator('article.question button', { hasText: '接受回答' }).click();
    await expect.poll(() => status(alice).getAttribute('data-status')).toBe('closed');
    await suite.shot(alice, 'qa-faq-zh-hant-phone', { fullPage: true });

    // A second question due tomorrow, then three days pass: it is flagged overdue.
    await alice.locator('article.question .back').click();
    await ask(alice, { title: '保險文件在哪裡？', category: 'legal', due: dayFromNow(1) });
    await alice.locator('article.question h3', { hasText: '保險文件在哪裡？' }).waitFor();
    clockShift = 3 * DAY_MS;
    const desk = await suite.page(cast.alice, { locale: 'zh-HK' });
    await openQa(desk, suite.server.url, cast.deal.id);
    await desk.locator('[data-testid="qa-overdue-count"]', { hasText: '1 項已逾期' }).waitFor();
    await questionItem(desk, '保險文件在哪裡？').locator('.badge.overdue', { hasText: '已逾期' }).waitFor();
    await suite.shot(desk, 'qa-overdue-zh-hant-desktop');
    clockShift = 0;
  });
});
