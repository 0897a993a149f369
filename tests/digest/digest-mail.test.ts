// E-mail delivery of notifications through a real server, a real SMTP inbox and a fake clock:
// an immediate e-mail per notification and its one-click unsubscribe; a digest in the reader's
// zone and language that groups unread news per deal, skips what was read, sends nothing when
// nothing is left, and is never sent twice — not after a restart between queueing and advancing,
// not by two instances over one store.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestStateRepository } from '../../server/digest/index.ts';
import { OutboxRepository } from '../../server/mail/index.ts';
import type { EmailPreferences } from '../../shared/schemas/email-delivery.ts';
import type { TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { ofType } from '../notifications/notification-helpers.ts';
import { askB, buildQaWorld, type QaWorld } from '../qa/qa-world.ts';

let now = Date.parse('2026-12-03T09:30:00Z');
const clock = () => new Date(now);

function headerLine(mail: ReceivedMail, key: string): string {
  const line = mail.parsed.headerLines.find((header) => header.key === key)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

const digestsTo = (inbox: SmtpInbox, user: TestUser) => inbox.messages.filter((mail) => mail.to.includes(user.user.email.toLowerCase()) && /digest|摘要/.test(mail.parsed.subject ?? ''));

/** What the lead shows in the closing note: the headers and the text part as received. */
async function writeSample(mail: ReceivedMail, name: string): Promise<void> {
  const dir = process.env.DIGEST_SAMPLE_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const headers = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/));
  // The subject travels encoded (RFC 2047); the decoded line above the headers is for reading.
  await writeFile(path.join(dir, name), `# Subject, decoded: ${mail.parsed.subject ?? ''}\n${headers}\n\n${mail.parsed.text ?? ''}\n`);
}

