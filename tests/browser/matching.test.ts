// Two organisations meet in real Chromium: each creates its profile in the UI, one posts an
// anonymous need, the other a matching offer; the match reaches the first person's inbox live
// (no reload), both say they are interested, and both see identities revealed. Prints the time
// from the offer's submit to the card on the other screen, and saves inbox screenshots in
// English and 繁體中文.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { newPerson, signUp } from './app-steps.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import {
  createOrgInUi,
  fillListing,
  matchCard,
  openListingEditor,
  openSection,
  postListing,
  publishButton,
  watchForMatchCard,
  type ListingInput,
} from './matching-steps.ts';

const SCREENSHOTS = path.join(os.tmpdir(), 'superconnector-screens');

const DRONE_NEED: ListingInput = {
  kind: 'need',
  category: 'market-entry',
  title: 'Distribution partner for inspection drones in ASEAN',
  description: 'Shenzhen maker of industrial inspection drones (CE certified) seeks distributors in Singapore, Malaysia and Vietnam. 深圳巡檢無人機廠商尋找東盟分銷夥伴。',
  sectors: ['drones'],
  regions: ['asean'],
  dealSize: '1m-5m',
  anonymous: true,
};

const DISTRIBUTION_OFFER: ListingInput = {
  kind: 'offer',
  category: 'market-entry',
  title: 'Drone and robotics distribution across Singapore and Malaysia',
  description: 'Singapore distributor of drones and robotics with channels to utilities and infrastructure owners in Malaysia; handles import permits and after-sales service.',
  sectors: ['drones', 'logistics'],
  regions: ['singapore', 'malaysia'],
  dealSize: '1m-5m',
};

