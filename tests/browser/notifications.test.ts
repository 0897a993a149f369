// Notifications and activity in real Chromium: the bell's unread count rises live when someone
// mentions you, reading in one tab clears the badge in the other, and the organisation page and
// the deal room show filterable activity trails; a failed "mark read" is said, not hidden.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openAs, openDealRoom, setUpDeal, type DealCast } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] notifications suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`notifications in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;
  let cast: DealCast;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
    cast = await setUpDeal(server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const badge = (page: Page) => page.getByTestId('unread-count');

  it('raises the bell live on a mention and clears it in every tab when read', async () => {
    const first = await openAs(browser, server, cast.carol);
    await first.goto(`${server.url}/#/deals`);
    const second = await first.context().newPage();
    await second.goto(`${server.url}/#/marketplace`);
    // Being added to the deal was the first notification.
    await expect.poll(() => badge(first).textContent()).toBe('1');
    await expect.poll(() => badge(second).textContent()).toBe('1');
    const termId = await server.app.registry.read(cast.deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    const comment = await call(server.url, cast.alice, 'POST', `/api/deals/${cast.deal.id}/comments`, {
      anchor: { type: 'term', termId },
      body: `@${cast.carol.user.email} can you check the warranty clause?`,
    });
    expect(comment.status).toBe(201);
    await expect.poll(() => badge(first).textContent()).toBe('2');
    await expect.poll(() => badge(second).textContent()).toBe('2');
    await first.getByRole('button', { name: /Notifications: 2 unread/ }).click();
    await first.getByText('Alice Wong mentioned you in').waitFor();
    await first.getByRole('button', { name: 'Mark all read' }).click();
    await badge(first).waitFor({ state: 'detached' });
    await badge(second).waitFor({ state: 'detached' });
    await first.context().close();
  });

  it('shows the organisation’s activity, and narrows the deal room’s by what happened', async () => {
    const page = await openAs(browser, server, cast.alice);
    await page.goto(`${server.url}/#/orgs/${cast.makerOrg.id}`);
    await page.getByText('Alice Wong created the organisation').waitFor();
    await openDealRoom(page, server, cast.deal.id, 'history');
    const trail = page.locator('.activity-trail');
    await trail.locator('li[data-action="comment.created"]').waitFor();
    await trail.locator('li[data-action="deal.member-joined"]').first().waitFor();
    await trail.getByLabel('What').selectOption('comment');
    await expect.poll(() => trail.locator('li[data-action="deal.member-joined"]').count()).toBe(0);
    expect(await trail.locator('li[data-action="comment.created"]').count()).toBe(1);
    await page.context().close();
  });

  it('says so when marking read fails, and shows the notifications as unread again', async () => {
    const page = await openAs(browser, server, cast.carol);
    await page.goto(`${server.url}/#/deals`);
    const termId = await server.app.registry.read(cast.deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    await call(server.url, cast.alice, 'POST', `/api/deals/${cast.deal.id}/comments`, { anchor: { type: 'term', termId }, body: `@${cast.carol.user.email} one more look?` });
    await expect.poll(() => badge(page).textContent()).toBe('1');
    await page.route('**/api/notifications/read-all', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"internal","message":"unavailable"}' }));
    await page.getByRole('button', { name: /Notifications: 1 unread/ }).click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('dialog').getByRole('alert').waitFor();
    expect(await badge(page).textContent()).toBe('1');
    await page.context().close();
  });
});
