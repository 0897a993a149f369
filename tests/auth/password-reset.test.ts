// Password reset by e-mail against a real server and a real SMTP server in the test process: the
// link arrives (headers, both parts, language), setting the password ends every session (REST,
// Socket.IO, collaboration) and sends a notice; an unknown address gets the same answer and no
// mail; expired (on the app's clock), used, forged and superseded links change nothing.
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { createNote, postJson, registerUser, STRONG_PASSWORD, bearer, type TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { errorCode, login, me, uniqueEmail } from './auth-client.ts';
import { anotherSession, openSocket, type TrackedSocket } from './session-clients.ts';

const NEW_PASSWORD = 'Tsim-Sha-Tsui-ferry-1898';
const HOUR_MS = 60 * 60_000;

/** A header's value as sent, unfolded. */
function headerLine(parsed: ParsedMail, key: string): string {
  const line = parsed.headerLines.find((header) => header.key === key)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function resetToken(mail: ReceivedMail): string {
  const token = /\/#\/reset\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')?.[1];
  if (!token) throw new Error(`no reset link in: ${mail.parsed.text}`);
  return token;
}

describe('password reset by e-mail', () => {
  let server: TestServer;
  let inbox: SmtpInbox;
  let now = Date.now();
  const sockets: TrackedSocket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({
      mail: { smtpUrl: inbox.url },
      clock: () => new Date(now),
      limits: { resetsPerAddress: 200, resetsPerEmail: 3 },
    });
  });

  afterEach(() => {
    for (const { socket } of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await server.close();
    await inbox.stop();
  });

  const ask = (email: string, lang?: string) => postJson(`${server.url}/api/auth/password-reset`, lang ? { email, lang } : { email });
  const checkLink = (token: string) => fetch(`${server.url}/api/auth/password-reset/${encodeURIComponent(token)}`);
  const setPassword = (token: string, password = NEW_PASSWORD) => postJson(`${server.url}/api/auth/password-reset/${encodeURIComponent(token)}`, { password });
  const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.to.includes(email));

  /** Asks for a link and returns the token of the `nth` reset e-mail to that address (1-based). */
  async function linkFor(user: TestUser, nth = 1, lang?: string): Promise<string> {
    expect((await ask(user.user.email, lang)).status).toBe(202);
    const email = user.user.email;
    await waitFor(() => mailsTo(email).filter((mail) => mail.parsed.text?.includes('/#/reset/')).length >= nth, `reset e-mail ${nth} to ${email}`);
    return resetToken(mailsTo(email).filter((mail) => mail.parsed.text?.includes('/#/reset/'))[nth - 1] as ReceivedMail);
  }

  it('e-mails a one-time link in the asked language; using it sets the password, ends every session and sends a notice', async () => {
    const owner = await registerUser(server.url, 'Chan Tai Man');
    const phone = await anotherSession(server.url, owner);
    const note = await createNote(server.url, owner);
    const editor = connectClient(server.wsUrl, note.docName, { token: owner.token, noReconnect: true });
    clients.push(editor);
    const [socket, phoneSocket] = [await openSocket(server.url, owner.token), await openSocket(server.url, phone.token)];
    sockets.push(socket, phoneSocket);
    await editor.synced();

    const token = await linkFor(owner, 1, 'zh-Hant');
    const mail = mailsTo(owner.user.email)[0] as ReceivedMail;
    expect(mail.parsed.subject).toBe('重設您的 Superconnector 密碼');
    expect(headerLine(mail.parsed, 'from')).toContain('no-reply@superconnector.test');
    expect(mail.parsed.headers.has('list-unsubscribe')).toBe(false);
    expect(mail.parsed.text).toContain('Chan Tai Man，您好');
    expect(mail.parsed.text).toContain(`http://superconnector.test/#/reset/${token}`);
    expect(mail.parsed.html).toContain(`href="http://superconnector.test/#/reset/${token}"`);
    expect(mail.parsed.html).toContain('lang="zh-Hant"');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    // Only the token's hash is kept.
    expect(JSON.stringify(await server.store.collection('password_resets').find({}))).not.toContain(token);

    expect(await (await checkLink(token)).json()).toEqual({ valid: true });
    const done = await setPassword(token);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ email: owner.user.email });

    await waitFor(() => editor.closeEvents.includes(CollabCloseCode.SessionEnded), 'the collaboration socket to be cut');
    await waitFor(() => socket.disconnectedWith === 'io server disconnect' && phoneSocket.disconnectedWith === 'io server disconnect', 'both Socket.IO connections to be cut');
    expect((await me(server, bearer(owner))).status).toBe(401);
    expect((await me(server, bearer(phone))).status).toBe(401);
    expect((await login(server, owner.user.email, STRONG_PASSWORD)).status).toBe(401);
    expect((await login(server, owner.user.email, NEW_PASSWORD)).status).toBe(200);

    const notice = await inbox.next((received) => received.to.includes(owner.user.email) && received.parsed.subject === '您的 Superconnector 密碼已更改', 'the changed-password notice');
    expect(notice.parsed.text).toContain('http://superconnector.test/#/reset');
    expect(notice.parsed.headers.has('list-unsubscribe')).toBe(false);

    const again = await setPassword(token, 'Another-harbour-crossing-77');
    expect([again.status, await errorCode(again)]).toEqual([410, 'reset_link_used']);
    const reread = await checkLink(token);
    expect([reread.status, await errorCode(reread)]).toEqual([410, 'reset_link_used']);
    expect((await login(server, owner.user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('answers an address with no account exactly as one with, and e-mails nobody', async () => {
    const known = await registerUser(server.url, 'Rachel Tan');
    const stranger = uniqueEmail('nobody');
    const [forStranger, forKnown] = [await ask(stranger), await ask(known.user.email)];
    expect(forStranger.status).toBe(forKnown.status);
    expect(forStranger.headers.get('content-type')).toBe(forKnown.headers.get('content-type'));
    expect(await forStranger.text()).toBe(await forKnown.text());
    // Requests are handled in order: once the later one's mail is here, the earlier one is done.
    await inbox.next((mail) => mail.to.includes(known.user.email), 'the known address\'s reset e-mail');
    expect(mailsTo(stranger)).toEqual([]);
  });

  it('writes to an account in its own language, whatever the asking page\'s', async () => {
    const owner = await registerUser(server.url, 'Zhou Min');
    await server.store.collection('users').updateOne({ _id: owner.user.id }, { $set: { lang: 'zh-Hans' } });
    await linkFor(owner, 1, 'en');
    expect(mailsTo(owner.user.email)[0]?.parsed.subject).toBe('重置您的 Superconnector 密码');
  });

  it('an expired link (past the hour on the app\'s clock) changes nothing', async () => {
    const owner = await registerUser(server.url, 'Li Wei');
    const token = await linkFor(owner);
    now += HOUR_MS + 1_000;
    try {
      for (const response of [await checkLink(token), await setPassword(token)]) {
        expect([response.status, await errorCode(response)]).toEqual([410, 'reset_link_expired']);
      }
    } finally {
      now = Date.now();
    }
    expect((await me(server, bearer(owner))).status).toBe(200);
    expect((await login(server, owner.user.email, STRONG_PASSWORD)).status).toBe(200);
  });

  it('a forged or malformed link is invalid and changes nothing', async () => {
    const owner = await registerUser(server.url, 'Karen Kwok');
    await linkFor(owner);
    for (const forged of ['A'.repeat(43), 'not-a-token', '%00%0d%0a', 'x'.repeat(201)]) {
      const response = await setPassword(forged);
      expect([response.status, await errorCode(response)]).toEqual([400, forged.length > 200 ? 'bad_request' : 'reset_link_invalid']);
    }
    expect((await login(server, owner.user.email, STRONG_PASSWORD)).status).toBe(200);
  });

  it('a newer request supersedes the older link', async () => {
    const owner = await registerUser(server.url, 'Daniel Leung');
    const first = await linkFor(owner, 1);
    const second = await linkFor(owner, 2);
    const stale = await setPassword(first);
    expect([stale.status, await errorCode(stale)]).toEqual([410, 'reset_link_expired']);
    expect((await login(server, owner.user.email, STRONG_PASSWORD)).status).toBe(200);
    expect((await setPassword(second)).status).toBe(200);
  });

  it('a weak password is refused as at sign-up and leaves the link usable', async () => {
    const owner = await registerUser(server.url, 'Wong Ka Fai');
    const token = await linkFor(owner);
    const weak = await setPassword(token, 'short');
    expect([weak.status, await errorCode(weak)]).toEqual([400, 'weak_password']);
    expect((await me(server, bearer(owner))).status).toBe(200);
    expect((await checkLink(token)).status).toBe(200);
  });

  it('keeps a name with line breaks out of the headers and escapes it in the HTML part', async () => {
    const email = uniqueEmail('eve');
    const name = 'Eve\r\nBcc: thief@evil.example <script>alert(1)</script>';
    const registered = await postJson(`${server.url}/api/auth/register`, { name, email, password: STRONG_PASSWORD });
    expect(registered.status).toBe(201);
    expect((await ask(email)).status).toBe(202);
    const mail = await inbox.next((received) => received.to.includes(email), 'the reset e-mail');
    expect(mail.to).toEqual([email]);
    expect(mail.parsed.headers.has('bcc')).toBe(false);
    const headers = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/));
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(mail.raw).not.toMatch(/^Bcc:/im);
    expect(mail.parsed.text).toContain('Hello Eve Bcc: thief@evil.example <script>alert(1)</script>,');
    expect(mail.parsed.html).not.toContain('<script>');
    expect(mail.parsed.html).toContain('&#60;script&#62;');
  });

  it('limits requests per e-mail, with the same answer whether or not it has an account', async () => {
    const known = await registerUser(server.url, 'Mei Chen');
    const stranger = uniqueEmail('ghost');
    const statuses = async (email: string) => {
      const seen: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) seen.push((await ask(email)).status);
      return seen;
    };
    expect(await statuses(known.user.email)).toEqual([202, 202, 202, 429]);
    expect(await statuses(stranger)).toEqual([202, 202, 202, 429]);
  });
});
