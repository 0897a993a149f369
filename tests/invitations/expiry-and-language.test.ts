// An invitation's explicit `expired` state and the language of its e-mail, through a real server (on
// a clock the test moves) and a real SMTP server: a link past its seven days reads `expired` to the
// inviting side and `link_invalid` to anyone holding it, is left out of the invitee's list and cannot
// be accepted, and a resend makes the same invitation pending with a fresh link. The e-mail is in the
// language the inviter chose (default: their own), unless an account uses the address: then in that
// account's, while the inviting side's view stays the same either way. An unsubscribe link can be
// read without switching anything off.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationView, SentInvitationView } from '../../shared/schemas/invitations.ts';
import { postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, openDeal } from '../deals/deal-helpers.ts';

const DAY = 24 * 60 * 60_000;

describe('invitation expiry and e-mail language', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let owner: TestUser;
  let now = Date.now();

  const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.to.includes(email));
  const mailTo = async (email: string, nth = 0) => {
    await inbox.next(() => mailsTo(email).length > nth, `message ${nth + 1} to ${email}`);
    return mailsTo(email)[nth];
  };
  const tokenOf = (text: unknown) => /#\/invite\/([\w-]+)/.exec(String(text))?.[1] ?? '';
  const sentFor = async (dealId: string) => (await call<{ invitations: SentInvitationView[] }>(server.url, owner, 'GET', `/api/deals/${dealId}/invitations`)).body.invitations;
  const signUp = async (email: string, lang?: string): Promise<TestUser> => {
    const response = await postJson(`${server.url}/api/auth/register`, { name: 'Karen Kwok', email, password: STRONG_PASSWORD, ...(lang ? { lang } : {}) });
    expect(response.status).toBe(201);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    return { ...((await response.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie };
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({ clock: () => new Date(now), mail: { smtpUrl: inbox.url } });
    owner = await registerUser(server.url, 'Grace Ho');
  });
  afterAll(async () => {
    await server.close();
    await inbox.stop();
  });

  it('shows a link past its seven days as expired, refuses it everywhere, and a resend revives the same invitation', async () => {
    const deal = await openDeal(server, owner, { title: 'Blended finance for a Zhuhai chip packager' });
    const email = `karen-${randomUUID().slice(0, 6)}@kwokleung-law.example`;
    const sent = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    expect(sent.status).toBe(202);
    expect(sent.body.invitation).toMatchObject({ state: 'pending', expiresAt: new Date(now + 7 * DAY).toISOString() });
    const firstToken = tokenOf((await mailTo(email)).parsed.text);

    now += 7 * DAY + 60_000;
    expect((await sentFor(deal.id)).find((item) => item.email === email)?.state).toBe('expired');
    expect((await call(server.url, null, 'GET', `/api/invitations/link/${firstToken}`)).body).toMatchObject({ error: 'link_invalid' });
    const invitee = await signUp(email);
    expect((await call(server.url, invitee, 'POST', `/api/invitations/link/${firstToken}/accept`, {})).body).toMatchObject({ error: 'link_invalid' });
    expect((await call<{ invitations: InvitationView[] }>(server.url, invitee, 'GET', '/api/invitations')).body.invitations).toEqual([]);
    const byId = await call(server.url, invitee, 'POST', `/api/invitations/${sent.body.invitation.id}/accept`, {});
    expect(byId.status).toBe(409);
    expect((await call(server.url, invitee, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);

    const again = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    expect(again.body.invitation).toMatchObject({ id: sent.body.invitation.id, state: 'pending', expiresAt: new Date(now + 7 * DAY).toISOString() });
    const freshToken = tokenOf((await mailTo(email, 1)).parsed.text);
    expect(freshToken).not.toBe(firstToken);
    expect((await call(server.url, invitee, 'POST', `/api/invitations/link/${freshToken}/accept`, {})).status).toBe(200);
    expect((await sentFor(deal.id)).find((item) => item.email === email)?.state).toBe('accepted');
  });

  it('lets the inviting side take an expired invitation back', async () => {
    const deal = await openDeal(server, owner);
    const email = `late-${randomUUID().slice(0, 6)}@example.com`;
    const sent = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'manager' });
    await mailTo(email);
    now += 8 * DAY;
    const revoked = await call<{ invitation: SentInvitationView }>(server.url, owner, 'DELETE', `/api/deals/${deal.id}/invitations/${sent.body.invitation.id}`);
    expect(revoked.body.invitation.state).toBe('revoked');
  });

  it('writes the e-mail in the chosen language, or in the account’s own, and answers the inviter alike', async () => {
    const deal = await openDeal(server, owner, { title: 'Drone airspace services' });
    const newcomer = `new-${randomUUID().slice(0, 6)}@example.com`;
    const known = `known-${randomUUID().slice(0, 6)}@example.com`;
    await signUp(known, 'zh-Hant');

    const toNewcomer = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: newcomer, role: 'adviser', lang: 'zh-Hans' });
    const toKnown = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: known, role: 'adviser', lang: 'zh-Hans' });
    expect((await mailTo(newcomer)).parsed.subject).toBe('Grace Ho 邀请您加入交易“Drone airspace services”');
    expect((await mailTo(known)).parsed.subject, 'the account’s language wins').toBe('Grace Ho 邀請您加入交易「Drone airspace services」');
    // Nothing in the answers tells which address has an account.
    const shape = (view: SentInvitationView) => ({ ...view, id: '', email: '', invitedAt: '', expiresAt: '' });
    expect(toKnown.status).toBe(toNewcomer.status);
    expect(shape(toKnown.body.invitation)).toEqual(shape(toNewcomer.body.invitation));
    expect(toKnown.body.invitation.lang).toBe('zh-Hans');
  });

  it('defaults to the inviter’s own language, kept on the profile', async () => {
    const deal = await openDeal(server, owner, { title: 'Testing and certification for e-bikes' });
    expect((await call(server.url, owner, 'PUT', '/api/auth/language', { lang: 'klingon' })).status).toBe(400);
    expect((await call(server.url, owner, 'PUT', '/api/auth/language', { lang: 'zh-Hant' })).status).toBe(204);
    const email = `plain-${randomUUID().slice(0, 6)}@example.com`;
    const sent = await call<{ invitation: SentInvitationView }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'manager' });
    expect(sent.body.invitation.lang).toBe('zh-Hant');
    expect((await mailTo(email)).parsed.subject).toBe('Grace Ho 邀請您加入交易「Testing and certification for e-bikes」');
    await call(server.url, owner, 'PUT', '/api/auth/language', { lang: 'en' });
  });

  it('reads an unsubscribe link without switching anything off; only the POST does', async () => {
    const deal = await openDeal(server, owner);
    const email = `optout-${randomUUID().slice(0, 6)}@example.com`;
    await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'manager' });
    const token = /#\/unsubscribe\/([\w.-]+)/.exec(String((await mailTo(email)).parsed.text))?.[1] ?? '';
    const path = `/api/mail/unsubscribe?token=${token}`;
    expect((await call(server.url, null, 'GET', path)).body).toEqual({ kind: 'invitation', email });
    expect(await server.store.collection('mail_opt_outs').count({})).toBe(0);
    expect((await call(server.url, null, 'GET', `${path.slice(0, -3)}abc`)).body).toMatchObject({ error: 'link_invalid' });
    expect((await call(server.url, null, 'POST', path, {})).body).toEqual({ kind: 'invitation', email });
    expect(await server.store.collection('mail_opt_outs').count({})).toBe(1);
  });
});
