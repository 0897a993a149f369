// Spam damping in real Chromium: the listing form refuses junk text (a script tag and two words)
// with the server's reason under the description, in English and 繁體中文; "Report spam" shows on
// others' marketplace cards only; a member reports a match's other side from its card, and the instance admin sees the report on the dashboard and
// suspends the organisation, whose match leaves the member's inbox; reinstating lists it as not
// suspended. Screenshots: desktop and 390 px phone, English and 繁體中文.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { postJson, registerUser, signIn, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { matchCard } from './matching-steps.ts';

const ADMIN_EMAIL = 'moderator@superconnector.example';
const JUNK = { title: 'buy now', description: '<script>alert(1)</script> buy now' };

if (skipBrowserTests) console.warn(`[browser] spam damping suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`spam damping in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-spam', { server: async () => ({ adminEmails: [ADMIN_EMAIL] }) });
  let maker: TestUser;
  let spammer: TestUser;
  let admin: TestUser;
  let makerOrg: OrgView;
  let spamOrg: OrgView;

  beforeAll(async () => {
    const { url } = suite.server;
    [maker, spammer] = await Promise.all([registerUser(url, 'Mei Chen'), registerUser(url, 'Sam Spam')]);
    await postJson(`${url}/api/auth/register`, { name: 'Grace Ho', email: ADMIN_EMAIL, password: STRONG_PASSWORD });
    admin = await signIn(url, ADMIN_EMAIL, STRONG_PASSWORD);
    makerOrg = await createOrg(url, maker);
    spamOrg = await createOrg(url, spammer, { ...CERTIFIER, name: 'Cheap Certs Ltd' });
  });

  const inboxTitles = async () => (await call<MatchInboxPage>(suite.server.url, maker, 'GET', '/api/matches')).body.matches.map((match) => match.listing.title);

  async function submitJunk(page: Page): Promise<void> {
    await page.goto(`${suite.server.url}/#/listings/new?org=${makerOrg.id}`);
    await page.locator('form.listing-editor').waitFor();
    await page.locator('input[name="kind"][value="need"]').check();
    await page.locator('select[name="category"]').selectOption('professional-service');
    await page.locator('input[name="title"]').fill(JUNK.title);
    await page.locator('textarea[name="description"]').fill(JUNK.description);
    await page.locator('fieldset[data-field="sectors"] input[value="drones"]').check();
    await page.locator('fieldset[data-field="regions"] input[value="hk"]').check();
    await page.locator('form.listing-editor button[type="submit"]').click();
  }

  it('refuses junk text in the listing form with the reason, in English and 繁體中文', { timeout: 90_000 }, async () => {
    for (const [locale, viewport, label, expected] of [
      ['en-US', DESKTOP, 'en-desktop', 'at least 5 different words'],
      ['en-US', PHONE, 'en-phone', 'at least 5 different words'],
      ['zh-HK', DESKTOP, 'zh-hant-desktop', '至少需要 5 個不同的詞'],
      ['zh-HK', PHONE, 'zh-hant-phone', '至少需要 5 個不同的詞'],
    ] as const) {
      const page = await suite.page(maker, { locale, viewport });
      await submitJunk(page);
      const error = page.locator('label:has(textarea[name="description"]) .field-error');
      await expect.poll(() => error.textContent()).toContain(expected);
      await error.scrollIntoViewIfNeeded();
      await suite.shot(page, `junk-refused-${label}`);
      expect(page.url()).toContain('#/listings/new');
      await page.context().close();
    }
    expect((await call<{ total: number }>(suite.server.url, maker, 'GET', `/api/listings?orgId=${makerOrg.id}`)).body.total).toBe(0);
  });

  it('lets a member report a match’s other side and the admin suspend it, which empties the inbox of it', { timeout: 120_000 }, async () => {
    const need = await createListing(suite.server.url, maker, needFor(makerOrg.id));
    const offer = await createListing(suite.server.url, spammer, offerFor(spamOrg.id));
    await waitFor(async () => (await inboxTitles()).includes(offer.title), 'the match with the spammer');

    const page = await suite.page(maker, { viewport: DESKTOP });
    // The marketplace offers "Report spam" on others' listings only.
    await page.goto(`${suite.server.url}/#/marketplace`);
    await page.locator(`.listing-card[data-listing-id="${offer.id}"] summary`, { hasText: 'Report spam' }).waitFor();
    expect(await page.locator(`.listing-card[data-listing-id="${need.id}"] .report-spam`).count()).toBe(0);
    await page.goto(`${suite.server.url}/#/matches`);
    const card = matchCard(page, offer.title);
    await card.locator('summary', { hasText: 'Report spam' }).click();
    await card.locator('textarea[name="reason"]').fill('Posts the same offer under many names');
    await suite.shot(page, 'report-en-desktop');
    await card.getByRole('button', { name: 'Send report' }).click();
    await card.getByText('Reported. Thank you').waitFor();

    for (const [locale, viewport, label, suspend, suspended] of [
      ['en-US', DESKTOP, 'en-desktop', 'Suspend', 'Suspended'],
      ['zh-HK', PHONE, 'zh-hant-phone', '暫停', '已暫停'],
    ] as const) {
      const adminPage = await suite.page(admin, { locale, viewport });
      await adminPage.goto(`${suite.server.url}/#/dashboard`);
      const row = adminPage.locator(`[data-testid="moderation"] .reported-org[data-org-id="${spamOrg.id}"]`);
      await row.getByText('Posts the same offer under many names').waitFor();
      await row.scrollIntoViewIfNeeded();
      await suite.shot(adminPage, `moderation-${label}`);
      if (label === 'en-desktop') {
        await row.getByRole('button', { name: suspend, exact: true }).click();
        await row.locator('.badge', { hasText: suspended }).waitFor();
        await suite.shot(adminPage, `moderation-suspended-${label}`);
      } else {
        await row.locator('.badge', { hasText: suspended }).waitFor();
        expect(await adminPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await row.getByRole('button', { name: '恢復' }).click();
        await expect.poll(() => row.getAttribute('data-suspended')).toBe('false');
      }
      if (label === 'en-desktop') {
        await card.waitFor({ state: 'detached' });
        expect(await inboxTitles()).not.toContain(offer.title);
      }
    }
    await waitFor(async () => (await inboxTitles()).includes(offer.title), 'the match back after reinstating');
  });
});
