// Invitations in real Chromium: an owner invites from the deal's Members tab and is told only
// "invitation sent"; the invitee finds it on their deals page, in their language, and Accept
// opens the deal room; a declined organisation invitation leaves them outside. Screenshots:
// desktop English and a 390 px phone in 简体中文.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, createOrg } from '../listings/marketplace-helpers.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openAs, openDealRoom } from './deal-steps.ts';

const SHOTS = path.join(os.tmpdir(), 'superconnector-invitations');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

if (skipBrowserTests) console.warn(`[browser] invitations suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`invitations in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('invites from the Members tab; the invitee accepts on the deals page and lands in the room', { timeout: 60_000 }, async () => {
    const [alice, bob] = await Promise.all([registerUser(server.url, 'Alice Wong'), registerUser(server.url, 'Bob Li')]);
    const deal = (await call<DealDetail>(server.url, alice, 'POST', '/api/deals', { title: 'Drone parts for the EU', type: 'supply' })).body;
    const owner = await openAs(browser, server, alice);
    await openDealRoom(owner, server, deal.id, 'members');
    await owner.locator('input[name="member-email"]').fill(bob.user.email);
    await owner.locator('select[name="member-role"]').selectOption('adviser');
    await owner.locator('form.invite button[type="submit"]').click();
    await owner.locator('.sent-notice', { hasText: `Invitation sent to ${bob.user.email}` }).waitFor();
    await owner.locator('.sent li[data-state="pending"]', { hasText: bob.user.email }).waitFor();
    await shot(owner, 'invitation-sent-en-desktop');

    const invitee = await openAs(browser, server, bob);
    await invitee.goto(`${server.url}/#/deals`);
    const item = invitee.locator('.invitations li[data-kind="deal"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Alice Wong invites you to the deal “Drone parts for the EU” as Adviser');
    await shot(invitee, 'pending-invitation-en-desktop');
    await item.locator('button', { hasText: 'Accept' }).click();
    await invitee.waitForURL(`**/#/deals/${deal.id}`);
    await invitee.locator('.dossier-text[data-section="overview"]').waitFor();
    await owner.context().close();
    await invitee.context().close();
  });

  it('declining an organisation invitation leaves the invitee outside it', { timeout: 60_000 }, async () => {
    const [carol, dan] = await Promise.all([registerUser(server.url, 'Carol Ng'), registerUser(server.url, 'Dan Ho')]);
    const org = await createOrg(server.url, carol);
    expect((await call(server.url, carol, 'POST', `/api/orgs/${org.id}/members`, { email: dan.user.email, role: 'member' })).status).toBe(202);
    const page = await openAs(browser, server, dan, { locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/#/orgs`);
    const item = page.locator('.invitations li[data-kind="org"]');
    await item.waitFor();
    await shot(page, 'pending-org-invitation-zh-hans-phone');
    await item.locator('button', { hasText: '拒绝' }).click();
    await page.locator('.invitations .notice', { hasText: '已拒绝邀请。' }).waitFor();
    expect(await page.locator('.invitations li').count()).toBe(0);
    expect((await call<{ myRole: string | null }>(server.url, dan, 'GET', `/api/orgs/${org.id}`)).body.myRole).toBeNull();
    await page.context().close();
  });
});
