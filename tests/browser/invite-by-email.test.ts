// Inviting someone with no account, in real Chromium, with the e-mail read from a real SMTP server
// in this process: the deal's owner invites an address from the Members tab; the test follows the
// e-mailed link signed out, the landing page names who invites to what (and fills in the address),
// someone signed in with another address is told it is not theirs; the invitee creates an account
// there, passes the deal's NDA and lands in the room with the dossier.
// The owner's list shows the states (pending, accepted, expired) and sends an expired one again; a
// forged link and the unsubscribe page (ask, confirm, done; a forged token) behave in every language.
// Screenshots (desktop and 390 px, English and 繁體) in /tmp/shots-invite.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD } from '../helpers/api.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { call } from '../deals/deal-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openDealRoom, setUpDeal } from './deal-steps.ts';
import { horizontalOverflow } from './page-fit.ts';

if (skipBrowserTests) console.warn(`[browser] invite-by-email suite ${SKIP_REASON}`);

const PUBLIC_URL = 'http://superconnector.test';
const LOOKS = [
  { locale: 'en-US', viewport: DESKTOP, tag: 'en-desktop' },
  { locale: 'en-US', viewport: PHONE, tag: 'en-phone' },
  { locale: 'zh-HK', viewport: DESKTOP, tag: 'zh-Hant-desktop' },
  { locale: 'zh-HK', viewport: PHONE, tag: 'zh-Hant-phone' },
] as const;

/** The link of `kind` in the message's text part, pointed at the test server. */
function linkIn(mail: ReceivedMail, kind: 'invite' | 'unsubscribe', serverUrl: string): string {
  const found = new RegExp(`${PUBLIC_URL}/(#/${kind}/[\\w.-]+)`).exec(String(mail.parsed.text));
  if (!found) throw new Error(`no ${kind} link in: ${String(mail.parsed.text)}`);
  return `${serverUrl}/${found[1]}`;
}

/** A signed-out page in its own context; closed by the caller's `closeAll`. */
async function signedOutPage(browser: Browser, look: { locale: string; viewport: { width: number; height: number } }, opened: Page[]): Promise<Page> {
  const page = await (await browser.newContext({ locale: look.locale, viewport: look.viewport })).newPage();
  opened.push(page);
  return page;
}