describe('notifications by e-mail', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let world: QaWorld;

  const start = (options: Parameters<typeof startTestServer>[0] = {}) => startTestServer({ clock, mail: { smtpUrl: inbox.url, sweepMs: 20 }, digestSweepMs: 20, ...options });
  const prefs = (user: TestUser, body?: unknown) => call<EmailPreferences>(server.url, user, body === undefined ? 'GET' : 'PUT', '/api/notifications/email', body);

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await start();
    world = await buildQaWorld(server);
  });

  afterAll(async () => {
    await server.close();
    await inbox.stop();
  });

  it('e-mails a question to its assignee at once, once, and the one-click link turns the type to in-app only', async () => {
    const { colleagueB } = world;
    const question = await askB(server, world, { title: 'Warranty terms for the gimbals?' });
    const mail = await inbox.next((received) => received.to.includes(colleagueB.user.email.toLowerCase()) && (received.parsed.subject ?? '').includes('Warranty terms'), 'the immediate e-mail');
    expect(mail.parsed.subject).toBe('A question awaits your answer: “Warranty terms for the gimbals?”');
    expect(mail.parsed.text).toContain(`Deal “${world.deal.title}”`);
    expect(mail.parsed.text).toContain(`http://superconnector.test/#/deals/${world.deal.id}/qa`);
    const [notification] = await ofType(server, colleagueB, 'qa.assigned');
    expect(notification?.data.questionId).toBe(question.id);
    expect(await new OutboxRepository(server.store).byKey(`notification:${notification?.id}`)).toMatchObject({ state: 'sent', kind: 'notification', topic: 'qa.assigned' });

    const unsubscribe = /^<(.+)>$/.exec(headerLine(mail, 'list-unsubscribe'))?.[1] ?? '';
    const answer = await fetch(unsubscribe.replace('http://superconnector.test', server.url), { method: 'POST' });
    expect(await answer.json()).toEqual({ kind: 'notification', topic: 'qa.assigned', email: colleagueB.user.email.toLowerCase() });
    expect((await prefs(colleagueB)).body.delivery['qa.assigned']).toBe('in-app');

    await askB(server, world, { title: 'Spare parts lead time?' });
    // The fake clock stands still, so both notifications share a time: pick the new one by its question.
    const second = (await ofType(server, colleagueB, 'qa.assigned')).find((item) => item.data.questionTitle === 'Spare parts lead time?');
    expect(second).toBeDefined();
    expect(await new OutboxRepository(server.store).byKey(`notification:${second?.id}`)).toBeNull();
  });

  it('refuses an unknown delivery, type or hour, and a language (the account has one), with 400 and changes nothing', async () => {
    const before = (await prefs(world.colleagueB)).body;
    for (const body of [{ delivery: { 'qa.assigned': 'sometimes' } }, { delivery: { 'qa.unknown': 'digest' } }, { digest: { type: 'daily', hour: 24 } }, { digest: { type: 'weekly', weekday: 0, hour: 9 } }, { lang: 'zh-Hant' }, { timeZone: 'Mars/Olympus' }]) {
      const response = await prefs(world.colleagueB, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await call(server.url, world.colleagueB, 'PUT', '/api/auth/time-zone', { timeZone: 'Mars/Olympus' })).status).toBe(400);
    expect((await prefs(world.colleagueB)).body).toEqual(before);
  });

  it('sends a digest at the local hour, grouped per deal, in the reader’s language, without what they read', async () => {
    const { colleagueB, partyB, owner } = world;
    // What the first test left unread is older news: this digest starts with the questions below.
    await call(server.url, colleagueB, 'POST', '/api/notifications/read-all');
    await call(server.url, colleagueB, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    // The account's one language (the app sends it as it is read): e-mail has no second setting.
    expect((await call(server.url, colleagueB, 'PUT', '/api/auth/language', { lang: 'zh-Hant' })).status).toBe(204);
    const chosen = await prefs(colleagueB, { delivery: { 'qa.assigned': 'digest' }, digest: { type: 'daily', hour: 9 } });
    // 17:30 in Hong Kong: the next 09:00 there is 01:00 UTC tomorrow.
    expect(chosen.body).toMatchObject({ timeZone: 'Asia/Hong_Kong', lang: 'zh-Hant', digest: { type: 'daily', hour: 9 }, nextDigestAt: '2026-12-04T01:00:00.000Z' });
    await call(server.url, partyB, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    await prefs(partyB, { delivery: { 'qa.assigned': 'digest' }, digest: { type: 'daily', hour: 8 } });

    for (const title of ['Audited accounts for 2023?', 'Export licences for the flight controllers?', 'Insurance of the test fleet?']) await askB(server, world, { title });
    await askB(server, world, { title: 'Who signs for the certifier?', assigneeId: partyB.user.id });
    expect((await call(server.url, owner, 'POST', `/api/deals/${world.deal.id}/stage`, { to: 'nda' })).status).toBe(200);
    const unread = await ofType(server, colleagueB, 'qa.assigned');
    const insurance = unread.find((item) => item.data.questionTitle === 'Insurance of the test fleet?');
    expect((await call(server.url, colleagueB, 'POST', '/api/notifications/read', { ids: [insurance?.id] })).status).toBe(200);

    now = Date.parse('2026-12-04T01:00:30Z');
    const digest = await inbox.next((mail) => digestsTo(inbox, colleagueB).includes(mail), 'the Hong Kong digest');
    expect(digest.parsed.subject).toBe('您的 Superconnector 摘要：3 項更新');
    const text = digest.parsed.text ?? '';
    expect(text).toContain(`交易「${world.deal.title}」`);
    expect(text).toContain('2 個問題等候您回答');
    expect(text).toContain('階段由已引薦改為保密協議');
    expect(text).toContain(`http://superconnector.test/#/deals/${world.deal.id}/qa`);
    expect(text).toContain('17:29 [GMT+8]');
    expect(digest.parsed.html).toContain('lang="zh-Hant"');
    expect(headerLine(digest, 'list-unsubscribe')).toMatch(/^<http:\/\/superconnector\.test\/api\/mail\/unsubscribe\?token=[\w.-]+>$/);
    expect(digestsTo(inbox, partyB)).toEqual([]);
    await writeSample(digest, 'digest-zh-Hant.txt');

    // 08:00 in London is 08:00 UTC in December.
    now = Date.parse('2026-12-04T08:00:10Z');
    const english = await inbox.next((mail) => digestsTo(inbox, partyB).includes(mail), 'the London digest');
    expect(english.parsed.subject).toBe('Your Superconnector digest: 2 updates');
    expect(english.parsed.text).toContain('A question awaits your answer: “Who signs for the certifier?”');
    expect(english.parsed.text).toContain('Stage moved from Introduced to NDA');
    expect(english.parsed.text).toContain('GMT');
    await writeSample(english, 'digest-en.txt');
  });

  it('sends nothing when nothing new is unread, and moves on to the next slot', async () => {
    const { colleagueB } = world;
    const states = new DigestStateRepository(server.store);
    now = Date.parse('2026-12-05T01:00:30Z');
    await waitFor(async () => (await states.find(colleagueB.user.id))?.nextAt.toISOString() === '2026-12-06T01:00:00.000Z', 'the empty slot to pass');
    expect(digestsTo(inbox, colleagueB)).toHaveLength(1);
    expect(await new OutboxRepository(server.store).byKey(`digest:${colleagueB.user.id}:2026-12-05T01:00:00.000Z`)).toBeNull();
  });

  it('never sends a slot twice: not after a restart between queueing and advancing, not from two instances', async () => {
    const { colleagueB } = world;
    const states = new DigestStateRepository(server.store);
    const before = await states.find(colleagueB.user.id);
    await askB(server, world, { title: 'Battery certification?' });
    now = Date.parse('2026-12-06T01:00:30Z');
    await inbox.next(() => digestsTo(inbox, colleagueB).length === 2, 'the next digest');
    // As if the process died after queueing the digest and before advancing the state.
    await server.store.collection('digest_state').updateOne({ _id: colleagueB.user.id }, { $set: { nextAt: before?.nextAt, since: before?.since } });
    await server.close({ keepData: true });
    server = await start({ dataDir: server.dataDir });
    const twin = await start({ store: server.store, dataDir: server.dataDir });
    try {
      await waitFor(async () => (await new DigestStateRepository(server.store).find(colleagueB.user.id))?.nextAt.toISOString() === '2026-12-07T01:00:00.000Z', 'both instances to pass the slot');
      expect(digestsTo(inbox, colleagueB)).toHaveLength(2);
    } finally {
      await twin.close({ keepStore: true });
    }
  });
});
