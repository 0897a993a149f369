// Every route at 390 px in each language, with the demo loaded so that pages are full: the page
// is no wider than the window once its content has rendered (a failure names the route and the
// elements that stick out). Screenshots of every route in English and 繁體, and of the board and
// the header on a desktop.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FULL_DEMO, loadDemo } from '../../server/demo/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { DealView } from '../../shared/schemas/deals.ts';
import type { ListingPage } from '../../shared/schemas/listings.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { createNote, signIn, type TestUser } from '../helpers/api.ts';
import { makeTempDir, type TestServerOptions } from '../helpers/test-server.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE, type BrowserSuite } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { APP_ROUTES, type RouteIds, type Visitor } from './every-route.ts';
import { horizontalOverflow } from './page-fit.ts';

if (skipBrowserTests) console.warn(`[browser] phone-fit suite ${SKIP_REASON}`);

/** Enough of the demo for full pages (lists, matches, deals on the dashboard), loaded in seconds. */
const DEMO_SIZE = { orgs: 30, listings: 60, seed: FULL_DEMO.seed };
const LANGUAGES = [
  { lang: 'en', locale: 'en-US', shots: true },
  { lang: 'zh-Hant', locale: 'zh-HK', shots: true },
  { lang: 'zh-Hans', locale: 'zh-CN', shots: false },
] as const;
/** Long enough to wrap on a phone, as people's titles do. */
const LONG_NOTE_TITLE = 'Shortlist of Shenzhen and Guangzhou inspection-drone suppliers for the ASEAN distribution programme';
const LONG_DEAL_TITLE = 'Yunling UAV Technology (Shenzhen) Co., Ltd. × Merlion Aerial Pte. Ltd.: agricultural spraying and inspection drones for ASEAN';

async function demoServer(): Promise<TestServerOptions> {
  const dataDir = await makeTempDir('superconnector-phone-fit-');
  const store = await EmbeddedStore.open(dataDir);
  const outcome = await loadDemo({ store, logger: createLogger('silent'), size: DEMO_SIZE });
  if (outcome.status !== 'loaded') throw new Error('the demo did not load into an empty store');
  return { dataDir, store };
}

async function get<T>(suite: BrowserSuite, user: TestUser, path: string): Promise<T> {
  const response = await call<T>(suite.server.url, user, 'GET', path);
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return response.body;
}

/** A meeting the party proposes from the match the deal came from, two times a week ahead. */
async function matchMeeting(suite: BrowserSuite, party: TestUser, matchId: string): Promise<string> {
  const slots = [7, 8].map((days) => ({ start: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000).toISOString(), minutes: 45 }));
  const body = { title: 'Spraying-drone certification: test plan and timeline for the ASEAN launch', slots, location: { kind: 'video', url: 'https://meet.example/yunling-merlion-certification-plan' } };
  const proposed = await call<{ id: string }>(suite.server.url, party, 'POST', `/api/matches/${matchId}/meetings`, body);
  if (proposed.status !== 201) throw new Error(`proposing a meeting failed: ${proposed.status}`);
  return proposed.body.id;
}

/** The party's own note, organisation, listing and featured deal (given a long title), its match and a meeting. */
async function partyRecords(suite: BrowserSuite, party: TestUser): Promise<RouteIds> {
  const note = await createNote(suite.server.url, party, LONG_NOTE_TITLE);
  const { orgs } = await get<{ orgs: OrgView[] }>(suite, party, '/api/orgs/mine');
  const { listings } = await get<ListingPage>(suite, party, `/api/listings?orgId=${orgs[0].id}`);
  const listing = listings.find((item) => item.status === 'active');
  const { deals } = await get<{ deals: DealView[] }>(suite, party, '/api/deals');
  if (!listing || deals.length === 0) throw new Error('the demo party has no active listing or no deal');
  const renamed = await call(suite.server.url, party, 'PATCH', `/api/deals/${deals[0].id}`, { title: LONG_DEAL_TITLE });
  if (renamed.status !== 200) throw new Error(`renaming the deal failed: ${renamed.status}`);
  const matchId = deals[0].matchId;
  if (!matchId) throw new Error('the featured deal did not come from a match');
  return { noteId: note.id, orgId: orgs[0].id, listingId: listing.id, dealId: deals[0].id, matchId, meetingId: await matchMeeting(suite, party, matchId) };
}

/** Opens the route, waits for its content and the fonts, and says what sticks out (null: it fits). */
async function visit(page: Page, url: string, ready: string): Promise<string[] | null> {
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const overflow = await horizontalOverflow(page);
  return overflow ? [`${overflow.scrollWidth} px > ${overflow.innerWidth} px`, ...overflow.culprits] : null;
}

