// The confidence floor as people see it, in real Chromium: a need whose marketplace holds only
// offers sharing its category and corridor (no topic) gets no padded list — the listing page and
// the inbox say "No strong matches yet", in English and 繁體中文, on a desktop and a 390 px phone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { createListing, createOrg, CERTIFIER, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

if (skipBrowserTests) console.warn(`[browser] no-strong-matches suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`no strong matches in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-rank');
  let maker: TestUser;
  let need: ListingView;

  beforeAll(async () => {
    const { url } = suite.server;
    const supplier = await registerUser(url, 'Karen Kwok');
    maker = await registerUser(url, 'Mei Chen');
    const [makerOrg, supplierOrg] = await Promise.all([createOrg(url, maker), createOrg(url, supplier, CERTIFIER)]);
    // Same category and corridor as the need, nothing on its topic: the guesses a padded list shows.
    for (const [title, sector] of [['Garment factory in Vietnam', 'textiles'], ['Plastic toy moulding', 'toys'], ['Solar module supply', 'solar-storage']]) {
      await createListing(url, supplier, offerFor(supplierOrg.id, { category: 'supply', title, description: `${title} for export to retail chains.`, sectors: [sector], regions: ['asean'] }));
    }
    need = await createListing(url, maker, needFor(makerOrg.id, {
      category: 'supply',
      title: 'Looking for a tourbillon movement maker',
      description: 'Hong Kong watch brand needs a supplier of hand-finished tourbillon movements for a limited series.',
      sectors: ['watches'],
      regions: ['asean'],
    }));
  });

  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }

  it('says "No strong matches yet" on the listing page instead of guessing', async () => {
    for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const page = await suite.page(maker, { viewport });
      await page.goto(`${suite.server.url}/#/listings/${need.id}`);
      const section = page.locator('.listing-matches');
      await section.getByText('No strong matches yet').waitFor();
      expect(await section.locator('.ranked li').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await section.scrollIntoViewIfNeeded();
      await suite.shot(page, `listing-no-strong-en-${name}`);
    }
  });

  it('says it in 繁體中文 in the inbox, with no card', async () => {
    for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const page = await suite.page(maker, { viewport, locale: 'zh-HK' });
      await page.goto(`${suite.server.url}/#/matches`);
      await page.getByText('暫時未有高度相符的配對').waitFor();
      expect(await page.locator('.match-card').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await suite.shot(page, `inbox-no-strong-zh-Hant-${name}`);
    }
  });
});
