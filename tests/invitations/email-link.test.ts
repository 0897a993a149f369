// Invitations by e-mail through a real SMTP server in the test process: an e-mail with no account
// gets a one-time link; its landing page reads the invitation without a session; the invitee signs
// up with that address and accepts into the deal; a forged, reused or replaced link is refused
// alike, and only the token's hash is stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationAccepted, InvitationView } from '../../shared/schemas/invitations.ts';
import { postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, openDeal } from '../deals/deal-helpers.ts';

describe('invitations by e-mail link', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let owner: TestUser;

  const linkTo = async (email: string, nth = 0) => {
    await inbox.next((mail) => inbox.messages.filter((m) => m.to.includes(email)).length > nth && mail.to.includes(email), `invitation ${nth + 1} to ${email}`);
    const mail = inbox.messages.filter((m) => m.to.includes(email))[nth];
    return { mail, token: /#\/invite\/([\w-]+)/.exec(String(mail.parsed.text))?.[1] ?? '' };
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({ dealRooms: { autoVersionQuietMs: 60 * 60_000 }, mail: { smtpUrl: inbox.url } });
    owner = await registerUser(server.url, 'Grace Ho');
  });
  afterAll(async () => {
    await server.close();
    await inbox.stop();
  });

  it('brings someone with no account into the deal by the e-mailed link, once', async () => {
    const deal = await openDeal(server, owner, { title: 'Drone inspection, Rotterdam' });
    const email = `karen-${randomUUID().slice(0, 6)}@kwokleung-law.example`;
    const sent = await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    expect(sent.status).toBe(202);
    const { mail, token } = await linkTo(email);
    expect(mail.parsed.subject).toBe('Grace Ho invited you to the deal “Drone inspection, Rotterdam”');
    expect(String(mail.parsed.text)).toContain(`http://superconnector.test/#/invite/${token}`);

    const stored = await server.store.collection<{ _id: string; email: string; linkHash?: string }>('invitations').findOne({ email });
    expect(stored?.linkHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    const landing = await call<{ invitation: InvitationView; email: string }>(server.url, null, 'GET', `/api/invitations/link/${token}`);
    expect(landing.status).toBe(200);
    expect(landing.body).toMatchObject({ email, invitation: { target: { kind: 'deal', id: deal.id, title: 'Drone inspection, Rotterdam' }, role: 'adviser', invitedBy: { name: 'Grace Ho' } } });
    const forged = await call(server.url, null, 'GET', `/api/invitations/link/${token.slice(0, -3)}abc`);
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ error: 'link_invalid' });

    const stranger = await registerUser(server.url, 'Stranger Sam');
    expect((await call(server.url, stranger, 'POST', `/api/invitations/link/${token}/accept`, {})).status).toBe(403);

    const signup = await postJson(`${server.url}/api/auth/register`, { name: 'Karen Kwok', email, password: STRONG_PASSWORD });
    expect(signup.status).toBe(201);
    const invitee = { ...((await signup.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie: '' };
    const accepted = await call<InvitationAccepted>(server.url, invitee, 'POST', `/api/invitations/link/${token}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.joined).toEqual({ kind: 'deal', id: deal.id });
    expect((await call(server.url, invitee, 'GET', `/api/deals/${deal.id}`)).status).toBe(200);

    const replay = await call(server.url, invitee, 'POST', `/api/invitations/link/${token}/accept`, {});
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: 'link_invalid' });
  });

  it('a resend (inviting again) replaces the link: the old one stops working', async () => {
    const deal = await openDeal(server, owner);
    const email = `cfo-${randomUUID().slice(0, 6)}@merlion-aerial.example`;
    await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    const first = await linkTo(email, 0);
    await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    const second = await linkTo(email, 1);
    expect(second.token).not.toBe(first.token);
    expect((await call(server.url, null, 'GET', `/api/invitations/link/${first.token}`)).status).toBe(400);
    expect((await call(server.url, null, 'GET', `/api/invitations/link/${second.token}`)).status).toBe(200);
  });

  it('a revoked invitation’s link is refused like a forged one', async () => {
    const deal = await openDeal(server, owner);
    const email = `gone-${randomUUID().slice(0, 6)}@example.com`;
    const sent = await call<{ invitation: { id: string } }>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email, role: 'adviser' });
    const { token } = await linkTo(email);
    expect((await call(server.url, owner, 'DELETE', `/api/deals/${deal.id}/invitations/${sent.body.invitation.id}`)).status).toBe(200);
    expect((await call(server.url, null, 'GET', `/api/invitations/link/${token}`)).body).toMatchObject({ error: 'link_invalid' });
  });
});