if (skipBrowserTests) console.warn(`[browser] matching suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`matching in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Marks the loaded document, so a reload (which would lose the mark) can be detected. */
  async function markDocument(page: Page): Promise<void> {
    await page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'loaded-once'));
  }

  async function documentStillMarked(page: Page): Promise<boolean> {
    return page.evaluate(() => document.documentElement.getAttribute('data-test-mark') === 'loaded-once');
  }

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
    return context.newPage();
  }

  it('shows what to fix, field by field, before anything is sent', async () => {
    const page = await openPage();
    await signUp(page, server.url, newPerson('Grace Lam'));
    await openSection(page, 'Organisations');
    await page.getByRole('link', { name: 'New organisation' }).first().click();
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByText('Enter the organisation’s name in at least one language').waitFor();
    await page.getByText('Choose the home region.').waitFor();
    await page.locator('fieldset[data-field="sectors"]').getByText('Choose between 1 and 12 sectors.').waitFor();

    await createOrgInUi(page, { names: { en: 'Harbour Testing Lab' }, region: 'hk-science-park', sectors: ['testing-certification'] });
    await openListingEditor(page);
    await fillListing(page, { ...DRONE_NEED, title: 'No', sectors: [], regions: [] });
    await publishButton(page).click();
    await page.getByText('Give a title of 3 to 160 characters.').waitFor();
    await page.locator('fieldset[data-field="regions"]').getByText('Choose between 1 and 12 regions.').waitFor();
    expect(await page.locator('.field-error').count()).toBe(3);
    await page.context().close();
  });

  it('brings a need and a matching offer together live, through interest on both sides to revealed identities', { timeout: 120_000 }, async () => {
    const maker = newPerson('Mei Chen');
    const distributor = newPerson('Daniel Tan');
    const pageA = await openPage();
    const pageB = await openPage();
    await signUp(pageA, server.url, maker);
    await signUp(pageB, server.url, distributor);
    await createOrgInUi(pageA, {
      names: { en: 'Pearl River Drones', 'zh-Hant': '珠江無人機', 'zh-Hans': '珠江无人机' },
      region: 'shenzhen',
      sectors: ['drones'],
      size: 'sme',
      capabilities: 'inspection drones, flight control software',
    });
    await createOrgInUi(pageB, { names: { en: 'Lion City Distribution', 'zh-Hant': '獅城分銷' }, region: 'singapore', sectors: ['drones', 'logistics'] });

    await postListing(pageA, DRONE_NEED);
    await openSection(pageA, 'My matches');
    await pageA.getByText('No strong matches yet').waitFor();
    const cardSeenAt = await watchForMatchCard(pageA, DISTRIBUTION_OFFER.title);
    await markDocument(pageA);

    await openListingEditor(pageB);
    await fillListing(pageB, DISTRIBUTION_OFFER);
    const submittedAt = Date.now();
    await publishButton(pageB).click();
    const shownAt = await cardSeenAt();
    console.info(`[browser] offer submit → match card on the other person's inbox: ${shownAt - submittedAt} ms`);
    expect(shownAt - submittedAt).toBeLessThan(3000);

    // A sees the offer by name; B, whose counterpart posted anonymously, sees a teaser and a live count.
    const cardA = matchCard(pageA, DISTRIBUTION_OFFER.title);
    await expect.poll(() => cardA.locator('.poster').textContent()).toContain('Lion City Distribution');
    await pageB.getByRole('heading', { level: 1, name: DISTRIBUTION_OFFER.title }).waitFor();
    await pageB.getByTestId('new-matches').waitFor();
    await openSection(pageB, 'My matches');
    const cardB = matchCard(pageB, DRONE_NEED.title);
    await cardB.getByText('Anonymous organisation').waitFor();
    expect(await cardB.textContent()).not.toContain('Pearl River Drones');
    expect(await cardB.getByTestId('match-score').textContent()).toMatch(/^\d+%$/);
    await pageB.screenshot({ path: path.join(SCREENSHOTS, 'inbox-teaser-en.png'), fullPage: true });

    await cardA.getByRole('button', { name: 'Interested', exact: true }).click();
    await cardA.getByText('Waiting for them').waitFor();
    await cardB.getByText('They are interested').first().waitFor();

    await cardB.getByRole('button', { name: 'Interested', exact: true }).click();
    for (const card of [cardA, cardB]) await card.locator('[data-state="mutual"]').first().waitFor();
    await cardB.getByTestId('revealed').getByText('Pearl River Drones').waitFor();
    await cardA.getByTestId('revealed').getByText('Lion City Distribution').waitFor();
    expect(await cardB.locator('.poster').textContent()).toContain('Pearl River Drones');
    await pageA.screenshot({ path: path.join(SCREENSHOTS, 'inbox-mutual-en.png'), fullPage: true });

    // Introducing records it for both sides and takes the introducer straight into the new deal room.
    await cardA.getByRole('button', { name: 'Introduce us and open a deal room' }).click();
    await pageA.waitForURL(/#\/deals\/[^/]+/);
    await cardB.getByText('Introduction recorded on', { exact: false }).waitFor();
    expect(await documentStillMarked(pageA), 'the first person’s page was never reloaded').toBe(true);
    await pageA.goBack();
    await cardA.getByRole('link', { name: 'Open the deal room' }).waitFor();

    // In 繁體中文 the inbox reloads in that language and the organisation's own Chinese name shows.
    await pageB.locator('.language-switch select').selectOption('zh-Hant');
    await pageB.getByRole('heading', { level: 1, name: '我的配對' }).waitFor();
    await cardB.getByText('已引薦').first().waitFor();
    await cardB.getByTestId('revealed').getByText('珠江無人機').waitFor();
    await pageB.screenshot({ path: path.join(SCREENSHOTS, 'inbox-introduced-zh-hant.png'), fullPage: true });

    // The need's own page ranks the offer among its best matches right now.
    await cardA.getByRole('link', { name: DRONE_NEED.title }).click();
    await pageA.locator('.listing-matches li', { hasText: DISTRIBUTION_OFFER.title }).getByTestId('match-score').waitFor();
    console.info(`[browser] inbox screenshots in ${SCREENSHOTS}`);
  });

  it('finds a 繁體 listing from English and 简体 searches, shows it as an anonymous teaser, and drops it once withdrawn', { timeout: 60_000 }, async () => {
    const poster = await openPage();
    const reader = await openPage();
    await signUp(poster, server.url, newPerson('Ken Lau'));
    await signUp(reader, server.url, newPerson('Wendy Zhou'));
    await createOrgInUi(poster, { names: { en: 'Tai Po Precision Moulds', 'zh-Hant': '大埔精密模具' }, region: 'hk-innopark-tai-po', sectors: ['moulds'] });
    await postListing(poster, {
      kind: 'offer',
      category: 'supply',
      title: '微型工廠精密模具代工',
      description: '大埔創新園微型工廠，提供玩具及醫療器械精密模具代工，支援小批量生產。',
      sectors: ['moulds', 'micro-factories'],
      regions: ['hk-innopark-tai-po'],
      anonymous: true,
    });

    await openSection(reader, 'Marketplace');
    await reader.locator('input[name="q"]').fill('precision moulds');
    const card = reader.locator('.listing-card', { hasText: '微型工廠精密模具代工' });
    await card.waitFor();
    await card.getByText('Anonymous organisation').waitFor();
    expect(await card.textContent()).not.toContain('Tai Po Precision Moulds');
    expect(await card.textContent()).toContain('Moulds & precision parts');

    await reader.locator('select[name="kind"]').selectOption('need');
    await reader.getByText('No listings match this search.').waitFor();
    await reader.getByRole('button', { name: 'Clear search and filters' }).click();
    await reader.locator('.listing-card', { hasText: '微型工廠精密模具代工' }).waitFor();

    await reader.locator('.language-switch select').selectOption('zh-Hans');
    await reader.locator('input[name="q"]').fill('微型工厂');
    await reader.locator('.listing-card', { hasText: '微型工廠精密模具代工' }).getByText('匿名机构').waitFor();
    await reader.locator('.listing-card', { hasText: '微型工廠精密模具代工' }).getByText('模具及精密零件').waitFor();

    // Its poster edits it, then withdraws it: the marketplace no longer offers it.
    await poster.getByRole('link', { name: 'Edit listing' }).click();
    await poster.locator('input[name="title"]').fill('微型工廠精密模具及小批量代工');
    await poster.getByRole('button', { name: 'Save changes' }).click();
    await poster.getByRole('heading', { level: 1, name: '微型工廠精密模具及小批量代工' }).waitFor();
    await poster.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await poster.getByRole('button', { name: 'Withdraw listing' }).click();
    await poster.locator('.listing-detail').getByText('Withdrawn').waitFor();
    // Other listings may still match broadly (any manufacturer); the withdrawn one must be gone.
    await reader.locator('input[name="q"]').fill('微型工厂精密模具');
    await reader.locator('.listing-card', { hasText: '微型工廠精密模具' }).waitFor({ state: 'detached' });
    await reader.locator('input[name="q"]').fill('微型工廠精密模具及小批量代工');
    await expect.poll(() => reader.locator('.listing-card', { hasText: '微型工廠精密模具' }).count(), { timeout: 3_000 }).toBe(0);
  });
});