describe.skipIf(skipBrowserTests)(`every route on a phone${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-phone-fit', { server: demoServer });
  let people: Record<Exclude<Visitor, 'signed-out'>, TestUser> | undefined;
  let ids: RouteIds | undefined;

  /** The demo people signed in and the party's records, once for the suite. */
  async function world(): Promise<{ people: NonNullable<typeof people>; ids: RouteIds }> {
    if (!people || !ids) {
      const [party, manager] = await Promise.all([
        signIn(suite.server.url, DEMO_ACCOUNTS.droneMaker.email, DEMO_PASSWORD),
        signIn(suite.server.url, DEMO_ACCOUNTS.manager.email, DEMO_PASSWORD),
      ]);
      people = { party, manager };
      ids = await partyRecords(suite, party);
    }
    return { people, ids };
  }

  async function pagesFor(locale: string, viewport: { width: number; height: number }): Promise<Record<Visitor, Page>> {
    const { people: cast } = await world();
    const signedOut = await suite.browser.newContext({ locale, viewport });
    return {
      party: await suite.page(cast.party, { locale, viewport }),
      manager: await suite.page(cast.manager, { locale, viewport }),
      'signed-out': await signedOut.newPage(),
    };
  }

  for (const { lang, locale, shots } of LANGUAGES) {
    it(`fits 390 px on every route in ${lang}`, { timeout: 240_000 }, async () => {
      const { ids: records } = await world();
      const pages = await pagesFor(locale, PHONE);
      const misfits: Record<string, string[]> = {};
      try {
        for (const route of APP_ROUTES) {
          const page = pages[route.visitor];
          const sticksOut = await visit(page, `${suite.server.url}/${route.hash(records)}`, route.ready).catch((error: unknown) => {
            throw new Error(`${route.name} in ${lang} did not show ${route.ready}`, { cause: error });
          });
          if (sticksOut) misfits[route.name] = sticksOut;
          if (shots) await suite.shot(page, `phone-${lang}-${route.name}`, { fullPage: true });
        }
      } finally {
        await pages['signed-out'].context().close();
      }
      expect(misfits, `routes wider than 390 px in ${lang}`).toEqual({});
    });
  }

  it('shows one board column at a time on a phone, moves a term with its card’s status control and cuts a long title', { timeout: 60_000 }, async () => {
    const { people: cast, ids: records } = await world();
    const page = await suite.page(cast.party, { viewport: PHONE });
    await page.goto(`${suite.server.url}/#/deals/${records.dealId}/board`);
    const card = page.locator('.column[data-status="open"] .term-card').first();
    await card.waitFor();
    const visibleColumns = () => page.locator('.column').evaluateAll((columns) => columns.filter((column) => getComputedStyle(column).display !== 'none').map((column) => column.getAttribute('data-status')));
    expect(await visibleColumns()).toEqual(['open']);

    const termId = await card.getAttribute('data-term-id');
    await card.locator('select[name="card-status"]').selectOption('proposed');
    await page.locator('.status-picker button[data-status="proposed"]').click();
    expect(await visibleColumns()).toEqual(['proposed']);
    await page.locator(`.column[data-status="proposed"] .term-card[data-term-id="${termId}"]`).waitFor();
    expect(await page.locator('.term-panel').count(), 'choosing a status does not open the term').toBe(0);

    const title = page.locator('.deal-header h1');
    expect(await title.getAttribute('title')).toBe(LONG_DEAL_TITLE);
    expect(await title.evaluate((heading) => heading.scrollHeight > heading.clientHeight), 'the long title is cut').toBe(true);
    await title.click();
    expect(await title.evaluate((heading) => heading.scrollHeight <= heading.clientHeight), 'a tap shows the whole title').toBe(true);
    await suite.shot(page, 'phone-en-board-moved');
  });

  it('shows the board and the header on a desktop in English and 简体', { timeout: 60_000 }, async () => {
    const { ids: records } = await world();
    for (const locale of ['en-US', 'zh-CN']) {
      const pages = await pagesFor(locale, DESKTOP);
      try {
        const board = APP_ROUTES.find((route) => route.name === 'deal-board');
        if (!board) throw new Error('no board route');
        expect(await visit(pages.party, `${suite.server.url}/${board.hash(records)}`, board.ready)).toBeNull();
        await suite.shot(pages.party, `desktop-${locale}-board`);
      } finally {
        await pages['signed-out'].context().close();
      }
    }
  });
});
