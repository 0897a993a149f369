// A deal room in its readers' languages: a deal opened from a match in 繁體中文 shows no English
// template words to a 繁體 reader (dossier labels and coded key facts, board terms and columns,
// version names, activity lines), while an English reader of the same room sees the coded key
// facts and version names in English. Screenshots on a desktop and a 390 px phone in both.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DealDetail, VersionSummary } from '../../shared/schemas/deals.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { openDealRoom } from './deal-steps.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

/** English words of the templates a Chinese reader must not meet (listings' own text may stay as typed). */
const TEMPLATE_ENGLISH = /Sectors|Regions|Deal size|Project stage|Counterparties|needs:|offers:|Under US\$1m|Drones &|Payment terms|deposit|Governing law|Scope of services|Invoicing|Liability|Confidentiality|Automatic version|Before restoring|server shutdown|\bOpen\b|Proposed|Agreed/;

if (skipBrowserTests) console.warn(`[browser] deal-language suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`a deal room in every reader’s language${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('deal-language');

  /** A deal opened in 繁體中文 from a mutual match, with a named version restored (so it has a "before restoring" one). */
  async function zhHantDeal(): Promise<{ deal: DealDetail; maker: TestUser }> {
    const { server } = suite;
    const [maker, certifier] = await Promise.all([registerUser(server.url, '黃美玲'), registerUser(server.url, '陳大文')]);
    const makerOrg = await createOrg(server.url, maker);
    const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { certifications: ['CE'] }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id));
    const suggested = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = suggested.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    if (!matchId) throw new Error('the pair was not suggested');
    await call<MatchView>(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);
    await call<MatchView>(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`);
    const opened = await call<DealDetail>(server.url, maker, 'POST', '/api/deals', { matchId, lang: 'zh-Hant' });
    expect(opened.status).toBe(201);
    expect(opened.body.lang).toBe('zh-Hant');
    const versions = `/api/deals/${opened.body.id}/versions`;
    const saved = await call<VersionSummary>(server.url, maker, 'POST', versions, { doc: 'dossier', name: '首份草稿' });
    expect((await call(server.url, maker, 'POST', `${versions}/${saved.body.id}/restore`)).status).toBe(200);
    return { deal: opened.body, maker };
  }

  /** What the page shows in its main part, the values of its fields included. */
  async function mainText(page: Page): Promise<string> {
    const values = await page.locator('main').evaluate((main) => [...main.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value));
    return [await page.locator('main').innerText(), ...values].join('\n');
  }

  async function visit(page: Page, dealId: string, tab: 'dossier' | 'board' | 'history'): Promise<string> {
    await openDealRoom(page, suite.server, dealId, tab);
    if (tab === 'board') await page.locator('.term-card').first().waitFor();
    if (tab === 'history') {
      await page.locator('.versions li').nth(1).waitFor();
      await page.locator('ol.activity li').first().waitFor();
    }
    return mainText(page);
  }

  it('shows a 繁體 deal room with no English template words, and its coded facts and versions in English to an English reader', async () => {
    const { deal, maker } = await zhHantDeal();
    for (const [look, size] of [[{ locale: 'zh-HK', viewport: DESKTOP }, 'desktop'], [{ locale: 'zh-HK', viewport: PHONE }, 'phone']] as const) {
      const page = await suite.page(maker, look);
      for (const tab of ['dossier', 'board', 'history'] as const) {
        const text = await visit(page, deal.id, tab);
        expect(text, `${tab} in 繁體 (${size})`).not.toMatch(TEMPLATE_ENGLISH);
        await suite.shot(page, `zh-hant-${size}-${tab}`, { fullPage: true });
      }
    }
    const dossier = await visit(await suite.page(maker, { locale: 'zh-HK' }), deal.id, 'dossier');
    // The working language's words and the coded facts' labels.
    expect(dossier).toContain('行業：');
    expect(dossier).toContain('少於100萬美元');

    for (const [look, size] of [[{ locale: 'en-GB', viewport: DESKTOP }, 'desktop'], [{ locale: 'en-GB', viewport: PHONE }, 'phone']] as const) {
      const page = await suite.page(maker, look);
      const text = await visit(page, deal.id, 'dossier');
      // Coded key facts follow the reader; the typed template text stays in the working language.
      expect(text).toContain('Under US$1m');
      await suite.shot(page, `en-${size}-dossier`, { fullPage: true });
      const history = await visit(page, deal.id, 'history');
      expect(history).toContain('Before restoring “首份草稿”');
      await suite.shot(page, `en-${size}-history`, { fullPage: true });
    }
  });
});
