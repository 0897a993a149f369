// Small things a pilot would trip over, in real Chromium: a pasted 100 KB listing description is
// counted and refused with its limit (nothing published, nothing cut); an adviser typing into the
// read-only dossier is told why and how to suggest a change (and nothing is stored); the Saved /
// Offline bar stays in view while typing far down the dossier; a deal opened from a match has a
// short title and links its listings. Screenshots: desktop and a 390 px phone, in English and 繁體中文.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sectionText } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { LISTING_DESCRIPTION_MAX } from '../../shared/schemas/listings.ts';
import { call, mutualMatch } from '../deals/deal-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, sectionEditor, seedLargeDossier, setUpDeal, typeAtSectionEnd, waitForSectionText } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] pilot-polish suite ${SKIP_REASON}`);

const LOOKS = [
  ['en-US', DESKTOP, 'en-desktop'],
  ['zh-HK', PHONE, 'zh-hant-phone'],
] as const;

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.skipIf(skipBrowserTests)(`small things a pilot would trip over${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-polish');

  for (const [locale, viewport, label] of LOOKS) {
    it(`counts a pasted 100 KB description and refuses it with its limit (${label})`, { timeout: 60_000 }, async () => {
      const { alice } = await setUpDeal(suite.server, 'Limits');
      const before = await suite.server.store.collection('listings').count({});
      const page = await suite.page(alice, { locale, viewport });
      await page.goto(`${suite.server.url}/#/listings/new`);
      await page.locator('textarea[name="description"]').waitFor();
      await page.locator('input[name="title"]').fill('Agricultural spraying drones: distributors wanted');
      const pasted = 'We build agricultural spraying drones in Shenzhen for rice growers. '.repeat(1500);
      await page.locator('textarea[name="description"]').fill(pasted);
      // Nothing is cut: the field holds all of it, and the counter says how much over it is.
      expect(await page.locator('textarea[name="description"]').inputValue()).toHaveLength(pasted.length);
      const counter = page.getByTestId('text-limit').first();
      expect(await counter.textContent()).toContain(`${pasted.trim().length.toLocaleString('en')} / ${LISTING_DESCRIPTION_MAX.toLocaleString('en')}`);
      await page.locator('form.listing-editor button[type="submit"]').click();
      const refusal = page.locator('.field:has(textarea[name="description"]) .field-error');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(locale === 'en-US' ? 'at most 5,000 characters' : '最多 5,000 個字元');
      await refusal.scrollIntoViewIfNeeded();
      await suite.shot(page, `limit-description-${label}`);
      expect(await fitsWidth(page)).toBe(true);
      expect(await suite.server.store.collection('listings').count({})).toBe(before);
    });

    it(`tells an adviser typing in the read-only dossier why, and how to suggest a change (${label})`, { timeout: 60_000 }, async () => {
      const { deal, carol } = await setUpDeal(suite.server, 'Drone spraying trial in Guangxi');
      const page = await suite.page(carol, { locale, viewport });
      await openDealRoom(page, suite.server, deal.id);
      expect(await page.getByTestId('read-only-note').count()).toBe(0);
      await sectionEditor(page, 'risks').click();
      await page.keyboard.type('My change');
      const note = page.getByTestId('read-only-note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(locale === 'en-US' ? /\(Adviser\) reads the dossier.*select the words and choose “Comment”/ : /（顧問）只能閱讀項目檔案.*選取文字並按「評論」/);
      await suite.shot(page, `read-only-note-${label}`);
      expect(await fitsWidth(page)).toBe(true);
      const stored = await suite.server.app.registry.read(deal.docs.dossier, (shared) => sectionText(shared.doc, 'risks').toString());
      expect(stored).not.toContain('My change');
    });

    it(`keeps Saved in sight while typing far down the dossier (${label})`, { timeout: 60_000 }, async () => {
      const { deal, alice } = await setUpDeal(suite.server, 'Cold-chain hub in Nansha');
      await seedLargeDossier(suite.server, alice, deal, 12_000);
      const page = await suite.page(alice, { locale, viewport });
      await openDealRoom(page, suite.server, deal.id);
      await typeAtSectionEnd(page, 'next-steps', ' Site visit in March.');
      await waitForSectionText(page, 'next-steps', 'Site visit in March.');
      const saved = page.locator('.dossier-view .save-indicator[data-status="saved"]');
      await saved.waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      const box = await saved.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
      await suite.shot(page, `save-in-sight-${label}`);
      expect(await fitsWidth(page)).toBe(true);
    });

    it(`shows a deal opened from a match under a short title, with its listings linked (${label})`, { timeout: 60_000 }, async () => {
      const { alice, bob, makerOrg, certifierOrg } = await setUpDeal(suite.server, 'Listings');
      const matchId = await mutualMatch(suite.server, alice, makerOrg, bob, certifierOrg);
      const lang = locale === 'en-US' ? 'en' : 'zh-Hant';
      const opened = await call<DealDetail>(suite.server.url, alice, 'POST', '/api/deals', { matchId, lang });
      expect(opened.body.title).toBe(lang === 'en' ? 'Pearl River × Harbour Testing & Certification: seeking CE and FCC testing for inspection drones' : '珠江 × Harbour Testing & Certification：Seeking CE and FCC testing for inspection drones');
      const page = await suite.page(bob, { locale, viewport });
      await openDealRoom(page, suite.server, opened.body.id);
      const links = page.getByTestId('deal-listings').locator('a');
      await links.first().waitFor();
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(opened.body.listingIds.map((id) => `#/listings/${id}`));
      await suite.shot(page, `deal-listings-${label}`);
      expect(await fitsWidth(page)).toBe(true);
      await links.first().click();
      await page.waitForURL(`**/#/listings/${opened.body.listingIds[0]}`);
    });
  }
});
