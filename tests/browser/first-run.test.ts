// The first run in real Chromium, in each language: sign up → the guided home → create the
// organisation → post a need → see its matches (a counterpart's offer is already listed), with
// the progress remembered across reloads; then a returning party's home, where each item leads to
// the exact place, and a manager's, with the pipeline first. Screenshots on desktop and a 390 px
// phone, in English and Chinese; no page scrolls sideways on the phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, type Dictionary } from '../../client/src/i18n/en.ts';
import { zhHans } from '../../client/src/i18n/zh-hans.ts';
import { zhHant } from '../../client/src/i18n/zh-hant.ts';
import { readTerms } from '../../shared/deal-docs.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import { registerUser, STRONG_PASSWORD } from '../helpers/api.ts';
import { setTermStatus } from '../deals/deal-helpers.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';
import { call, createListing, createOrg } from '../listings/marketplace-helpers.ts';
import { fillSignUp, newPerson } from './app-steps.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { setUpDeal } from './deal-steps.ts';
import { fillListing, matchCard, submitOrgForm, type ListingInput } from './matching-steps.ts';

const RUNS: { lang: string; locale: string; words: Dictionary; viewport: { width: number; height: number } }[] = [
  { lang: 'en', locale: 'en-US', words: en, viewport: DESKTOP },
  { lang: 'zh-Hant', locale: 'zh-HK', words: zhHant, viewport: PHONE },
  { lang: 'zh-Hans', locale: 'zh-CN', words: zhHans, viewport: DESKTOP },
];

const DRONE_NEED: ListingInput = {
  kind: 'need',
  category: 'market-entry',
  title: 'Distribution partner for inspection drones in ASEAN',
  description: 'Shenzhen maker of industrial inspection drones (CE certified) seeks distributors in Singapore and Malaysia. 深圳巡檢無人機廠商尋找東盟分銷夥伴。',
  sectors: ['drones'],
  regions: ['asean'],
  dealSize: '1m-5m',
};

const COUNTERPART_OFFER = {
  kind: 'offer',
  category: 'market-entry',
  description: 'Singapore distributor of drones and robotics with channels to utilities in Malaysia; handles import permits and after-sales service.',
  sectors: ['drones', 'logistics'],
  regions: ['singapore', 'malaysia'],
  dealSize: '1m-5m',
  languages: ['en', 'zh-Hans'],
};

function filled(text: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce((result, [key, value]) => result.replaceAll(`{${key}}`, String(value)), text);
}

async function stepState(page: Page, step: string): Promise<string | null> {
  return page.locator(`.first-run [data-step="${step}"]`).getAttribute('data-state');
}

