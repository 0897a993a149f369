// The mail feature against a real SMTP server in the test process: what arrives (headers, both
// parts, language, links), escaping and header injection, the idempotency key, the server going
// away and coming back, giving up as failing, one-click unsubscribe, and the .eml outbox.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { createMail, type MailOptions } from '../../server/wiring/mail.ts';
import { OUTBOX_INDEXES, OutboxRepository, type NewMail } from '../../server/mail/index.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { waitFor } from '../helpers/wait.ts';

const ADMIN = { id: 'admin-1', email: 'ops@superconnector.test', name: 'Ops' };
const PARTY = { id: 'party-1', email: 'li.wei@yunling-uav.example', name: 'Li Wei' };

/** A header's value as sent, unfolded. */
function headerLine(parsed: ParsedMail, key: string): string {
  const line = parsed.headerLines.find((header) => header.key === key)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function invitation(key: string, overrides: Partial<NewMail> = {}): NewMail {
  return {
    key,
    kind: 'invitation',
    to: 'Rachel.Tan@merlion-aerial.example',
    lang: 'en',
    data: { inviterName: 'Li Wei', targetKind: 'deal', targetTitle: 'Drone distribution, ASEAN', role: 'party', expiresAt: '2026-12-10T09:00:00.000Z' },
    secret: 'one-time-secret-abc',
    ...overrides,
  };
}

describe('mail delivery through a real SMTP server', () => {
  let store: EmbeddedStore;
  let dataDir: string;
  let inbox: SmtpInbox;
  let now: number;
  let mail: Awaited<ReturnType<typeof createMail>>;

  async function start(options: Partial<MailOptions> = {}) {
    mail = await createMail({
      store,
      options: { smtpUrl: inbox.url, outboxDir: path.join(dataDir, 'outbox'), from: 'Superconnector <no-reply@superconnector.test>', publicUrl: 'https://deals.example.hk/', sweepMs: 20, ...options },
      isAdmin: (user) => user.email === ADMIN.email,
      logger: createLogger('silent'),
      clock: () => new Date(now),
    });
  }

  beforeEach(async () => {
    dataDir = await makeTempDir();
    store = await EmbeddedStore.open(dataDir);
    await store.ensureIndexes(OUTBOX_INDEXES);
    inbox = await startSmtpInbox();
    now = Date.parse('2026-12-03T10:00:00Z');
  });

  afterEach(async () => {
    await mail.close();
    await inbox.stop();
    await store.close();
  });

  it('arrives with both parts in the recipient’s language, a link to the exact page and one-click unsubscribe', async () => {
    await start();
    await mail.service.send(invitation('k1', { lang: 'zh-Hant' }));
    const { parsed, to } = await inbox.next(() => true, 'the invitation');
    expect(to).toEqual(['rachel.tan@merlion-aerial.example']);
    expect(parsed.from?.value).toEqual([{ name: 'Superconnector', address: 'no-reply@superconnector.test' }]);
    expect(parsed.subject).toBe('Li Wei 邀請您加入交易「Drone distribution, ASEAN」');
    expect(parsed.text).toContain('以交易方身份加入 Superconnector 上的交易室');
    expect(parsed.text).toContain('https://deals.example.hk/#/invite/one-time-secret-abc');
    expect(parsed.html).toContain('href="https://deals.example.hk/#/invite/one-time-secret-abc"');
    expect(parsed.html).toContain('lang="zh-Hant"');
    const unsubscribe = headerLine(parsed, 'list-unsubscribe');
    expect(unsubscribe).toMatch(/^<https:\/\/deals\.example\.hk\/api\/mail\/unsubscribe\?token=[\w.-]+>$/);
    expect(headerLine(parsed, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(parsed.messageId).toMatch(/@superconnector\.test>$/);
    const stored = await new OutboxRepository(store).byKey('k1');
    expect(stored).toMatchObject({ state: 'sent', attempts: 0, secret: null });
  });

  it('escapes names in the HTML part and keeps a line break in a title from starting a header', async () => {
    await start();
    const data = { inviterName: '<script>alert(1)</script> Eve', targetKind: 'org', targetTitle: 'Acme\r\nBcc: victim@example.com', role: 'member', expiresAt: '2026-12-10T09:00:00.000Z' };
    await mail.service.send(invitation('k-evil', { data }));
    const { parsed, to } = await inbox.next(() => true, 'the invitation');
    expect(to).toEqual(['rachel.tan@merlion-aerial.example']);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.subject).toBe('<script>alert(1)</script> Eve invited you to join Acme Bcc: victim@example.com');
    expect(parsed.html).not.toContain('<script>');
    expect(parsed.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Eve');
  });

  it('sends a message asked for twice under one key once', async () => {
    await start();
    await mail.service.send(invitation('same'));
    await mail.service.send(invitation('same'));
    await inbox.next(() => true, 'the invitation');
    await mail.service.settle();
    await mail.close();
    expect(inbox.messages).toHaveLength(1);
  });

  it('retries with backoff while the SMTP server is away and delivers once when it is back', async () => {
    await start({ retry: { baseMs: 60_000, maxMs: 600_000, maxAttempts: 5 } });
    const outbox = new OutboxRepository(store);
    await inbox.stop();
    await mail.service.send(invitation('outage'));
    await waitFor(async () => (await outbox.byKey('outage'))?.attempts === 1, 'the first failed attempt');
    const failed = await outbox.byKey('outage');
    expect(failed).toMatchObject({ state: 'queued' });
    expect(failed?.lastError).toBeTruthy();
    expect(new Date(failed?.nextAttemptAt ?? 0).getTime()).toBe(now + 60_000);
    await inbox.start();
    // Not due yet: the sweeps leave it alone until the backoff has passed.
    await mail.service.send(invitation('wake-only', { to: 'someone@example.com' }));
    await inbox.next((m) => m.to.includes('someone@example.com'), 'the message sent while the first waits');
    expect(inbox.messages.some((m) => m.to.includes('rachel.tan@merlion-aerial.example'))).toBe(false);
    now += 60_000;
    await inbox.next((m) => m.to.includes('rachel.tan@merlion-aerial.example'), 'the retried invitation');
    await waitFor(async () => (await outbox.byKey('outage'))?.state === 'sent', 'the invitation marked sent');
    now += 3_600_000;
    await mail.close();
    expect(inbox.messages.filter((m) => m.to.includes('rachel.tan@merlion-aerial.example'))).toHaveLength(1);
  });

  it('gives a message up as failing after the last attempt and lists it for admins only', async () => {
    await start({ retry: { baseMs: 1_000, maxMs: 1_000, maxAttempts: 2 } });
    await inbox.stop();
    await mail.service.send(invitation('doomed'));
    const outbox = new OutboxRepository(store);
    await waitFor(async () => (await outbox.byKey('doomed'))?.attempts === 1, 'the first failure');
    now += 1_000;
    await waitFor(async () => (await outbox.byKey('doomed'))?.state === 'failing', 'the message given up');
    const failing = await mail.service.failing(ADMIN);
    expect(failing).toEqual([expect.objectContaining({ kind: 'invitation', to: 'rachel.tan@merlion-aerial.example', attempts: 2 })]);
    expect((await outbox.byKey('doomed'))?.secret).toBeNull();
    await expect(mail.service.failing(PARTY)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('switches that kind off for that address by the one-click token, and refuses a forged one', async () => {
    await start();
    await mail.service.send(invitation('first'));
    const first = await inbox.next(() => true, 'the first invitation');
    const token = /token=([\w.-]+)>/.exec(headerLine(first.parsed, 'list-unsubscribe'))?.[1] ?? '';
    expect(await mail.service.unsubscribe(token)).toEqual({ kind: 'invitation', email: 'rachel.tan@merlion-aerial.example' });
    await expect(mail.service.unsubscribe(`${token.slice(0, -2)}xx`)).rejects.toMatchObject({ code: 'link_invalid' });
    await mail.service.send(invitation('second'));
    await mail.service.send(invitation('to-another', { to: 'other@example.com' }));
    await inbox.next((m) => m.to.includes('other@example.com'), 'the invitation to another address');
    const outbox = new OutboxRepository(store);
    await waitFor(async () => (await outbox.byKey('second'))?.state === 'suppressed', 'the switched-off invitation suppressed');
    expect(inbox.messages.filter((m) => m.to.includes('rachel.tan@merlion-aerial.example'))).toHaveLength(1);
  });

  it('without SMTP writes every message as an .eml file in the outbox folder', async () => {
    await start({ smtpUrl: undefined });
    await mail.service.send(invitation('eml', { lang: 'zh-Hans' }));
    const dir = path.join(dataDir, 'outbox');
    await waitFor(async () => (await readdir(dir).catch(() => [])).some((name) => name.endsWith('.eml')), 'the .eml file');
    const [name] = (await readdir(dir)).filter((file) => file.endsWith('.eml'));
    const parsed = await simpleParser(await readFile(path.join(dir, name)));
    expect(parsed.subject).toBe('Li Wei 邀请您加入交易“Drone distribution, ASEAN”');
    expect(parsed.text).toContain('https://deals.example.hk/#/invite/one-time-secret-abc');
  });
});
