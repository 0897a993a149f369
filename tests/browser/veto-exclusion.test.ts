// Trust around the ranking in real Chromium: "No thanks" asks why, and a declined match stays gone
// after a reload and after both listings are posted again; declining as "a competitor" takes every
// match between the two organisations out of both people's inboxes live (two browsers, English
// and 繁體中文), lists the organisation on the organisation page, and undoing it brings the other
// match back. The weekly outreach figure shows before the click and the refusal past it says when
// the next is possible. Screenshots: desktop and 390 px phone, English and 繁體中文.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { matchCard } from './matching-steps.ts';

/** The card of one pair: each side's listing is matched with several of the other's. */
const pairCard = (page: Page, pair: { need: ListingView; offer: ListingView }) =>
  matchCard(page, pair.offer.title).filter({ has: page.getByRole('link', { name: pair.need.title, exact: true }) });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

if (skipBrowserTests) console.warn(`[browser] veto and exclusion suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`veto and exclusions in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-trust', { server: async () => ({ trust: { interestPerWeek: 1 } }) });
  let maker: TestUser;
  let certifier: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;

  beforeAll(async () => {
    const { url } = suite.server;
    [maker, certifier] = await Promise.all([registerUser(url, 'Mei Chen'), registerUser(url, 'Karen Kwok')]);
    makerOrg = await createOrg(url, maker);
    certifierOrg = await createOrg(url, certifier, CERTIFIER);
  });

  const inboxTitles = async (user: TestUser, tab = 'active') =>
    (await call<MatchInboxPage>(suite.server.url, user, 'GET', `/api/matches?tab=${tab}`)).body.matches.map((match) => match.listing.title);
  async function pair(needTitle: string, offerTitle: string): Promise<{ need: ListingView; offer: ListingView }> {
    const need = await createListing(suite.server.url, maker, needFor(makerOrg.id, { title: needTitle }));
    const offer = await createListing(suite.server.url, certifier, offerFor(certifierOrg.id, { title: offerTitle }));
    await waitFor(async () => (await inboxTitles(maker)).includes(offerTitle), `the match with “${offerTitle}”`);
    return { need, offer };
  }
  const openInbox = async (page: Page, tab = 'active') => {
    await page.goto(`${suite.server.url}/#/matches${tab === 'active' ? '' : `?tab=${tab}`}`);
    await page.locator('.matches-page h1').waitFor();
  };

  it('keeps a declined match gone after a reload and after both listings are posted again', { timeout: 90_000 }, async () => {
    const vetoed = await pair('Drone certification for the EU', 'CE testing for drones, Science Park lab');
    const { need, offer } = vetoed;
    const page = await suite.page(maker, { viewport: DESKTOP });
    await openInbox(page);
    const card = pairCard(page, vetoed);
    await expect.poll(() => card.getByTestId('outreach-left').textContent()).toBe('1 of 1 left this week');
    await card.getByRole('button', { name: 'Decline' }).click();
    await card.getByTestId('decline-reasons').waitFor();
    await card.getByTestId('decline-reasons').scrollIntoViewIfNeeded();
    await suite.shot(page, 'decline-reasons-en-desktop');
    await card.getByRole('button', { name: 'Not relevant' }).click();
    await card.waitFor({ state: 'detached' });

    await page.reload();
    await page.locator('.matches-page h1').waitFor();
    for (const [user, listing] of [
      [maker, need],
      [certifier, offer],
    ] as const) {
      const edited = await call(suite.server.url, user, 'PATCH', `/api/listings/${listing.id}`, { description: `${listing.description} Posted again.` });
      expect(edited.status).toBe(200);
    }
    await page.reload();
    await page.locator('.matches-page h1').waitFor();
    expect(await pairCard(page, vetoed).count()).toBe(0);
    expect(await inboxTitles(maker)).not.toContain(offer.title);
    expect(await inboxTitles(certifier)).not.toContain(need.title);

    await openInbox(page, 'declined');
    await expect.poll(() => pairCard(page, vetoed).getByTestId('decline-reason').textContent()).toBe('You declined: Not relevant');
    await suite.shot(page, 'declined-tab-en-desktop');
  });

  it('takes every match between two organisations out of both inboxes on "a competitor", and brings it back on undo', { timeout: 90_000 }, async () => {
    const first = await pair('Drone type testing for Hong Kong', 'Drone type testing in Hong Kong');
    const second = await pair('FCC certification for inspection drones', 'FCC certification of drones');
    const makerPage = await suite.page(maker, { locale: 'zh-HK', viewport: DESKTOP });
    const certifierPage = await suite.page(certifier, { viewport: DESKTOP });
    await openInbox(makerPage);
    await openInbox(certifierPage);
    await pairCard(certifierPage, first).waitFor();
    await pairCard(certifierPage, second).waitFor();

    const card = pairCard(makerPage, first);
    await card.getByRole('button', { name: '婉拒' }).click();
    await card.getByTestId('decline-reasons').waitFor();
    await makerPage.setViewportSize(PHONE);
    await card.getByTestId('decline-reasons').scrollIntoViewIfNeeded();
    await suite.shot(makerPage, 'decline-reasons-zh-hant-phone');
    await expectNoSidewaysScroll(makerPage);
    await makerPage.setViewportSize(DESKTOP);
    await card.getByRole('button', { name: '是競爭對手' }).click();

    // Both cards leave both screens live, the other person's too (no reload).
    for (const [page, which] of [
      [makerPage, first],
      [makerPage, second],
      [certifierPage, first],
      [certifierPage, second],
    ] as const) {
      await expect.poll(() => pairCard(page, which).count()).toBe(0);
    }
    // Every match between the two organisations went, not only the declined one.
    await expect.poll(async () => certifierPage.locator('.match-card').count()).toBe(0);
    await suite.shot(certifierPage, 'excluded-side-inbox-en-desktop');
    expect(await inboxTitles(certifier, 'declined')).not.toContain(first.need.title);

    await makerPage.goto(`${suite.server.url}/#/orgs/${makerOrg.id}`);
    const list = makerPage.getByTestId('org-exclusions');
    await list.getByText(CERTIFIER.name).waitFor();
    await expect.poll(() => list.textContent()).toContain('競爭對手');
    await suite.shot(makerPage, 'org-exclusions-zh-hant-desktop', { fullPage: true });
    await makerPage.setViewportSize(PHONE);
    await list.scrollIntoViewIfNeeded();
    await suite.shot(makerPage, 'org-exclusions-zh-hant-phone');
    await expectNoSidewaysScroll(makerPage);

    await list.getByRole('button', { name: '移除' }).click();
    await list.getByText('目前沒有排除任何對象', { exact: false }).waitFor();
    await pairCard(certifierPage, second).waitFor();
    await makerPage.setViewportSize(DESKTOP);
    await suite.shot(makerPage, 'org-exclusions-empty-zh-hant-desktop');
  });

  it('shows the weekly outreach left before the click and says when the next is possible past it', { timeout: 90_000 }, async () => {
    const one = await pair('Drone EMC testing', 'EMC testing for drones');
    const two = await pair('Drone battery certification', 'Battery certification for drones');
    const page = await suite.page(maker, { viewport: PHONE });
    await openInbox(page);
    const first = pairCard(page, one);
    await first.getByRole('button', { name: 'Interested' }).click();
    await first.getByTestId('outreach-left').waitFor({ state: 'detached' });
    const next = pairCard(page, two);
    await expect.poll(() => next.getByTestId('outreach-left').textContent()).toBe('0 of 1 left this week');
    await next.getByRole('button', { name: 'Interested' }).click();
    await next.getByText('You can express interest again from', { exact: false }).waitFor();
    await next.scrollIntoViewIfNeeded();
    await suite.shot(page, 'outreach-limit-error-en-phone');
    await expectNoSidewaysScroll(page);
  });
});
