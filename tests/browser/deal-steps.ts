// Deal-room browser tests: people, organisations and a deal set up over REST (fast), pages signed
// in with each person's session cookie, and what people do in the room, as Playwright steps.
import type { Browser, Page } from 'playwright-core';
import { paragraph, sectionFragmentName } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { DealTab } from '../../client/src/lib/hash-route.svelte.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, addMember, call, createOrg } from '../listings/marketplace-helpers.ts';

export interface DealCast {
  deal: DealDetail;
  makerOrg: OrgView;
  certifierOrg: OrgView;
  /** Party for the drone maker, and the deal's owner. */
  alice: TestUser;
  /** Party for the certifier. */
  bob: TestUser;
  /** Adviser (a lawyer), comments only. */
  carol: TestUser;
}

/** Two organisations, a supply deal between them (working in `lang`), two parties and an adviser. */
export async function setUpDeal(server: TestServer, title = 'Inspection drones for EU distribution', lang: Lang = 'en'): Promise<DealCast> {
  const [alice, bob, carol] = await Promise.all([
    registerUser(server.url, 'Alice Wong'),
    registerUser(server.url, 'Bob Li'),
    registerUser(server.url, 'Carol Ng'),
  ]);
  const makerOrg = await createOrg(server.url, alice);
  const certifierOrg = await createOrg(server.url, bob, CERTIFIER);
  const opened = await call<DealDetail>(server.url, alice, 'POST', '/api/deals', {
    title,
    type: 'supply',
    orgIds: [makerOrg.id, certifierOrg.id],
    actingOrgId: makerOrg.id,
    lang,
  });
  if (opened.status !== 201) throw new Error(`open deal failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  // Bob accepting as the certifier's party is also the certifier's consent to the deal.
  await addDealMember(server, alice, opened.body.id, bob, 'party', certifierOrg.id);
  await addDealMember(server, alice, opened.body.id, carol, 'adviser');
  const deal = (await call<DealDetail>(server.url, alice, 'GET', `/api/deals/${opened.body.id}`)).body;
  return { deal, makerOrg, certifierOrg, alice, bob, carol };
}

export { addMember };

/** Invites the member and accepts as them. */
async function addDealMember(server: TestServer, owner: TestUser, dealId: string, member: TestUser, role: string, orgId?: string): Promise<void> {
  await inviteAndAccept(server.url, owner, `/api/deals/${dealId}/members`, member, { role, ...(orgId ? { orgId } : {}) });
}

export interface PageLook {
  /** The browser's language (zh-HK → 繁體, zh-CN → 简体). */
  locale?: string;
  viewport?: { width: number; height: number };
  /** The device's IANA zone (the app shows the profile's; this checks it does not use the device's). */
  timezoneId?: string;
}

/** A page in its own browser context, signed in as `user` through their session cookie. */
export async function openAs(browser: Browser, server: TestServer, user: TestUser, look: PageLook = {}): Promise<Page> {
  const context = await browser.newContext({ locale: look.locale ?? 'en-US', viewport: look.viewport ?? { width: 1360, height: 900 }, ...(look.timezoneId ? { timezoneId: look.timezoneId } : {}) });
  const [name, value] = user.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  return context.newPage();
}

export async function openDealRoom(page: Page, server: TestServer, dealId: string, tab: DealTab = 'dossier'): Promise<void> {
  await page.goto(`${server.url}/#/deals/${dealId}${tab === 'dossier' ? '' : `/${tab}`}`);
  if (tab === 'dossier') await page.locator('.dossier-text[data-section="overview"]').waitFor();
}

export function sectionEditor(page: Page, section: string) {
  return page.locator(`.dossier-text[data-section="${section}"]`);
}

/** Resolves once the section's text contains `text` (caret labels count as text too). */
export async function waitForSectionText(page: Page, section: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([key, wanted]) => document.querySelector(`.dossier-text[data-section="${key}"]`)?.textContent?.includes(wanted) ?? false,
    [section, text] as const,
  );
}

export async function typeAtSectionEnd(page: Page, section: string, text: string): Promise<void> {
  const editor = sectionEditor(page, section);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Selects the first occurrence of `text` in a section, as a person dragging over it would. */
export async function selectText(page: Page, section: string, text: string): Promise<void> {
  await page.evaluate(
    ([key, wanted]) => {
      const root = document.querySelector(`.dossier-text[data-section="${key}"]`);
      if (!root) throw new Error(`no section ${key}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found in section ${key}`);
    },
    [section, text] as const,
  );
}

/**
 * Writes `characters` of generated text (English and Chinese sentences) into the dossier's
 * sections on the server, in paragraphs of about 600 characters.
 */
export async function seedLargeDossier(server: TestServer, author: TestUser, deal: DealDetail, characters: number): Promise<number> {
  const sections = ['overview', 'market', 'specifications', 'logistics', 'financials', 'compliance-esg', 'risks', 'next-steps'];
  const sentence =
    'The Shenzhen maker ships inspection drones FOB Shenzhen with CE and FCC certification, tested by a HOKLAS-accredited laboratory in Hong Kong. ' +
    '深圳製造商以深圳船上交貨方式出口巡檢無人機，並由香港認可實驗室完成檢測認證。';
  const perSection = Math.ceil(characters / sections.length);
  let written = 0;
  await server.app.registry.edit(deal.docs.dossier, author.user, (shared) => {
    for (const key of sections) {
      const fragment = shared.doc.getXmlFragment(sectionFragmentName(key));
      const paragraphs: ReturnType<typeof paragraph>[] = [];
      for (let length = 0; length < perSection; length += 600) {
        const text = `§${paragraphs.length + 1}. ${sentence.repeat(Math.ceil(600 / sentence.length)).slice(0, 600)}`;
        paragraphs.push(paragraph(text));
        written += text.length;
      }
      fragment.push(paragraphs);
    }
  });
  return written;
}

interface MarkerWindow {
  reportDealMarker(marker: string, at: number): void;
}

/**
 * Watches one section's editor on `page` for `⟦n⟧` markers; `seen(marker)` resolves with the
 * time (this host's clock, shared by both pages) the marker appeared.
 */
export async function watchSectionForMarkers(page: Page, section: string): Promise<(marker: string) => Promise<number>> {
  const seenAt = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  await page.exposeFunction('reportDealMarker', (marker: string, at: number) => {
    seenAt.set(marker, at);
    waiters.get(marker)?.(at);
  });
  await page.evaluate((key) => {
    const editor = document.querySelector(`.dossier-text[data-section="${key}"]`);
    if (!editor) throw new Error(`no section ${key}`);
    const reported = new Set<string>();
    const report = (window as unknown as MarkerWindow).reportDealMarker;
    new MutationObserver(() => {
      const at = Date.now();
      for (const [marker] of (editor.textContent ?? '').matchAll(/⟦\d+⟧/g)) {
        if (reported.has(marker)) continue;
        reported.add(marker);
        report(marker, at);
      }
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  }, section);
  return (marker) => {
    const known = seenAt.get(marker);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => waiters.set(marker, resolve));
  };
}

/**
 * Drags a board card onto the top of a status column, as a person would with the mouse (near
 * the top, so that nothing scrolls between pressing the button and letting go).
 */
export async function dragTermTo(page: Page, termTitle: string, status: string): Promise<void> {
  const card = page.locator('.term-card', { hasText: termTitle });
  await card.dragTo(page.locator(`.column[data-status="${status}"]`), { targetPosition: { x: 60, y: 40 } });
}
