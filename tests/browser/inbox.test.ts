// The match inbox at volume in real Chromium: the best fit comes first although it is the oldest
// card, a search in 繁體 finds a card written in 简体, filters survive a reload and say when
// nothing matches (with a way to clear them), grouped new-match news leads to the inbox filtered
// to its listing, and the bell's panel closes when the page changes. Screenshots: desktop and
// 390 px phone, English and 繁體中文, each checked for sideways scrolling.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, createListing, createOrg } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

const NEED_TITLE = 'Distributors wanted across ASEAN';
const BEST_TITLE = 'Inspection drone distribution across ASEAN';
const HANS_TITLE = '东盟无人机分销网络';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

const firstCardTitle = (page: Page) => page.locator('.match-card').first().locator('.their-title').textContent();

if (skipBrowserTests) console.warn(`[browser] inbox suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`the match inbox in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-inbox');
  let maker: TestUser;
  let need: ListingView;

  beforeAll(async () => {
    const { url } = suite.server;
    maker = await registerUser(url, 'Mei Chen');
    const makerOrg = await createOrg(url, maker, { name: 'Pearl River Drones', region: 'shenzhen', sectors: ['drones'] });
    need = await createListing(url, maker, {
      orgId: makerOrg.id,
      kind: 'need',
      category: 'market-entry',
      title: NEED_TITLE,
      description: 'Shenzhen maker of industrial inspection drones seeks distributors in Singapore, Malaysia and Vietnam.',
      sectors: ['drones'],
      regions: ['asean'],
      dealSize: '1m-5m',
    });
    const seller = await registerUser(url, 'Daniel Tan');
    const sellerOrg = await createOrg(url, seller, { name: 'Lion City Distribution', region: 'singapore', sectors: ['drones', 'logistics'] });
    const offer = (title: string, description: string, extra: Record<string, unknown>) =>
      createListing(url, seller, { orgId: sellerOrg.id, kind: 'offer', category: 'market-entry', title, description, ...extra });
    // The best fit is posted first, so newest-first would put it last.
    await offer(BEST_TITLE, 'Distributor of industrial inspection drones in Singapore, Malaysia and Vietnam; import permits and after-sales service.', { sectors: ['drones'], regions: ['asean'], dealSize: '1m-5m' });
    await offer(HANS_TITLE, '新加坡无人机分销商，覆盖马来西亚及越南，提供进口许可及售后服务。', { sectors: ['drones', 'logistics'], regions: ['singapore'] });
    await offer('Drone logistics in Jakarta', 'Bonded warehousing and delivery of drones in Jakarta.', { sectors: ['drones', 'logistics'], regions: ['indonesia'], dealSize: '20m-100m' });
    await offer('Robotics resale in Bangkok', 'Resale of service robots and drones to Thai retailers.', { sectors: ['drones'], regions: ['thailand'], dealSize: 'under-1m' });
    await waitFor(async () => (await call<MatchInboxPage>(url, maker, 'GET', '/api/matches')).body.total >= 3, 'three matches or more');
  });

  it('ranks the best fit first, searches across scripts, keeps the filters on reload and clears them', { timeout: 90_000 }, async () => {
    const ranked = (await call<MatchInboxPage>(suite.server.url, maker, 'GET', '/api/matches?sort=fit')).body.matches.map((match) => match.listing.title);
    const newest = (await call<MatchInboxPage>(suite.server.url, maker, 'GET', '/api/matches?sort=newest')).body.matches.map((match) => match.listing.title);
    expect(ranked[0]).toBe(BEST_TITLE);
    expect(newest.at(-1)).toBe(BEST_TITLE);

    const page = await suite.page(maker, { viewport: DESKTOP });
    await page.goto(`${suite.server.url}/#/matches`);
    await page.locator('.match-card').first().waitFor();
    expect(await firstCardTitle(page)).toBe(BEST_TITLE);
    await page.locator('select[name="sort"]').selectOption('newest');
    await expect.poll(() => firstCardTitle(page)).not.toBe(BEST_TITLE);
    await page.locator('select[name="sort"]').selectOption('fit');
    await expect.poll(() => firstCardTitle(page)).toBe(BEST_TITLE);
    await expectNoSidewaysScroll(page);
    await suite.shot(page, 'inbox-ranked-en-desktop', { fullPage: true });

    await page.locator('input[name="q"]').fill('無人機分銷');
    await expect.poll(() => page.locator('.match-card').count()).toBe(1);
    expect(await firstCardTitle(page)).toBe(HANS_TITLE);
    await page.waitForURL(/#\/matches\?q=/);
    await page.reload();
    await page.locator('.match-card', { hasText: HANS_TITLE }).waitFor();
    expect(await page.locator('input[name="q"]').inputValue()).toBe('無人機分銷');
    expect(await page.locator('.match-card').count()).toBe(1);

    await page.locator('input[name="q"]').fill('geothermal');
    await page.getByText('No matches for these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => page.locator('.match-card').count()).toBe(ranked.length);
    expect(await page.locator('input[name="q"]').inputValue()).toBe('');
  });

  it('groups new-match news per listing, leads to the inbox filtered to it, and closes the panel on navigation', { timeout: 60_000 }, async () => {
    const page = await suite.page(maker, { viewport: DESKTOP });
    await page.goto(`${suite.server.url}/#/deals`);
    await page.getByRole('button', { name: /Notifications/ }).click();
    const grouped = page.getByRole('dialog').getByRole('link', { name: new RegExp(`\\d+ new matches for “${NEED_TITLE}”`) });
    await grouped.waitFor();
    await page.evaluate(() => (window.location.hash = '#/marketplace'));
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /Notifications/ }).click();
    await grouped.click();
    await page.waitForURL(new RegExp(`#/matches\\?listing=${need.id}`));
    await expect.poll(() => page.locator('select[name="listing"]').inputValue()).toBe(need.id);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  for (const look of [
    { name: 'en-phone', locale: 'en-US', viewport: PHONE, query: '' },
    { name: 'zh-hant-desktop', locale: 'zh-HK', viewport: DESKTOP, query: '' },
    { name: 'zh-hant-phone', locale: 'zh-HK', viewport: PHONE, query: `?q=${encodeURIComponent('無人機')}` },
  ]) {
    it(`fits and reads right (${look.name})`, { timeout: 60_000 }, async () => {
      const page = await suite.page(maker, { locale: look.locale, viewport: look.viewport });
      await page.goto(`${suite.server.url}/#/matches${look.query}`);
      await page.locator('.match-card').first().waitFor();
      if (look.query) await expect.poll(() => page.locator('.match-card', { hasText: HANS_TITLE }).count()).toBe(1);
      else expect(await firstCardTitle(page)).toBe(BEST_TITLE);
      if (look.locale === 'zh-HK') await page.getByRole('heading', { level: 1, name: '我的配對' }).waitFor();
      await expectNoSidewaysScroll(page);
      await suite.shot(page, `inbox-${look.name}`, { fullPage: look.viewport === DESKTOP });
    });
  }
});