describe.skipIf(skipBrowserTests)(`invitations by e-mail in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let inbox: SmtpInbox | undefined;
  const suite = browserSuite('shots-invite', {
    server: async () => {
      inbox = await startSmtpInbox();
      return { mail: { smtpUrl: inbox.url } };
    },
  });
  const opened: Page[] = [];
  afterAll(async () => {
    for (const page of opened) await page.context().close();
    await inbox?.stop();
  });
  const mailTo = (email: string, nth = 0) =>
    (inbox as SmtpInbox).next(() => (inbox as SmtpInbox).messages.filter((mail) => mail.to.includes(email)).length > nth, `message ${nth + 1} to ${email}`).then(
      () => (inbox as SmtpInbox).messages.filter((mail) => mail.to.includes(email))[nth],
    );

  it('brings an e-mail with no account through the link, sign-up and the NDA into the deal room', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const { deal, alice } = await setUpDeal(server, 'Drone inspection, Rotterdam');
    const nda = await call(server.url, alice, 'POST', `/api/deals/${deal.id}/nda`, { required: true, text: 'Keep the inspection data of the Rotterdam pilot confidential.', lang: 'en' });
    expect(nda.status).toBe(201);

    const owner = await suite.page(alice, { viewport: DESKTOP });
    await openDealRoom(owner, server, deal.id, 'members');
    const email = `karen-${randomUUID().slice(0, 8)}@kwokleung-law.example`;
    const form = owner.locator('form.invite');
    await form.locator('input[name="member-email"]').fill(email);
    await form.locator('select[name="member-role"]').selectOption('adviser');
    expect(await form.locator('select[name="invite-lang"]').inputValue(), 'the e-mail language defaults to the inviter’s').toBe('en');
    await form.locator('button[type="submit"]').click();
    const sentRow = owner.locator('.sent li', { hasText: email });
    await sentRow.locator('.state', { hasText: 'Waiting for an answer' }).waitFor();

    const mail = await mailTo(email);
    expect(mail.parsed.subject).toBe('Alice Wong invited you to the deal “Drone inspection, Rotterdam”');
    const link = linkIn(mail, 'invite', server.url);

    // What the landing page shows before anyone signs in, in each look (nothing is used up by looking).
    for (const look of LOOKS) {
      const page = await signedOutPage(suite.browser, look, opened);
      await page.goto(link);
      await page.locator('.invite-landing .invite-text').waitFor();
      expect(await horizontalOverflow(page), `landing fits at ${look.tag}`).toBeNull();
      await suite.shot(page, `landing-${look.tag}`);
    }

    // Someone signed in with another address is told the link is not theirs, and cannot take it.
    const colleague = await suite.page(alice, { viewport: PHONE });
    await colleague.goto(link);
    await colleague.locator('.invite-landing .other-account', { hasText: email }).waitFor();
    expect(await colleague.locator('.invite-landing button.accept').count()).toBe(0);
    await suite.shot(colleague, 'landing-other-account-en-phone');

    const invitee = await signedOutPage(suite.browser, LOOKS[0], opened);
    await invitee.goto(link);
    const landing = invitee.locator('.invite-landing');
    expect(await landing.locator('.invite-text').textContent()).toBe('Alice Wong invites you to the deal “Drone inspection, Rotterdam” as Adviser');
    expect(await landing.locator('input[name="email"]').inputValue(), 'the address is filled in from the invitation').toBe(email);
    await landing.locator('input[name="name"]').fill('Karen Kwok');
    await landing.locator('input[name="password"]').fill(STRONG_PASSWORD);
    await landing.locator('button[type="submit"]').click();

    // Accepted on the way in: the room asks for the NDA first, then opens on the dossier.
    const ndaScreen = invitee.locator('.nda-screen');
    await ndaScreen.locator('.text', { hasText: 'Rotterdam pilot confidential' }).waitFor();
    expect(invitee.url()).toBe(`${server.url}/#/deals/${deal.id}`);
    await ndaScreen.locator('input[name="nda-read"]').check();
    await ndaScreen.locator('button[type="submit"]', { hasText: 'I accept' }).click();
    await invitee.locator('.dossier-text[data-section="overview"]').waitFor();
    await invitee.locator('.deal-tabs').waitFor();

    await owner.reload();
    await sentRow.locator('.state', { hasText: 'Accepted' }).waitFor();
    expect(await sentRow.locator('button').count(), 'an accepted invitation is neither sent again nor taken back').toBe(0);

    // The used link now reads as no longer working, and shows nothing of the deal.
    await invitee.goto(link);
    await invitee.locator('.invite-landing .link-invalid').waitFor();
    expect(await invitee.locator('.invite-landing').textContent()).not.toContain('Rotterdam');
  });

  it('shows an expired invitation to its sender, who sends it again with a fresh link', { timeout: 90_000 }, async () => {
    const { server } = suite;
    const { deal, alice } = await setUpDeal(server, 'Transition bond for a Foshan battery plant');
    const email = `cfo-${randomUUID().slice(0, 8)}@merlion-aerial.example`;
    expect((await call(server.url, alice, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser', lang: 'zh-Hant' })).status).toBe(202);
    const first = await mailTo(email);
    expect(first.parsed.subject, 'written in the language the inviter chose').toContain('邀請');
    // Seven days later, as far as the link is concerned.
    await server.store.collection('invitations').updateOne({ email }, { $set: { linkExpiresAt: new Date(Date.now() - 60_000) } });

    for (const look of [LOOKS[3], LOOKS[0]]) {
      const owner = await suite.page(alice, { viewport: look.viewport, locale: look.locale });
      await openDealRoom(owner, server, deal.id, 'members');
      const row = owner.locator('.sent li', { hasText: email });
      await row.and(owner.locator('[data-state="expired"]')).waitFor();
      await row.scrollIntoViewIfNeeded();
      expect(await horizontalOverflow(owner), `the sent list fits at ${look.tag}`).toBeNull();
      await suite.shot(owner, `sent-expired-${look.tag}`);
      if (look !== LOOKS[0]) continue;
      await row.locator('button.resend').click();
      await row.and(owner.locator('[data-state="pending"]')).waitFor();
      await owner.locator('.sent .resent', { hasText: email }).waitFor();
      await suite.shot(owner, `sent-resent-${look.tag}`);
    }
    const second = await mailTo(email, 1);
    expect(linkIn(second, 'invite', server.url)).not.toBe(linkIn(first, 'invite', server.url));
    const stale = await signedOutPage(suite.browser, LOOKS[0], opened);
    await stale.goto(linkIn(first, 'invite', server.url));
    await stale.locator('.invite-landing .link-invalid').waitFor();
  });

  it('says plainly when a link is forged, and unsubscribes only after asking', { timeout: 90_000 }, async () => {
    const { server } = suite;
    const { deal, alice } = await setUpDeal(server);
    const email = `buyer-${randomUUID().slice(0, 8)}@baytrade.example`;
    await call(server.url, alice, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'manager', lang: 'en' });
    const unsubscribe = linkIn(await mailTo(email), 'unsubscribe', server.url);

    for (const look of LOOKS) {
      const page = await signedOutPage(suite.browser, look, opened);
      await page.goto(`${server.url}/#/invite/forged-${randomUUID()}`);
      await page.locator('.invite-landing .link-invalid').waitFor();
      await suite.shot(page, `invite-invalid-${look.tag}`);
      await page.goto(unsubscribe);
      await page.locator('.unsubscribe-page[data-state="asking"]').waitFor();
      expect(await horizontalOverflow(page), `the unsubscribe page fits at ${look.tag}`).toBeNull();
      await suite.shot(page, `unsubscribe-ask-${look.tag}`);
      await page.goto(`${unsubscribe.slice(0, -4)}AAAA`);
      await page.locator('.unsubscribe-page[data-state="invalid"]').waitFor();
      await suite.shot(page, `unsubscribe-invalid-${look.tag}`);
    }
    expect(await server.store.collection('mail_opt_outs').count({}), 'opening the page changes nothing').toBe(0);

    const page = await signedOutPage(suite.browser, LOOKS[0], opened);
    await page.goto(unsubscribe);
    const ask = page.locator('.unsubscribe-page[data-state="asking"]');
    expect(await ask.locator('p').first().textContent()).toBe(`Stop sending invitations by e-mail to ${email}?`);
    await ask.locator('button[type="submit"]').click();
    await page.locator('.unsubscribe-page[data-state="done"]').waitFor();
    await suite.shot(page, 'unsubscribe-done-en-desktop');
    expect(await server.store.collection('mail_opt_outs').count({}), 'confirming switches it off').toBe(1);
  });
});