async function goHome(page: Page): Promise<void> {
  await page.locator('nav.app-nav a[href="#/"]').click();
  await page.getByTestId('home').waitFor();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

if (skipBrowserTests) console.warn(`[browser] first-run suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`the first run and home in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-home');

  /** A counterpart organisation with an offer the new person's need will match. */
  async function seedCounterpart(title: string): Promise<void> {
    const seller = await registerUser(suite.server.url, 'Siew Ling Tan');
    const org = await createOrg(suite.server.url, seller, { name: 'Lion City Distribution', names: { 'zh-Hant': '獅城分銷', 'zh-Hans': '狮城分销' }, region: 'singapore', sectors: ['drones', 'logistics'] });
    await createListing(suite.server.url, seller, { ...COUNTERPART_OFFER, orgId: org.id, title });
  }

  for (const run of RUNS) {
    it(`guides a new person from sign-up to the first match, remembering the way (${run.lang})`, { timeout: 90_000 }, async () => {
      const { words } = run;
      const offerTitle = `Drone distribution across Singapore and Malaysia (${run.lang})`;
      await seedCounterpart(offerTitle);
      const context = await suite.browser.newContext({ locale: run.locale, viewport: run.viewport });
      const page = await context.newPage();
      const person = newPerson('Mei Chan');

      await page.goto(`${suite.server.url}/#/sign-up`);
      await fillSignUp(page, person, STRONG_PASSWORD);
      await page.getByRole('heading', { level: 1, name: filled(words['home.welcome'], { name: person.name }) }).waitFor();
      await page.getByRole('heading', { name: words['home.firstRun.title'] }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/');
      expect(await stepState(page, 'org')).toBe('current');
      expect(await stepState(page, 'listing')).toBe('later');
      await page.getByText(filled(words['home.firstRun.progress'], { done: 0, total: 3 })).waitFor();
      if (run.lang !== 'zh-Hans') await suite.shot(page, `first-run-${run.lang}-${run.viewport === PHONE ? 'phone' : 'desktop'}`, { fullPage: true });
      if (run.viewport === PHONE) await expectNoSidewaysScroll(page);

      await page.locator('.first-run [data-step="org"]').getByRole('link', { name: words['home.step.orgAction'] }).click();
      const orgNames = { en: 'Pearl River Drones', 'zh-Hant': '珠江無人機', 'zh-Hans': '珠江无人机' };
      await submitOrgForm(page, { names: orgNames, region: 'shenzhen', sectors: ['drones'] }, orgNames[run.lang as keyof typeof orgNames]);

      await goHome(page);
      expect(await stepState(page, 'org')).toBe('done');
      expect(await stepState(page, 'listing')).toBe('current');
      // Remembered by the server: a reload lands on the same step.
      await page.reload();
      await page.locator('.first-run[data-next="listing"]').waitFor();

      await page.locator('.first-run [data-step="listing"]').getByRole('link', { name: words['home.step.listingAction'] }).click();
      await page.locator('form.listing-editor').waitFor();
      const needTitle = `${DRONE_NEED.title} (${run.lang})`;
      await fillListing(page, { ...DRONE_NEED, title: needTitle });
      await page.locator('form.listing-editor button[type="submit"]').click();
      await page.getByRole('heading', { level: 1, name: needTitle }).waitFor();

      await goHome(page);
      await page.locator('.first-run[data-next="matches"]').waitFor();
      await page.locator('.first-run [data-step="matches"] .count').waitFor();
      if (run.lang === 'en') await suite.shot(page, 'first-run-en-desktop-step3', { fullPage: true });
      await page.locator('.first-run [data-step="matches"]').getByRole('link', { name: words['home.step.matchesAction'] }).click();
      await page.waitForURL(/#\/matches$/);
      await matchCard(page, offerTitle).waitFor();

      // Having looked at the matches ends the first run, here and after a reload.
      await goHome(page);
      await page.locator('[data-testid="home"][data-first-run="done"]').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: filled(words['home.title'], { name: person.name }) }).waitFor();
      expect(await page.locator('.first-run').count()).toBe(0);
      if (run.viewport === PHONE) await expectNoSidewaysScroll(page);
      await context.close();
    });
  }

  /** Alice, a party past her first run: the other side is interested in her need, an adviser asks her a question, a term awaits her sign-off. */
  async function seedReturningParty() {
    const { server } = suite;
    const cast = await setUpDeal(server, 'Spraying drones for Yunnan');
    const { deal, alice, carol, makerOrg } = cast;
    const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    await server.app.registry.edit(deal.docs.board, alice.user, (shared) => setTermStatus(shared.doc, termId, 'proposed'));
    const question = { anchor: { type: 'term', termId }, body: 'Who pays for the field trials in Yunnan?', mentions: [alice.user.email] };
    expect((await call(server.url, carol, 'POST', `/api/deals/${deal.id}/comments`, question)).status).toBe(201);

    const need = await createListing(server.url, alice, { ...DRONE_NEED, orgId: makerOrg.id, title: 'Distributors wanted across ASEAN', languages: ['en'] });
    const seller = await registerUser(server.url, 'Siew Ling Tan');
    const sellerOrg = await createOrg(server.url, seller, { name: 'Lion City Robotics', region: 'singapore', sectors: ['drones', 'logistics'] });
    const offer = await createListing(server.url, seller, { ...COUNTERPART_OFFER, orgId: sellerOrg.id, title: 'Robotics distribution in Malaysia' });
    const ranked = await call<{ matches: ListingMatch[] }>(server.url, alice, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = ranked.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    expect((await call(server.url, seller, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    expect((await call(server.url, alice, 'POST', '/api/home/progress', { step: 'matches' })).status).toBe(204);

    const manager = await registerUser(server.url, 'Manny Lau');
    await inviteAndAccept(server.url, alice, `/api/deals/${deal.id}/members`, manager, { role: 'manager' });
    return { ...cast, termId, manager };
  }

  it('shows a returning party what needs them, each item leading to its place, and a manager the pipeline first', { timeout: 90_000 }, async () => {
    const { deal, alice, manager } = await seedReturningParty();

    const page = await suite.page(alice, { viewport: DESKTOP });
    await page.goto(`${suite.server.url}/#/`);
    await page.getByRole('heading', { level: 1, name: `Welcome back, ${alice.user.name}` }).waitFor();
    for (const section of ['interest', 'questions', 'signoffs', 'deals']) await page.locator(`.home-section[data-section="${section}"]`).waitFor();
    expect(await page.locator('.first-run').count()).toBe(0);
    await page.getByTestId('home-interest').filter({ hasText: 'Robotics distribution in Malaysia' }).getByText('They are interested').waitFor();
    await page.getByTestId('home-question').filter({ hasText: 'Who pays for the field trials in Yunnan?' }).getByText('Mentions you').waitFor();
    await suite.shot(page, 'returning-en-desktop', { fullPage: true });

    await page.getByTestId('home-signoff').filter({ hasText: 'Spraying drones for Yunnan' }).getByRole('link').click();
    await page.waitForURL(new RegExp(`#/deals/${deal.id}/board$`));
    await page.locator('[data-term-id]').first().waitFor();
    await page.goBack();
    await page.getByTestId('home-question').getByRole('link').first().click();
    await page.waitForURL(new RegExp(`#/deals/${deal.id}/board$`));
    await page.goBack();
    await page.getByTestId('home-interest').getByRole('link').first().click();
    await page.waitForURL(/#\/matches$/);

    const phone = await suite.page(alice, { locale: 'zh-CN', viewport: PHONE });
    await phone.goto(`${suite.server.url}/#/`);
    await phone.getByRole('heading', { level: 1, name: filled(zhHans['home.title'], { name: alice.user.name }) }).waitFor();
    await phone.locator('.home-section[data-section="signoffs"]').getByText(zhHans['home.signoffs']).waitFor();
    await suite.shot(phone, 'returning-zh-Hans-phone', { fullPage: true });
    await expectNoSidewaysScroll(phone);

    const desk = await suite.page(manager, { viewport: DESKTOP });
    await desk.goto(`${suite.server.url}/#/`);
    await desk.getByTestId('pipeline-brief').waitFor();
    // A manager who belongs to no organisation is not pressed to start a party's first run.
    expect(await desk.locator('.first-run').count()).toBe(0);
    // The pipeline comes first on a manager's home, before any list.
    expect(await desk.evaluate(() => document.querySelector('[data-testid="home"] > .pipeline-brief, [data-testid="home"] > [data-testid="pipeline-brief"]') !== null)).toBe(true);
    await desk.getByTestId('pipeline-brief').getByRole('link', { name: 'Open the pipeline dashboard' }).click();
    await desk.waitForURL(/#\/dashboard$/);
    const managerPhone = await suite.page(manager, { locale: 'zh-HK', viewport: PHONE });
    await managerPhone.goto(`${suite.server.url}/#/`);
    await managerPhone.getByTestId('pipeline-brief').getByText(zhHant['home.pipeline.title']).waitFor();
    await suite.shot(managerPhone, 'manager-zh-Hant-phone', { fullPage: true });
    await expectNoSidewaysScroll(managerPhone);
  });
});
