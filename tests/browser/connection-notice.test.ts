// What a person is told when a deal document's connection is not working, in real Chromium: a
// dropped network says it is reconnecting and that typed edits are kept, then "Saved" once back;
// a session ended elsewhere (signed out from another device) stops the editor, says so with what
// to do, and what was typed but not saved reaches the store after signing in again. Screenshots:
// desktop and a 390 px phone, in English and 繁體中文.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sectionText } from '../../shared/deal-docs.ts';
import { bearer, postJson, type TestUser } from '../helpers/api.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal, typeAtSectionEnd, waitForSectionText } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] connection-notice suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`connection notices in the deal room${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-connection');
  const signedIn = (user: TestUser, locale: string, viewport: { width: number; height: number }): Promise<Page> => suite.page(user, { locale, viewport });
  const shot = (page: Page, name: string) => suite.shot(page, name);
  const storedRisks = (docName: string) => suite.server.app.registry.read(docName, (shared) => sectionText(shared.doc, 'risks'));

  for (const [locale, viewport, label] of [['en-US', DESKTOP, 'en-desktop'], ['zh-HK', PHONE, 'zh-hant-phone']] as const) {
    it(`says it is reconnecting while the network is down, then Saved (${label})`, { timeout: 60_000 }, async () => {
      const { deal, alice } = await setUpDeal(suite.server, 'Drone spraying trial in Guangxi');
      const page = await signedIn(alice, locale, viewport);
      await openDealRoom(page, suite.server, deal.id);
      await page.context().setOffline(true);
      await typeAtSectionEnd(page, 'risks', 'Typhoon season may delay the trial.');
      const notice = page.getByTestId('collab-reconnecting').first();
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(locale === 'en-US' ? /kept in this browser/ : /保存在此瀏覽器/);
      await shot(page, `reconnecting-${label}`);
      await page.context().setOffline(false);
      await page.locator('.dossier-view .save-indicator[data-status="saved"]').waitFor();
      expect(await page.getByTestId('collab-reconnecting').count()).toBe(0);
      expect(await storedRisks(deal.docs.dossier)).toContain('Typhoon season may delay the trial.');
    });
  }

  it('tells a person signed out elsewhere what to do, and saves what they typed once they sign in again', { timeout: 90_000 }, async () => {
    const { deal, alice } = await setUpDeal(suite.server, 'Cold-chain hub in Nansha');
    const page = await signedIn(alice, 'en-US', DESKTOP);
    await openDealRoom(page, suite.server, deal.id);
    await page.context().setOffline(true);
    await typeAtSectionEnd(page, 'risks', 'Customs pre-clearance is not yet agreed.');
    // "Sign out" on another device: the same session, ended over the API.
    const signedOut = await postJson(`${suite.server.url}/api/auth/logout`, {}, bearer(alice));
    expect(signedOut.status).toBeLessThan(300);
    await page.context().setOffline(false);
    const notice = page.getByTestId('collab-signed-out').first();
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('kept in this browser');
    expect(await page.locator('.dossier-text[data-section="risks"]').getAttribute('contenteditable')).toBe('false');
    await shot(page, 'signed-out-en-desktop');
    expect(await storedRisks(deal.docs.dossier)).not.toContain('Customs pre-clearance');

    await notice.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByTestId('session-ended').waitFor();
    await shot(page, 'session-ended-sign-in-en-desktop');
    await page.getByLabel('E-mail').fill(alice.user.email);
    await page.getByLabel('Password').fill(alice.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await openDealRoom(page, suite.server, deal.id);
    await waitForSectionText(page, 'risks', 'Customs pre-clearance is not yet agreed.');
    await page.locator('.dossier-view .save-indicator[data-status="saved"]').waitFor();
    expect(await storedRisks(deal.docs.dossier)).toContain('Customs pre-clearance is not yet agreed.');
  });
});
